import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/(?:import|export)[^'"]*from\s*["']([^"']+)["']/g)].map((m) => m[1]!);
}

describe("the Teams adapter's shape", () => {
  it("keeps card builders pure: no botbuilder, no services, storage or scheduler", () => {
    const forbidden =
      /^(botbuilder|botframework)|services|\/storage\/|\/scheduler\/|\.\.\/(handlers|request|bot|commands)/;
    const offenders = sources("src/platforms/teams/cards").flatMap((file) =>
      imports(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("never reaches into the Slack adapter: both stand on the domain alone", () => {
    const offenders = sources("src/platforms/teams").flatMap((file) =>
      imports(file)
        .filter((spec) => /\/slack\//.test(spec) || spec.startsWith("@slack/"))
        .map((spec) => `${file}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it("answers every button a card can carry", async () => {
    const { TEAMS_ACTIONS } = await import("../../src/platforms/teams/cards/ids");
    const { SUBMIT_HANDLERS } = await import("../../src/platforms/teams/actions");
    expect(Object.values(TEAMS_ACTIONS).filter((action) => !SUBMIT_HANDLERS[action])).toEqual([]);
  });

  it("treats a forged action name as nothing it knows (help), not as an object's property", async () => {
    const { startTestApp } = await import("../support/app");
    const app = await startTestApp();
    try {
      const user = { id: "29:x", aadObjectId: "aad-x", name: "X" };
      const forged = app.activities.submit(user, { action: "constructor" });
      expect((await app.activities.post(forged)).status).toBe(200);
      const reply = await app.teams.waitFor((a) => a.replyToId === forged.id);
      expect(JSON.stringify(reply.activity.attachments?.[0]?.content)).toContain("Tandem · help");
    } finally {
      await app.stop();
    }
  });
});
