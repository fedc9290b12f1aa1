import { describe, expect, it } from "vitest";
import { canRun, COMMANDS, editDistance, helpView, nearestCommand, parseCommand } from "../../src/domain/commands";

/** Who asks, for the help views: a coordinator sees their own section, a participant does not. */
const COORDINATOR = { person: { id: "coordinator" }, isCoordinator: true };
const PARTICIPANT = { person: { id: "participant" }, isCoordinator: false };

describe("commands", () => {
  it("parses the sub-command, its words and the untouched rest", () => {
    const parsed = parseCommand("  timezone   America/Santiago ");
    expect(parsed).toMatchObject({
      kind: "command",
      spec: { name: "timezone" },
      args: ["America/Santiago"],
      rest: "America/Santiago",
    });
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

  it("answers a 20,000-letter word at once, as any unknown word (issue 15, item 8)", () => {
    const word = `${"a".repeat(19_990)}ayuda`;
    const started = performance.now();
    const parsed = parseCommand(word);
    expect(performance.now() - started).toBeLessThan(50);
    expect(parsed).toEqual({ kind: "unknown", word: `${"a".repeat(39)}…`, suggestion: undefined });
    expect(nearestCommand("x".repeat(20_000))).toBeUndefined();
  });

  it("still suggests every command and alias from a one-letter typo, the longest ones included", () => {
    for (const spec of COMMANDS) {
      for (const name of [spec.name, ...(spec.aliases ?? [])]) {
        if (name.length < 3) continue;
        const typo = `${name}${name.at(-1)}`;
        if (COMMANDS.some((c) => c.name === typo || c.aliases?.includes(typo))) continue;
        expect(nearestCommand(typo), typo).toBeDefined();
      }
    }
  });

  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("hepl", "help")).toBe(1);
    expect(editDistance("admin", "admin")).toBe(0);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("lets only coordinators run coordinator commands", () => {
    const admin = COMMANDS.find((c) => c.name === "admin")!;
    expect(canRun(admin, PARTICIPANT)).toBe(false);
    expect(canRun(admin, COORDINATOR)).toBe(true);
  });

  it("shows participants only their commands, and never suggests one they cannot run", () => {
    const participant = helpView(PARTICIPANT, { word: "admn", suggestion: nearestCommand("admn") });
    expect(participant.sections.map((s) => s.audience)).toEqual(["everyone"]);
    expect(participant.suggestion).toBeUndefined();
    expect(helpView(COORDINATOR, { word: "admn", suggestion: nearestCommand("admn") }).suggestion).toBe("admin");
  });
});
