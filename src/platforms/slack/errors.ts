import type { Failure } from "../../scheduler/job-worker";

// Web API errors (ok: false) that mean "try later" rather than "this cannot work".
const TRANSIENT_PLATFORM_ERRORS = new Set([
  "ratelimited",
  "internal_error",
  "fatal_error",
  "service_unavailable",
  "request_timeout",
]);

/** Tells the job worker how to treat a Slack Web API error: wait for Retry-After, retry, or give up. */
export function classifySlackError(error: unknown): Failure | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const e = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string } };
  switch (e.code) {
    case "slack_webapi_rate_limited_error":
      return { kind: "rate-limited", retryAfterMs: Math.max(1, e.retryAfter ?? 1) * 1_000 };
    case "slack_webapi_request_error":
      return { kind: "transient" };
    case "slack_webapi_http_error":
      return (e.statusCode ?? 500) >= 500 ? { kind: "transient" } : { kind: "permanent" };
    case "slack_webapi_platform_error":
      return TRANSIENT_PLATFORM_ERRORS.has(e.data?.error ?? "") ? { kind: "transient" } : { kind: "permanent" };
    default:
      return undefined;
  }
}
