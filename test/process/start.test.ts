import { existsSync, readdirSync, mkdirSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_BOT_TOKEN } from "../support/app";
import { TEST_DATA_DIR } from "../support/database";
import { FakeSlack } from "../support/fake-slack";
import { FakeTeamsConnector, TeamsActivities } from "../support/fake-teams";
import { SlackRequests, TEST_SIGNING_SECRET } from "../support/slack-requests";
import { startBotProcess, type BotProcess } from "../support/processes";

function newDatabaseFile(): string {
  mkdirSync(TEST_DATA_DIR, { recursive: true });
  return join(TEST_DATA_DIR, `process-${randomUUID()}`, "tandem.db");
}

describe("npm start on a fresh machine, with no credentials", () => {
  let bot: BotProcess;
  let url: string;
  let teams: FakeTeamsConnector;
  const file = newDatabaseFile();

  beforeAll(async () => {
    teams = await new FakeTeamsConnector().start();
    // What `npm start` runs: the bundle scripts/build.mjs writes (here beside the database, so a
    // developer's own dist/ is left alone).
    const bundle = join(dirname(file), "main.js");
    execFileSync(process.execPath, ["scripts/build.mjs", bundle]);
    bot = startBotProcess({ DATABASE_URL: `file:${file}`, PORT: "0", HOST: "127.0.0.1" }, [], bundle);
    url = await bot.listening;
  }, 60_000);
  afterAll(async () => {
    bot.child.kill("SIGKILL");
    await teams.stop();
  });

  it("creates and migrates the embedded database", async () => {
    expect(existsSync(file)).toBe(true);
    const migrations = readdirSync("prisma/migrations", { withFileTypes: true }).filter((entry) =>
      entry.isDirectory(),
    ).length;
    expect(bot.output()).toContain(`applied ${migrations} database migration(s)`);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200);
  });

  it("says in one line per platform what is missing and how to add it", () => {
    const lines = bot.output().split("\n");
    expect(lines.filter((l) => l.includes("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET"))).toHaveLength(
      1,
    );
    expect(
      lines.filter((l) => l.includes("Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD")),
    ).toHaveLength(1);
    expect(bot.output()).toContain("Tandem is listening on http://127.0.0.1:");
  });

  it("has no Teams endpoint until Teams is configured: a forged activity finds nothing and nothing is answered", async () => {
    const activities = new TeamsActivities(url, teams);
    const activity = activities.message({ id: "29:someone", name: "Someone", aadObjectId: "UCOORD" }, "applicants");
    const response = await activities.post(activity);
    expect(response.status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(teams.sent).toHaveLength(0);
  });

  it("exits 0 on SIGTERM", async () => {
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain("stopped");
  });
});

describe("TEAMS_ALLOW_ANONYMOUS=true npm start, for Agents Playground", () => {
  let bot: BotProcess;
  let url: string;
  let teams: FakeTeamsConnector;

  beforeAll(async () => {
    teams = await new FakeTeamsConnector().start();
    bot = startBotProcess({
      DATABASE_URL: `file:${newDatabaseFile()}`,
      PORT: "0",
      HOST: "127.0.0.1",
      TEAMS_ALLOW_ANONYMOUS: "true",
    });
    url = await bot.listening;
  }, 60_000);
  afterAll(async () => {
    bot.child.kill("SIGKILL");
    await teams.stop();
  });

  it("warns in one line that anyone who reaches the port can act as any Teams user", () => {
    const warnings = bot
      .output()
      .split("\n")
      .filter((l) => l.includes("anyone who can reach this port can act as any Teams user"));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/WARN|"level":40/);
  });

  it("serves Teams without credentials, as Agents Playground needs", async () => {
    const activities = new TeamsActivities(url, teams);
    const activity = activities.message(
      { id: "29:playground-user", name: "Playground User", aadObjectId: "00000000-0000-0000-0000-0000000000020" },
      "help",
    );
    const response = await activities.post(activity);
    expect(response.status).toBe(200);
    const reply = await teams.waitFor((a) => a.replyToId === activity.id);
    expect(JSON.stringify(reply.activity)).toContain("Tandem · help");
  });
});

describe("a wrong configuration", () => {
  it("refuses the unauthenticated Teams mode in production", async () => {
    const bot = startBotProcess({
      NODE_ENV: "production",
      TEAMS_ALLOW_ANONYMOUS: "true",
      DATABASE_URL: `file:${newDatabaseFile()}`,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("TEAMS_ALLOW_ANONYMOUS cannot be true with NODE_ENV=production");
  }, 30_000);

  it("stops the process with every problem listed in plain words", async () => {
    const bot = startBotProcess({
      PORT: "eighty",
      SLACK_BOT_TOKEN: "xoxp-1",
      TANDEM_DEFAULT_LOCALE: "fr",
      DATABASE_URL: `file:${newDatabaseFile()}`,
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain("Tandem cannot start, the configuration has 3 problem(s):");
    expect(bot.output()).toContain("PORT must be a whole number");
    expect(bot.output()).toContain("SLACK_BOT_TOKEN must be a bot token starting with xoxb-");
    expect(bot.output()).toContain("TANDEM_DEFAULT_LOCALE must be es or en");
  }, 30_000);
});

describe("SIGTERM with a request in progress", () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await new FakeSlack().start();
    slack.addUser({ id: "USLOW", real_name: "Slow", locale: "en-US" });
  });
  afterAll(() => slack.stop());

  it("finishes the request, then closes the database and exits 0, never printing a secret", async () => {
    const bot = startBotProcess({
      DATABASE_URL: `file:${newDatabaseFile()}`,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "debug",
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
    });
    const url = await bot.listening;
    // Slack answers slowly, so the help is still being prepared when SIGTERM arrives.
    slack.latencyMs = 1_500;
    const requests = new SlackRequests(url, slack);
    const command = await requests.command({ id: "USLOW" }, "help");
    expect(command.response.status).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    bot.child.kill("SIGTERM");
    const reply = await requests.replyTo(command, 10_000);
    expect(JSON.stringify(reply.blocks)).toContain("/mentoring help");
    expect(await bot.exited).toBe(0);
    const output = bot.output();
    expect(output.indexOf("signal received")).toBeLessThan(output.indexOf("stopped"));
    expect(output).not.toContain(TEST_BOT_TOKEN);
    expect(output).not.toContain(TEST_SIGNING_SECRET);
    expect(output).not.toMatch(/xoxb-[A-Za-z0-9]/);
  }, 60_000);
});
