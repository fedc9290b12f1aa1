import type { Server } from "node:http";
import { buildDelivery } from "./composition/delivery";
import { buildHttp, listen, logStarted } from "./composition/http";
import { openTandemDatabase, runtimeOf } from "./composition/runtime";
import { buildServices } from "./composition/services";
import { gracefulStop } from "./composition/shutdown";
import type { Config } from "./config/env";
import type { Clock } from "./domain/clock";
import { InFlight } from "./lifecycle";
import type { Logger } from "./logger";
import type { SlackPlatform } from "./platforms/slack/app";
import type { JobWorker } from "./scheduler/job-worker";
import type { Scheduler } from "./scheduler/scheduler";
import type { Services } from "./services";

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

/**
 * Wires config, database, platforms and scheduler into one running process. Each part is built in
 * src/composition; this only puts them in order.
 */
export async function startTandem(options: TandemOptions): Promise<Tandem> {
  const { config } = options;
  const { clock, sleep, logger } = runtimeOf(config, options);
  const db = await openTandemDatabase(config, logger, options.migrate !== false);
  // The services queue jobs before the scheduler that runs them exists: the wake-up is set once it does.
  let wakeScheduler: () => void = () => undefined;
  const { services, store } = buildServices({ config, clock, logger, db, onJobsCommitted: () => wakeScheduler() });

  const inFlight = new InFlight();
  let draining = false;
  const front = await buildHttp(services, inFlight, () => draining);
  const { worker, scheduler } = buildDelivery(services, store, front, sleep);
  const runScheduler = config.scheduler.enabled && options.startScheduler !== false;
  if (runScheduler) wakeScheduler = () => scheduler.kick();

  const listening = await listen(front.app, config);
  const { slack } = front;
  await slack?.start();
  if (runScheduler) scheduler.start();
  logStarted(services, listening, front);

  const { server, url } = listening;
  const stop = gracefulStop({ logger, server, inFlight, scheduler, slack, db }, () => {
    draining = true;
  });
  return { services, worker, scheduler, slack, server, url, idle: (timeoutMs) => inFlight.idle(timeoutMs), stop };
}
