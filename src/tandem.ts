import { buildServices } from "./composition/services";
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import { platformSummary, type Config } from "./config/env";
import { scaledClock, systemClock, type Clock } from "./domain/clock";
import { REMINDER_EARLY_MINUTES } from "./domain/meetings";
import { InFlight } from "./lifecycle";
import { createLogger, type Logger } from "./logger";
import { Deliverer, type PlatformSender } from "./platforms/delivery";
import { classifyPaceError, SendPace } from "./platforms/send-pace";
import { createSlackPlatform, SLACK_EVENTS_PATH, type SlackPlatform } from "./platforms/slack/app";
import { classifySlackError } from "./platforms/slack/errors";
import { TEAMS_MESSAGES_PATH } from "./platforms/teams/paths";
import { classifyTeamsError } from "./platforms/teams/errors";
import { JobWorker, type ErrorClassifier } from "./scheduler/job-worker";
import { jobHandlers } from "./scheduler/jobs";
import { Scheduler } from "./scheduler/scheduler";
import type { Services } from "./services";
import { isDatabaseUnavailable } from "./storage/errors";
import { SendBudgetRepository } from "./storage/send-budget-repository";
import { migrateIfNeeded } from "./storage/migrate";
import { closeDatabase, openDatabase, pingDatabase, poolStats } from "./storage/prisma-client";

export interface TandemOptions {
  config: Config;
  clock?: Clock;
  logger?: Logger;
  /** Apply pending migrations first (npm start does; tests migrate a template database once). */
  migrate?: boolean;
  /** Start the cron tick (tests drive the worker themselves with a fake clock). */
  startScheduler?: boolean;
  /** How a send waits for its slot, in `clock` milliseconds (tests with a fake clock move it instead). */
  sleep?: (ms: number) => Promise<void>;
}

export interface Tandem {
  services: Services;
  worker: JobWorker;
  scheduler: Scheduler;
  slack?: SlackPlatform;
  server: Server;
  /** The base URL the HTTP server listens on, e.g. http://127.0.0.1:3978. */
  url: string;
  /** Resolves true once no request or handler is running (Slack handlers go on after their ack). */
  idle(timeoutMs: number): Promise<boolean>;
  stop(): Promise<void>;
}

const _DAY = 24 * 60 * 60_000;
const SHUTDOWN_GRACE_MS = 10_000;

/** Wires config, database, platforms and scheduler into one running process. */
export async function startTandem(options: TandemOptions): Promise<Tandem> {
  const { config } = options;
  const bench = config.benchClock;
  const clock = options.clock ?? (bench ? scaledClock(bench.speed, bench.originMs) : systemClock);
  const speed = options.clock ? 1 : (bench?.speed ?? 1);
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, Math.ceil(ms / speed))));
  const logger =
    options.logger ??
    createLogger({
      level: config.logLevel,
      secrets: secretsOf(config),
      pretty: config.env !== "production" && process.stdout.isTTY,
    });

  if (options.migrate !== false) {
    const applied = await migrateIfNeeded(config.database.url);
    logger.info(
      { applied },
      applied.length > 0 ? `applied ${applied.length} database migration(s)` : "the database schema is up to date",
    );
  }
  const db = await openDatabase(config.database.url, {
    onConnectionError: (error) => logger.warn({ err: error }, "a database connection broke; the pool will reconnect"),
    // LOG_LEVEL=trace: each statement's text, never its values (they hold what people wrote).
    onQuery: logger.isLevelEnabled("trace") ? (sql) => logger.trace({ sql }, "database query") : undefined,
  });

  // The services queue jobs before the scheduler that runs them exists: the wake-up is set once it does.
  let wakeScheduler: () => void = () => undefined;
  const { services, store } = buildServices({ config, clock, logger, db, onJobsCommitted: () => wakeScheduler() });
  const { people, jobRepository } = services;

  const inFlight = new InFlight();
  let draining = false;
  const http = express();
  http.disable("x-powered-by");
  http.get("/healthz", async (_req, res) => {
    const databaseUp = await pingDatabase(db);
    const status = draining ? "draining" : databaseUp ? "ok" : "unavailable";
    res.status(status === "ok" ? 200 : 503).json({ status, database: databaseUp ? "ok" : "unreachable" });
  });

  // /api/messages exists only when Teams is configured: with tokens, or in the anonymous local mode.
  // botbuilder is loaded only when Teams is on: a Slack-only server does not carry it.
  const teams =
    config.teams.mode === "off"
      ? undefined
      : (await import("./platforms/teams")).createTeamsPlatform(config.teams, services, inFlight);
  if (teams) {
    http.post(TEAMS_MESSAGES_PATH, express.json({ limit: "1mb" }), (req, res) => {
      teams.handle(req, res).catch((error: unknown) => {
        logger.error({ err: error }, "Teams request failed");
        if (!res.headersSent) res.status(isDatabaseUnavailable(error) ? 503 : 500).end();
      });
    });
    // A body that is not JSON (or too large) is the sender's mistake: a 4xx, without a stack trace.
    http.use(
      TEAMS_MESSAGES_PATH,
      (error: unknown, _req: express.Request, res: express.Response, next: express.NextFunction) => {
        if (res.headersSent) return next(error);
        const status = (error as { status?: unknown }).status;
        res
          .status(typeof status === "number" && status >= 400 && status < 500 ? status : 400)
          .json({ error: "malformed request body" });
      },
    );
  }

  let slack: SlackPlatform | undefined;
  if (config.slack.mode !== "off") {
    slack = createSlackPlatform(config.slack, services, http, inFlight);
  } else {
    http.post(SLACK_EVENTS_PATH, (_req, res) => {
      res.status(503).json({ error: "Slack is not configured on this Tandem server (see README, 'Slack')." });
    });
  }

  const senders: Partial<Record<"slack" | "teams", PlatformSender>> = {};
  if (teams) senders.teams = teams.sender;
  if (slack) senders.slack = slack.sender;
  // The ledger compares its times with the platform's own timestamps: it needs the wall clock.
  const classifiers: ErrorClassifier[] = [classifyPaceError, classifySlackError, classifyTeamsError];
  const pace = new SendPace(new SendBudgetRepository(store), { rates: config.sendRates, clock, sleep });
  const retryAfterOf = (error: unknown) => {
    for (const classify of classifiers) {
      const failure = classify(error);
      if (failure) return failure.kind === "rate-limited" ? failure.retryAfterMs : undefined;
    }
    return undefined;
  };
  const deliverer = new Deliverer(services.deliveries, senders, people, systemClock, { pace, retryAfterOf });
  // A wave may start as early as the slowest configured platform's rate needs.
  const rates = [slack && config.sendRates.slack, teams && config.sendRates.teams].filter((r): r is number => !!r);
  const worker = new JobWorker(jobRepository, jobHandlers(services, deliverer), {
    workerId: `${process.pid}-${randomUUID().slice(0, 8)}`,
    clock,
    logger: logger.child({ component: "jobs" }),
    concurrency: config.scheduler.concurrency,
    leaseMs: config.scheduler.leaseSeconds * 1_000,
    classifiers,
    earlyStart: { windowMs: REMINDER_EARLY_MINUTES * 60_000, ratePerSecond: Math.min(...rates, 1_000) },
    sleep,
  });
  const scheduler = new Scheduler(worker, jobRepository, services.processedEvents, {
    tickSeconds: config.scheduler.tickSeconds,
    clock,
    logger,
  });
  const runScheduler = config.scheduler.enabled && options.startScheduler !== false;
  if (runScheduler) wakeScheduler = () => scheduler.kick();

  const server = createServer(http);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${port}`;

  await slack?.start();
  if (runScheduler) scheduler.start();
  for (const { level, line } of platformSummary(config)) logger[level](line);
  logger.info(
    { port, database: config.database.provider },
    `Tandem is listening on ${url} (${slack ? `Slack: ${url}${SLACK_EVENTS_PATH}, ` : ""}${teams ? `Teams: ${url}${TEAMS_MESSAGES_PATH}, ` : ""}health: ${url}/healthz)`,
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      draining = true;
      logger.info("shutting down: finishing requests and jobs in progress");
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const finished = await inFlight.idle(SHUTDOWN_GRACE_MS);
      if (!finished)
        logger.warn({ inFlight: inFlight.size }, "some requests were still running at the end of the grace period");
      logger.debug("shutdown: stopping the scheduler");
      await scheduler.stop();
      logger.debug("shutdown: stopping Slack");
      await slack?.stop();
      server.closeAllConnections();
      await closed;
      logger.debug("shutdown: closing the database");
      if (!(await closeDatabase(db)))
        logger.warn({ pool: poolStats(db) }, "the database did not close in time; exiting anyway");
      logger.info("stopped");
    })();
    return stopping;
  };

  return { services, worker, scheduler, slack, server, url, idle: (timeoutMs) => inFlight.idle(timeoutMs), stop };
}

function secretsOf(config: Config): string[] {
  const secrets: (string | undefined)[] = [
    config.teams.mode === "authenticated" ? config.teams.appPassword : undefined,
  ];
  if (config.slack.mode !== "off") secrets.push(config.slack.botToken, config.slack.signingSecret);
  if (config.slack.mode === "socket") secrets.push(config.slack.appToken);
  return secrets.filter((s): s is string => Boolean(s));
}
