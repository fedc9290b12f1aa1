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

/** A number from the environment, or `fallback` when unset; `integer` for counts and seconds. */
const numberIn = (fallback: number, min: number, max: number, kind: { integer: boolean; error: string }) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value) => (value === undefined || value === "" ? fallback : Number(value)))
    .pipe(
      z
        .number({ error: kind.error })
        .refine((n) => !kind.integer || Number.isInteger(n), { error: kind.error })
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

const whole = (fallback: number, min: number, max: number) =>
  numberIn(fallback, min, max, { integer: true, error: "must be a whole number" });

// The shared budget counts whole milliseconds between sends: at most 1000 a second.
const perSecond = (fallback: number) =>
  numberIn(fallback, 0.1, 1000, { integer: false, error: "must be a number of messages a second, like 5 or 0.5" });

// "<speed>@<epoch ms>": the process's clock runs `speed` times faster from that instant (benchmarks).
const benchClock = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value === "" ? undefined : value))
  .pipe(
    z
      .string()
      .regex(/^\d+(\.\d+)?@\d+$/, { error: "must look like 10@1767225600000 (speed@epoch milliseconds)" })
      .transform((value) => {
        const [speed, origin] = value.split("@").map(Number);
        return { speed: speed!, originMs: origin! };
      })
      .optional(),
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
    z
      .string()
      .startsWith("xoxb-", { error: "must be a bot token starting with xoxb- (Slack app → OAuth & Permissions)" })
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .startsWith("xapp-", {
        error: "must be an app-level token starting with xapp- (Slack app → Basic Information → App-Level Tokens)",
      })
      .optional(),
  ),
  SLACK_API_URL: httpUrl,

  MICROSOFT_APP_ID: optionalText,
  MICROSOFT_APP_PASSWORD: optionalText,
  MICROSOFT_APP_TENANT_ID: optionalText,
  // Azure stopped creating multi-tenant bots after 31 July 2025: a new registration is single-tenant.
  MICROSOFT_APP_TYPE: z
    .enum(["MultiTenant", "SingleTenant", "UserAssignedMSI"], {
      error: "must be MultiTenant, SingleTenant or UserAssignedMSI",
    })
    .default("SingleTenant"),
  MICROSOFT_BOT_OPENID_METADATA: httpUrl,
  TEAMS_ALLOWED_TENANTS: optionalText,
  TEAMS_ALLOW_ANONYMOUS: flag(false),

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
  SLACK_SEND_RATE: perSecond(5),
  TEAMS_SEND_RATE: perSecond(20),
  TANDEM_BENCH_CLOCK: benchClock,
});

export type SlackConfig =
  | { mode: "off"; reason: string }
  | { mode: "http"; botToken: string; signingSecret: string; apiUrl?: string }
  | { mode: "socket"; botToken: string; appToken: string; signingSecret?: string; apiUrl?: string };

/**
 * Teams is off (no /api/messages), authenticated (every activity's token verified), or, only when
 * the operator asks for it and never in production, anonymous: anyone who reaches the port can act
 * as any Teams user, which is what Microsoft 365 Agents Playground needs on a laptop.
 */
export type TeamsConfig =
  | { mode: "off"; reason: string }
  | { mode: "anonymous"; allowedTenants: string[] }
  | {
      mode: "authenticated";
      appId: string;
      appPassword?: string;
      tenantId?: string;
      appType: "MultiTenant" | "SingleTenant" | "UserAssignedMSI";
      /** Tenants whose activities are served: MICROSOFT_APP_TENANT_ID and TEAMS_ALLOWED_TENANTS; empty means any. */
      allowedTenants: string[];
      /** Where the channel's token-signing keys are read; Microsoft's own address by default (tests point it at a fake). */
      openIdMetadataUrl?: string;
    };

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
  /** Messages a second per Slack workspace and per Teams tenant, shared by every replica. */
  sendRates: { slack: number; teams: number };
  /** Benchmarks only: a clock that runs `speed` times faster from `originMs`. */
  benchClock?: { speed: number; originMs: number };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Tandem cannot start, the configuration has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
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
  if (e.TANDEM_BENCH_CLOCK && e.NODE_ENV === "production") {
    problems.push("TANDEM_BENCH_CLOCK is for benchmarks only and cannot be set with NODE_ENV=production");
  }
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
    links: {
      publicUrl: e.TANDEM_PUBLIC_URL,
      dataPolicyUrl: e.TANDEM_DATA_POLICY_URL,
      trainingUrl: e.TANDEM_TRAINING_URL,
    },
    scheduler: {
      enabled: e.SCHEDULER_ENABLED,
      tickSeconds: e.SCHEDULER_TICK_SECONDS,
      concurrency: e.JOB_CONCURRENCY,
      leaseSeconds: e.JOB_LEASE_SECONDS,
    },
    sendRates: { slack: e.SLACK_SEND_RATE, teams: e.TEAMS_SEND_RATE },
    benchClock: e.TANDEM_BENCH_CLOCK,
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
    problems.push(
      "SLACK_BOT_TOKEN is missing: the other Slack variables are set, and Slack needs the bot token (xoxb-…) too",
    );
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
  const allowedTenants = [e.MICROSOFT_APP_TENANT_ID, ...(e.TEAMS_ALLOWED_TENANTS ?? "").split(/[\s,]+/)]
    .map((id) => id?.trim() ?? "")
    .filter((id, index, all) => id !== "" && all.indexOf(id) === index);
  if (!e.MICROSOFT_APP_ID) {
    if (e.MICROSOFT_APP_PASSWORD || e.MICROSOFT_APP_TENANT_ID) {
      problems.push("MICROSOFT_APP_ID is missing: MICROSOFT_APP_PASSWORD or MICROSOFT_APP_TENANT_ID is set without it");
    }
    if (!e.TEAMS_ALLOW_ANONYMOUS) {
      return {
        mode: "off",
        reason:
          "Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD for a real tenant, or TEAMS_ALLOW_ANONYMOUS=true to try Tandem in Microsoft 365 Agents Playground on this machine (README, 'Teams').",
      };
    }
    if (e.NODE_ENV === "production") {
      problems.push(
        "TEAMS_ALLOW_ANONYMOUS cannot be true with NODE_ENV=production: anyone who reaches the port could act as any Teams user; set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD instead",
      );
    }
    return { mode: "anonymous", allowedTenants };
  }
  if (e.TEAMS_ALLOW_ANONYMOUS) {
    problems.push(
      "TEAMS_ALLOW_ANONYMOUS is true while MICROSOFT_APP_ID is set: a real bot always verifies tokens; remove one of the two",
    );
  }
  if (e.MICROSOFT_APP_TYPE !== "UserAssignedMSI" && !e.MICROSOFT_APP_PASSWORD) {
    problems.push(
      "MICROSOFT_APP_PASSWORD is missing: a bot with MICROSOFT_APP_ID needs its client secret (Azure Bot → Configuration)",
    );
  }
  if (e.MICROSOFT_APP_TYPE === "SingleTenant" && !e.MICROSOFT_APP_TENANT_ID) {
    problems.push(
      "MICROSOFT_APP_TENANT_ID is missing: a SingleTenant bot (the default, and the only kind Azure creates since August 2025) needs its tenant id; set MICROSOFT_APP_TYPE=MultiTenant for an older multi-tenant registration",
    );
  }
  return {
    mode: "authenticated",
    appId: e.MICROSOFT_APP_ID,
    appPassword: e.MICROSOFT_APP_PASSWORD,
    tenantId: e.MICROSOFT_APP_TENANT_ID,
    appType: e.MICROSOFT_APP_TYPE,
    allowedTenants,
    openIdMetadataUrl: e.MICROSOFT_BOT_OPENID_METADATA,
  };
}

/** Reads `.env` from the working directory when there is one; real environment variables win. */
export function loadDotEnv(path = ".env"): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** The lines printed at start, one per platform, saying how each one runs or what it still needs. */
export function platformSummary(config: Config): { level: "info" | "warn"; line: string }[] {
  const slack =
    config.slack.mode === "off"
      ? config.slack.reason
      : config.slack.mode === "socket"
        ? "Slack: Socket Mode (SLACK_APP_TOKEN is set); no public URL needed."
        : `Slack: HTTP mode; point the app's request URLs at https://<your-host>/slack/events (port ${config.port}).`;
  const lines: { level: "info" | "warn"; line: string }[] = [{ level: "info", line: slack }];
  const { teams } = config;
  if (teams.mode === "off") lines.push({ level: "info", line: teams.reason });
  else if (teams.mode === "anonymous") {
    lines.push({
      level: "warn",
      line: "Teams: TEAMS_ALLOW_ANONYMOUS=true, so /api/messages verifies no token: anyone who can reach this port can act as any Teams user, coordinators included. For Microsoft 365 Agents Playground on this machine only; never expose it.",
    });
  } else {
    const tenants = teams.allowedTenants.length > 0 ? `tenant(s) ${teams.allowedTenants.join(", ")}` : "any tenant";
    lines.push({
      level: "info",
      line: `Teams: bot ${teams.appId} (${teams.appType}) on /api/messages, tokens verified, serving ${tenants}.`,
    });
  }
  const unprefixed = config.coordinators.filter((id) => !/^(slack|teams):/.test(id));
  if (unprefixed.length > 0) {
    lines.push({
      level: "info",
      line: `TANDEM_COORDINATORS: ${unprefixed.join(", ")} without a prefix ${unprefixed.length === 1 ? "is a Slack member id" : "are Slack member ids"} (Slack only); Teams coordinators are written teams:<Entra object id>.`,
    });
  }
  return lines;
}
