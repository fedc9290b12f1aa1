import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ConfigError, envSchema, loadConfig, platformSummary } from "../../src/config/env";

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe("configuration", () => {
  it("starts with nothing set: embedded database, port 3978, Slack and Teams off, each saying what it needs", () => {
    const config = loadConfig({});
    expect(config.port).toBe(3978);
    expect(config.database).toEqual({ url: "file:./data/tandem.db", provider: "sqlite" });
    expect(config.slack.mode).toBe("off");
    expect(config.teams.mode).toBe("off");
    const [slackLine, teamsLine] = platformSummary(config);
    expect(slackLine?.line).toContain("Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
    expect(teamsLine?.line).toContain("TEAMS_ALLOW_ANONYMOUS=true");
  });

  it("serves Teams unauthenticated only when asked, with a warning, and never in production", () => {
    const local = loadConfig({ TEAMS_ALLOW_ANONYMOUS: "true" });
    expect(local.teams).toEqual({ mode: "anonymous", allowedTenants: [] });
    const warning = platformSummary(local).find((l) => l.level === "warn");
    expect(warning?.line).toContain("anyone who can reach this port can act as any Teams user");
    expect(problemsOf({ TEAMS_ALLOW_ANONYMOUS: "true", NODE_ENV: "production" })[0]).toContain(
      "cannot be true with NODE_ENV=production",
    );
    expect(
      problemsOf({
        TEAMS_ALLOW_ANONYMOUS: "true",
        MICROSOFT_APP_ID: "id",
        MICROSOFT_APP_PASSWORD: "p",
        MICROSOFT_APP_TENANT_ID: "t",
      })[0],
    ).toContain("TEAMS_ALLOW_ANONYMOUS is true while MICROSOFT_APP_ID is set");
  });

  it("makes a new bot single-tenant by default and serves only its tenant plus those allowed", () => {
    expect(problemsOf({ MICROSOFT_APP_ID: "id", MICROSOFT_APP_PASSWORD: "p" })[0]).toContain(
      "MICROSOFT_APP_TENANT_ID is missing",
    );
    const config = loadConfig({
      MICROSOFT_APP_ID: "id",
      MICROSOFT_APP_PASSWORD: "p",
      MICROSOFT_APP_TENANT_ID: "t1",
      TEAMS_ALLOWED_TENANTS: "t2, t1",
    });
    expect(config.teams).toMatchObject({
      mode: "authenticated",
      appType: "SingleTenant",
      allowedTenants: ["t1", "t2"],
    });
    const multi = loadConfig({
      MICROSOFT_APP_ID: "id",
      MICROSOFT_APP_PASSWORD: "p",
      MICROSOFT_APP_TYPE: "MultiTenant",
    });
    expect(multi.teams).toMatchObject({ mode: "authenticated", appType: "MultiTenant", allowedTenants: [] });
  });

  it("says at start that an unprefixed coordinator id is a Slack id", () => {
    const lines = platformSummary(loadConfig({ TANDEM_COORDINATORS: "U1 teams:abc" })).map((l) => l.line);
    expect(lines.find((l) => l.startsWith("TANDEM_COORDINATORS"))).toBe(
      "TANDEM_COORDINATORS: U1 without a prefix is a Slack member id (Slack only); Teams coordinators are written teams:<Entra object id>.",
    );
  });

  it("chooses HTTP mode with a bot token and signing secret, Socket Mode with an app token", () => {
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_SIGNING_SECRET: "s" }).slack.mode).toBe("http");
    expect(loadConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" }).slack.mode).toBe("socket");
  });

  it("lists every problem at once, in plain words", () => {
    const problems = problemsOf({
      PORT: "eighty",
      SLACK_BOT_TOKEN: "xoxp-user-token",
      SLACK_API_URL: "not a url",
      TANDEM_DEFAULT_LOCALE: "fr",
      TANDEM_DEFAULT_TIME_ZONE: "Mars/Olympus",
      DATABASE_URL: "mysql://db",
    });
    expect(problems.join("\n")).toMatchInlineSnapshot(`
      "PORT must be a whole number
      SLACK_BOT_TOKEN must be a bot token starting with xoxb- (Slack app → OAuth & Permissions)
      SLACK_API_URL must be an http(s) URL, like https://example.org/privacy
      TANDEM_DEFAULT_LOCALE must be es or en
      TANDEM_DEFAULT_TIME_ZONE must be an IANA time zone, like Europe/Madrid or America/Santiago"
    `);
  });

  it("refuses half a Slack or Teams configuration rather than guessing", () => {
    expect(problemsOf({ SLACK_SIGNING_SECRET: "s" })).toEqual([
      "SLACK_BOT_TOKEN is missing: the other Slack variables are set, and Slack needs the bot token (xoxb-…) too",
    ]);
    expect(problemsOf({ SLACK_BOT_TOKEN: "xoxb-1" })[0]).toContain("SLACK_SIGNING_SECRET is missing");
    expect(problemsOf({ MICROSOFT_APP_ID: "id" })[0]).toContain("MICROSOFT_APP_PASSWORD is missing");
    expect(problemsOf({ DATABASE_URL: "mysql://db" })).toEqual([
      "DATABASE_URL must start with file: (SQLite, the default) or postgresql:// (PostgreSQL)",
    ]);
  });

  it("reads the coordinators list with commas or spaces", () => {
    expect(loadConfig({ TANDEM_COORDINATORS: "U1, slack:U2 teams:abc" }).coordinators).toEqual([
      "U1",
      "slack:U2",
      "teams:abc",
    ]);
  });

  it("accepts .env.example copied as it is", () => {
    const env = Object.fromEntries(
      readFileSync(".env.example", "utf8")
        .split("\n")
        .filter((line) => /^[A-Z]/.test(line))
        .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
    );
    expect(loadConfig(env).slack.mode).toBe("off");
  });

  it("documents every variable in .env.example", () => {
    const example = readFileSync(".env.example", "utf8");
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const missing = Object.keys(envSchema.shape).filter((name) => !documented.has(name));
    expect(missing).toEqual([]);
  });
});
