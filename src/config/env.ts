import { existsSync } from "node:fs";
import { IANAZone } from "luxon";
import { z } from "zod";
import { databaseProvider, resolveDatabaseUrl, type DatabaseProvider } from "./database-url";

/**
 * Every environment variable Tandem reads, validated once at start. `.env.example` documents the
 * same list; a test keeps the two in step.
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "yes", "no", ""], { error: "must be true or false" })
    .optional()
    .transform((value) => (value === undefined || value === "" ? fallback : ["true", "1", "yes"].includes(value)));

const whole = (fallback: number, min: number, max: number) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === undefined || value === "" ? fallback : Number(value)))
    .pipe(
      z
        .number({ error: "must be a whole number" })
        .int({ error: "must be a whole number" })
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

const httpUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(z.url({ protocol: /^https?$/, error: "must be an http(s) URL, like https://example.org/privacy" }).optional());

const timeZone = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === undefined || value === "" ? "UTC" : value))
  .refine((zone) => IANAZone.isValidZone(zone), {
    error: "must be an IANA time zone, like Europe/Madrid or America/Santiago",
  });

export const envSchema = z.object({
  NODE_ENV: z
    .enum(["development", "production", "test"], { error: "must be development, production or test" })
    .default("development"),
  PORT: whole(3978, 0, 65535),
  HOST: optionalText.transform((value) => value ?? "0.0.0.0"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  DATABASE_URL: optionalText,

  SLACK_BOT_TOKEN: optionalText.pipe(
    z.string().startsWith("xoxb-", { error: "must be a bot token starting with xoxb- (Slack app → OAuth & Permissions)" }).optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .startsWith("xapp-", { error: "must be an app-level token starting with xapp- (Slack app → Basic Information → App-Level Tokens)" })
      .optional(),
  ),
  SLACK_API_URL: httpUrl,

  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  MICROSOFT_APP_TYPE: z
    .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], { error: "must be MultiTenant, SingleTenant or UserAssignedMSI" })
    .default("MultiTenant"),

  TANDEM_COORDINATORS: optionalText,
  TANDEM_DEFAULT_LOCALE: z.enum(["es", "en"], { error: "must be es or en" }).default("en"),
  TANDEM_DEFAULT_TIME_ZONE: timeZone,
  TANDEM_PUBLIC_URL: httpUrl,
  TANDEM_DATA_POLICY_URL: httpUrl,
  TANDEM_TRAINING_URL: httpUrl,

  SCHEDULER_ENABLED: flag(true),
  SCHEDULER_TICK_SECONDS: whole(5, 1, 59),
  JOB_CONCURRENCY: whole(8, 1, 200),
  JOB_LEASE_SECONDS: whole(120, 5, 3600),
});

export type SlackConfig =
  | { mode: "off"; reason: string }
  | { mode: "http"; botToken: string; signingSecret: string; apiUrl?: string }
  | { mode: "socket"; botToken: string; appToken: string; signingSecret?: string; apiUrl?: string };

export interface TeamsConfig {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
  /** No credentials: botbuilder accepts unauthenticated activities, as Agents Playground sends them. */
  anonymous: boolean;
}

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  logLevel: string;
  database: { url: string; provider: DatabaseProvider };
  slack: SlackConfig;
  teams: TeamsConfig;
  /** Platform user ids, optionally prefixed with `slack:` or `teams:`. */
  coordinators: string[];
  defaults: { locale: "es" | "en"; timeZone: string };
  links: { publicUrl?: string; dataPolicyUrl?: string; trainingUrl?: string };
  scheduler: { enabled: boolean; tickSeconds: number; concurrency: number; leaseSeconds: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Tandem cannot start, the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Validates the environment; throws a ConfigError listing every problem in plain words. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const name = issue.path.join(".") || "environment";
      problems.push(`${name} ${issue.message}`);
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;

  const databaseUrl = resolveDatabaseUrl(env);
  const provider = databaseProvider(databaseUrl);
  if (!provider) {
    problems.push("DATABASE_URL must start with file: (SQLite, the default) or postgresql:// (PostgreSQL)");
  }

  const slack = slackConfig(e, problems);
  const teams = teamsConfig(e, problems);
  if (problems.length > 0) throw new ConfigError(problems);

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    logLevel: e.LOG_LEVEL,
    database: { url: databaseUrl, provider: provider! },
    slack,
    teams,
    coordinators: (e.TANDEM_COORDINATORS ?? "")
      .split(/[\s,]+/)
      .map((id) => id.trim())
      .filter(Boolean),
    defaults: { locale: e.TANDEM_DEFAULT_LOCALE, timeZone: e.TANDEM_DEFAULT_TIME_ZONE },
    links: { publicUrl: e.TANDEM_PUBLIC_URL, dataPolicyUrl: e.TANDEM_DATA_POLICY_URL, trainingUrl: e.TANDEM_TRAINING_URL },
    scheduler: {
      enabled: e.SCHEDULER_ENABLED,
      tickSeconds: e.SCHEDULER_TICK_SECONDS,
      concurrency: e.JOB_CONCURRENCY,
      leaseSeconds: e.JOB_LEASE_SECONDS,
    },
  };
}

type ParsedEnv = z.infer<typeof envSchema>;

function slackConfig(e: ParsedEnv, problems: string[]): SlackConfig {
  const { SLACK_BOT_TOKEN: botToken, SLACK_SIGNING_SECRET: signingSecret, SLACK_APP_TOKEN: appToken } = e;
  if (!botToken && !signingSecret && !appToken) {
    return {
      mode: "off",
      reason:
        "Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP mode) or SLACK_BOT_TOKEN and SLACK_APP_TOKEN (Socket Mode); see README, 'Slack'.",
    };
  }
  if (!botToken) {
    problems.push("SLACK_BOT_TOKEN is missing: the other Slack variables are set, and Slack needs the bot token (xoxb-…) too");
    return { mode: "off", reason: "" };
  }
  if (appToken) return { mode: "socket", botToken, appToken, signingSecret, apiUrl: e.SLACK_API_URL };
  if (!signingSecret) {
    problems.push(
      "SLACK_SIGNING_SECRET is missing: HTTP mode needs it to verify requests (Slack app → Basic Information), or set SLACK_APP_TOKEN for Socket Mode",
    );
    return { mode: "off", reason: "" };
  }
  return { mode: "http", botToken, signingSecret, apiUrl: e.SLACK_API_URL };
}

function teamsConfig(e: ParsedEnv, problems: string[]): TeamsConfig {
  const anonymous = !e.MICROSOFT_APP_ID;
  if (anonymous && (e.MICROSOFT_APP_PASSWORD || e.MICROSOFT_APP_TENANT_ID)) {
    problems.push("MICROSOFT_APP_ID is missing: MICROSOFT_APP_PASSWORD or MICROSOFT_APP_TENANT_ID is set without it");
  }
  if (!anonymous && e.MICROSOFT_APP_TYPE !== "UserAssignedMSI" && !e.MICROSOFT_APP_PASSWORD) {
    problems.push("MICROSOFT_APP_PASSWORD is missing: a bot with MICROSOFT_APP_ID needs its client secret (Azure Bot → Configuration)");
  }
  if (!anonymous && e.MICROSOFT_APP_TYPE === "SingleTenant" && !e.MICROSOFT_APP_TENANT_ID) {
    problems.push("MICROSOFT_APP_TENANT_ID is missing: a SingleTenant bot needs its tenant id");
  }
  return {
    appId: e.MICROSOFT_APP_ID,
    appPassword: e.MICROSOFT_APP_PASSWORD,
    tenantId: e.MICROSOFT_APP_TENANT_ID,
    appType: e.MICROSOFT_APP_TYPE,
    anonymous,
  };
}

/** Reads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** The lines printed at start, one per platform, saying how each one runs or what it still needs. */
export function platformSummary(config: Config): string[] {
  const slack =
    config.slack.mode === "off"
      ? config.slack.reason
      : config.slack.mode === "socket"
        ? "Slack: Socket Mode (SLACK_APP_TOKEN is set); no public URL needed."
        : `Slack: HTTP mode; point the app's request URLs at https://<your-host>/slack/events (port ${config.port}).`;
  const teams = config.teams.anonymous
    ? `Teams: no MICROSOFT_APP_ID, so /api/messages accepts unauthenticated activities, for Microsoft 365 Agents Playground only; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for a real tenant (README, 'Teams').`
    : `Teams: bot ${config.teams.appId} (${config.teams.appType}) on /api/messages.`;
  return [slack, teams];
}
