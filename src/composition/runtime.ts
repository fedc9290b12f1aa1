import type { Config } from "../config/env";
import { scaledClock, systemClock, type Clock } from "../domain/clock";
import { createLogger, type Logger } from "../logger";
import { migrateIfNeeded } from "../storage/migrate";
import { openDatabase, type Database } from "../storage/prisma-client";

export interface Runtime {
  clock: Clock;
  /** Waits `ms` milliseconds of `clock`. */
  sleep: (ms: number) => Promise<void>;
  logger: Logger;
}

/** What a caller may pass instead of what the configuration would build (tests pass a fake clock). */
export interface RuntimeOverrides {
  clock?: Clock;
  logger?: Logger;
  sleep?: (ms: number) => Promise<void>;
}

/** The clock, the waits and the logger; with TANDEM_BENCH_CLOCK the clock and the waits run faster. */
export function runtimeOf(config: Config, overrides: RuntimeOverrides): Runtime {
  const bench = config.benchClock;
  const clock = overrides.clock ?? (bench ? scaledClock(bench.speed, bench.originMs) : systemClock);
  const speed = overrides.clock ? 1 : (bench?.speed ?? 1);
  const sleep =
    overrides.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms / speed))));
  const logger =
    overrides.logger ??
    createLogger({
      level: config.logLevel,
      secrets: secretsOf(config),
      pretty: config.env !== "production" && process.stdout.isTTY,
    });
  return { clock, sleep, logger };
}

/** Applies pending migrations when asked (npm start does; tests migrate a template database once), then opens. */
export async function openTandemDatabase(config: Config, logger: Logger, migrate: boolean): Promise<Database> {
  if (migrate) {
    const applied = await migrateIfNeeded(config.database.url);
    logger.info(
      { applied },
      applied.length > 0 ? `applied ${applied.length} database migration(s)` : "the database schema is up to date",
    );
  }
  return openDatabase(config.database.url, {
    onConnectionError: (error) => logger.warn({ err: error }, "a database connection broke; the pool will reconnect"),
    // LOG_LEVEL=trace: each statement's text, never its values (they hold what people wrote).
    onQuery: logger.isLevelEnabled("trace") ? (sql) => logger.trace({ sql }, "database query") : undefined,
  });
}

function secretsOf(config: Config): string[] {
  const secrets: (string | undefined)[] = [
    config.teams.mode === "authenticated" ? config.teams.appPassword : undefined,
  ];
  if (config.slack.mode !== "off") secrets.push(config.slack.botToken, config.slack.signingSecret);
  if (config.slack.mode === "socket") secrets.push(config.slack.appToken);
  return secrets.filter((s): s is string => Boolean(s));
}
