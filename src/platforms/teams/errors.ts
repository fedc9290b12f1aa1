import type { Failure } from "../../scheduler/job-worker";

/** Tells the job worker how to treat a Bot Connector error: 429 waits, 412, 5xx and network retry, 4xx gives up. */
export function classifyTeamsError(error: unknown): Failure | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as {
    statusCode?: number;
    code?: string;
    response?: { headers?: { get?: (name: string) => string | undefined } };
  };
  if (e.statusCode === 429) {
    const header = Number(e.response?.headers?.get?.("retry-after"));
    return { kind: "rate-limited", retryAfterMs: Number.isFinite(header) && header > 0 ? header * 1_000 : 5_000 };
  }
  // 412: Teams' "busy, precondition failed" under load, retried like a 5xx.
  if (typeof e.statusCode === "number")
    return e.statusCode >= 500 || e.statusCode === 412 ? { kind: "transient" } : { kind: "permanent" };
  if (e.code && /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENOTFOUND|UND_ERR)/.test(e.code))
    return { kind: "transient" };
  return undefined;
}
