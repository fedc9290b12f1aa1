import { describe, expect, it } from "vitest";
import { pauseEndOf } from "../../../src/domain/meetings/pause";

describe("a pause's end", () => {
  it("is the last instant of the chosen day in the reader's zone", () => {
    expect(pauseEndOf("2026-12-24", "America/Santiago")?.toISOString()).toBe("2026-12-25T02:59:59.999Z");
    expect(pauseEndOf("2026-12-24", "Europe/Madrid")?.toISOString()).toBe("2026-12-24T22:59:59.999Z");
  });

  it("is nothing for text that is not a calendar date", () => {
    expect(pauseEndOf("soon", "UTC")).toBeNull();
    expect(pauseEndOf("2026-02-30", "UTC")).toBeNull();
    expect(pauseEndOf("24/12/2026", "UTC")).toBeNull();
  });
});
