import { describe, expect, it } from "vitest";
import { APP_COMMANDS } from "../../src/app/intents";
import { COMMANDS } from "../../src/domain/commands";
import { SLACK_COMMANDS } from "../../src/platforms/slack/listeners/commands/mentoring";
import { TEAMS_COMMANDS } from "../../src/platforms/teams/commands";

/**
 * The command table drives both dispatchers: no command answers in one platform and not the other.
 * A command is either the application's (both platforms run it from APP_COMMANDS) or each platform's.
 */
describe("the command table", () => {
  const names = COMMANDS.map((c) => c.name).sort();
  const appNames = Object.keys(APP_COMMANDS);

  it("has a handler for every command in Slack, and no handler for a command it does not list", () => {
    expect([...Object.keys(SLACK_COMMANDS), ...appNames].sort()).toEqual(names);
  });

  it("has a handler for every command in Teams, and no handler for a command it does not list", () => {
    expect([...Object.keys(TEAMS_COMMANDS), ...appNames].sort()).toEqual(names);
  });

  it("runs an application command in neither platform's own table", () => {
    for (const name of appNames) {
      expect(Object.keys(SLACK_COMMANDS)).not.toContain(name);
      expect(Object.keys(TEAMS_COMMANDS)).not.toContain(name);
    }
  });
});
