import type { Clock } from "../domain/clock";
import type { Platform } from "../domain/people";
import type { Failure } from "../scheduler/job-worker";
import type { SendBudgetRepository } from "../storage/send-budget-repository";

/** The next send slot is further away than a job should wait holding its lease: retry it then. */
export class SendBudgetSpent extends Error {
  override name = "SendBudgetSpent";
  constructor(readonly retryAfterMs: number) {
    super(`the send budget is spent for the next ${Math.ceil(retryAfterMs / 1_000)} s`);
  }
}

// A job waits at most this long for its slot; beyond it, it goes back to the queue (a rate limit).
const MAX_WAIT_MS = 10_000;

export interface SendPaceOptions {
  /** Messages a second for each Slack workspace and each Teams tenant. */
  rates: Record<Platform, number>;
  clock: Clock;
  /** Waits this many milliseconds of `clock` time (a test moves a fake clock instead). */
  sleep: (ms: number) => Promise<void>;
}

/**
 * Paces sends to what Slack (about one message a second per channel, a few hundred a minute per
 * workspace) and Teams (about 50 requests a second per tenant) allow, one budget per workspace or
 * tenant shared by every replica through the database; a platform's Retry-After holds everyone.
 */
export class SendPace {
  constructor(
    private readonly budgets: SendBudgetRepository,
    private readonly options: SendPaceOptions,
  ) {}

  /** Waits for this workspace's next slot; throws SendBudgetSpent when it is too far away. */
  async take(platform: Platform, workspaceId: string): Promise<void> {
    const { clock, rates, sleep } = this.options;
    const now = Math.floor(clock.now().getTime());
    const intervalMs = Math.max(1, Math.round(1_000 / rates[platform]));
    const slot = await this.budgets.reserve(budgetKey(platform, workspaceId), now, intervalMs, MAX_WAIT_MS);
    if (!slot.reserved) throw new SendBudgetSpent(slot.nextFreeAt - now);
    const wait = slot.at - Math.floor(clock.now().getTime());
    if (wait > 0) await sleep(wait);
  }

  /** The platform said "too many": nobody sends to this workspace for `retryAfterMs`. */
  async holdFor(platform: Platform, workspaceId: string, retryAfterMs: number): Promise<void> {
    const until = Math.floor(this.options.clock.now().getTime()) + retryAfterMs;
    await this.budgets.holdUntil(budgetKey(platform, workspaceId), until);
  }
}

function budgetKey(platform: Platform, workspaceId: string): string {
  return `${platform}:${workspaceId}`;
}

/** A spent budget is a rate limit the job worker already knows how to wait for. */
export function classifyPaceError(error: unknown): Failure | undefined {
  return error instanceof SendBudgetSpent ? { kind: "rate-limited", retryAfterMs: error.retryAfterMs } : undefined;
}
