import { describe, expect, it } from "vitest";
import { canRun, COMMANDS, editDistance, helpView, nearestCommand, parseCommand } from "../../src/domain/commands";

describe("commands", () => {
  it("parses the sub-command, its words and the untouched rest", () => {
    const parsed = parseCommand("  timezone   America/Santiago ");
    expect(parsed).toMatchObject({ kind: "command", spec: { name: "timezone" }, args: ["America/Santiago"], rest: "America/Santiago" });
  });

  it("understands Spanish names and any case", () => {
    expect(parseCommand("AYUDA")).toMatchObject({ kind: "command", spec: { name: "help" } });
    expect(parseCommand("idioma es")).toMatchObject({ kind: "command", spec: { name: "language" }, args: ["es"] });
  });

  it("treats nothing typed as a request for help", () => {
    expect(parseCommand("   ")).toEqual({ kind: "empty" });
  });

  it("suggests the nearest command for a typo, and nothing for gibberish", () => {
    expect(parseCommand("hepl")).toMatchObject({ kind: "unknown", word: "hepl", suggestion: { name: "help" } });
    expect(nearestCommand("timezon")?.name).toBe("timezone");
    expect(nearestCommand("xyzzy")).toBeUndefined();
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("hepl", "help")).toBe(1);
    expect(editDistance("admin", "admin")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("lets only coordinators run coordinator commands", () => {
    const admin = COMMANDS.find((c) => c.name === "admin")!;
    expect(canRun(admin, false)).toBe(false);
    expect(canRun(admin, true)).toBe(true);
  });

  it("shows participants only their commands, and never suggests one they cannot run", () => {
    const participant = helpView(false, { word: "admn", suggestion: nearestCommand("admn") });
    expect(participant.sections.map((s) => s.audience)).toEqual(["everyone"]);
    expect(participant.suggestion).toBeUndefined();
    expect(helpView(true, { word: "admn", suggestion: nearestCommand("admn") }).suggestion).toBe("admin");
  });
});
