import { randomUUID } from "node:crypto";
import { systemClock } from "../domain/clock";
import { REMINDER_EARLY_MINUTES } from "../domain/meetings";
import { Deliverer, type PlatformSender } from "../platforms/delivery";
import { classifyPaceError, SendPace } from "../platforms/send-pace";
import type { SlackPlatform } from "../platforms/slack/app";
import { classifySlackError } from "../platforms/slack/errors";
import type { TeamsPlatform } from "../platforms/teams";
import { classifyTeamsError } from "../platforms/teams/errors";
import { JobWorker, type ErrorClassifier } from "../scheduler/job-worker";
import { jobHandlers } from "../scheduler/jobs";
import { Scheduler } from "../scheduler/scheduler";
import type { Services } from "../services";
import type { Database } from "../storage/prisma-client";
import { SendBudgetRepository } from "../storage/send-budget-repository";

export interface Platforms {
  slack?: SlackPlatform;
  teams?: TeamsPlatform;
}

export interface Delivery {
  worker: JobWorker;
  scheduler: Scheduler;
}

/**
 * What runs the jobs and sends their messages: each configured platform's sender, the shared send
 * pace, the Deliverer, the worker and the scheduler that ticks it (started by the caller).
 */
export function buildDelivery(
  services: Services,
  store: Database,
  { slack, teams }: Platforms,
  sleep: (ms: number) => Promise<void>,
): Delivery {
  const { config, clock, logger } = services;
  const senders: Partial<Record<"slack" | "teams", PlatformSender>> = {};
  if (teams) senders.teams = teams.sender;
  if (slack) senders.slack = slack.sender;
  const classifiers: ErrorClassifier[] = [classifyPaceError, classifySlackError, classifyTeamsError];
  const pace = new SendPace(new SendBudgetRepository(store), { rates: config.sendRates, clock, sleep });
  const retryAfterOf = (error: unknown) => {
    for (const classify of classifiers) {
      const failure = classify(error);
      if (failure) return failure.kind === "rate-limited" ? failure.retryAfterMs : undefined;
    }
    return undefined;
  };
  // The ledger compares its times with the platform's own timestamps: it needs the wall clock.
  const deliverer = new Deliverer(services.deliveries, senders, services.people, systemClock, { pace, retryAfterOf });
  // A wave may start as early as the slowest configured platform's rate needs.
  const rates = [slack && config.sendRates.slack, teams && config.sendRates.teams].filter((r): r is number => !!r);
  const worker = new JobWorker(services.jobRepository, jobHandlers(services, deliverer), {
    workerId: `${process.pid}-${randomUUID().slice(0, 8)}`,
    clock,
    logger: logger.child({ component: "jobs" }),
    concurrency: config.scheduler.concurrency,
    leaseMs: config.scheduler.leaseSeconds * 1_000,
    classifiers,
    earlyStart: { windowMs: REMINDER_EARLY_MINUTES * 60_000, ratePerSecond: Math.min(...rates, 1_000) },
    sleep,
  });
  const scheduler = new Scheduler(worker, services.jobRepository, services.processedEvents, {
    tickSeconds: config.scheduler.tickSeconds,
    clock,
    logger,
  });
  return { worker, scheduler };
}
