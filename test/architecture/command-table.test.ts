import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/domain/commands";
import { SLACK_COMMANDS } from "../../src/platforms/slack/listeners/commands/mentoring";
import { TEAMS_COMMANDS } from "../../src/platforms/teams/commands";

/** The command table drives both dispatchers: no command answers in one platform and not the other. */
describe("the command table", () => {
  const names = COMMANDS.map((c) => c.name).sort();

  it("has a handler for every command in Slack, and no handler for a command it does not list", () => {
    expect(Object.keys(SLACK_COMMANDS).sort()).toEqual(names);
  });

  it("has a handler for every command in Teams, and no handler for a command it does not list", () => {
    expect(Object.keys(TEAMS_COMMANDS).sort()).toEqual(names);
  });
});
