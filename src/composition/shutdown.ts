import type { Server } from "node:http";
import type { InFlight } from "../lifecycle";
import type { Logger } from "../logger";
import type { SlackPlatform } from "../platforms/slack/app";
import type { Scheduler } from "../scheduler/scheduler";
import { closeDatabase, poolStats, type Database } from "../storage/prisma-client";

const SHUTDOWN_GRACE_MS = 10_000;

/** What a running Tandem holds that stopping must close, in the order it closes them. */
export interface Running {
  logger: Logger;
  server: Server;
  inFlight: InFlight;
  scheduler: Scheduler;
  slack?: SlackPlatform;
  db: Database;
}

/**
 * The stop sequence: answer /healthz with "draining", take no new connections, let the requests and
 * handlers in progress finish (up to a grace period), stop the jobs and Slack, then close the database.
 * Asked twice, it runs once.
 */
export function gracefulStop(running: Running, startDraining: () => void): () => Promise<void> {
  const { logger, server, inFlight, scheduler, slack, db } = running;
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= (async () => {
      startDraining();
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
}
