import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MEETING_ERRORS } from "../../../src/domain/meetings";

const folder = join("src", "domain", "meetings");

describe("the meetings catalogue keys", () => {
  it("are all listed, with a meaning, at the top of index.ts, and nothing else is", () => {
    const header = readFileSync(join(folder, "index.ts"), "utf8").split("*/")[0]!;
    const listed = [...header.matchAll(/^ \* (meetings\.errors\.\w+)\s+\S.*$/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.values(MEETING_ERRORS).sort());
  });

  it("are each used somewhere in the domain", () => {
    const sources = readdirSync(folder)
      .filter((name) => name.endsWith(".ts") && name !== "errors.ts")
      .map((name) => readFileSync(join(folder, name), "utf8"))
      .join("\n");
    const unused = Object.keys(MEETING_ERRORS).filter((name) => !sources.includes(`MEETING_ERRORS.${name}`));
    expect(unused).toEqual([]);
  });
});
