import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../src/domain/commands";
import { can, COORDINATOR_ACTIONS, mustBeAllowed, NotAllowedError } from "../../src/domain/policy";

const carmen = { person: { id: "carmen" }, isCoordinator: true };
const lucia = { person: { id: "lucia" }, isCoordinator: false };
const jorge = { person: { id: "jorge" }, isCoordinator: false };
const pair = { mentorPersonId: "lucia", menteePersonId: "jorge" };

describe("the policy", () => {
  it("gives every coordinator tool to coordinators and to nobody else", () => {
    for (const action of COORDINATOR_ACTIONS) {
      expect(can(carmen, action), action).toBe(true);
      expect(can(lucia, action), action).toBe(false);
    }
  });

  it("lets everyone run everyone's commands, and only coordinators theirs", () => {
    for (const command of COMMANDS) {
      expect(can(carmen, "command.run", command), command.name).toBe(true);
      expect(can(lucia, "command.run", command), command.name).toBe(command.audience === "everyone");
    }
  });

  it("lets the two partners act on their pair, and no one else, coordinators included", () => {
    expect(can(lucia, "pair.act", pair)).toBe(true);
    expect(can(jorge, "pair.act", pair)).toBe(true);
    expect(can(carmen, "pair.act", pair)).toBe(false);
  });

  it("lets only the named sponsor decide, and nobody decide an application without one", () => {
    expect(can(carmen, "sponsor.decide", { sponsorPersonId: "carmen" })).toBe(true);
    expect(can(lucia, "sponsor.decide", { sponsorPersonId: "carmen" })).toBe(false);
    expect(can(carmen, "sponsor.decide", { sponsorPersonId: null })).toBe(false);
  });

  it("lets only the applicant change their application", () => {
    expect(can(lucia, "application.edit", { personId: "lucia" })).toBe(true);
    expect(can(carmen, "application.edit", { personId: "lucia" })).toBe(false);
  });

  it("makes the domain's own guard throw for a caller that skipped the check", () => {
    expect(() => mustBeAllowed(lucia, "reports.export")).toThrow(NotAllowedError);
    expect(() => mustBeAllowed(carmen, "reports.export")).not.toThrow();
  });
});
