import type { Logger as BoltLogger, LogLevel as BoltLogLevel } from "@slack/bolt";
import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger } from "pino";

// Slack tokens and app-level tokens, wherever they appear in a message.
const TOKEN_PATTERN = /\bx(?:ox[abposer]|app)-[A-Za-z0-9-]+/g;

const REDACTED_PATHS = [
  "token",
  "*.token",
  "botToken",
  "*.botToken",
  "appToken",
  "*.appToken",
  "signingSecret",
  "*.signingSecret",
  "appPassword",
  "*.appPassword",
  "password",
  "*.password",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  'headers["x-slack-signature"]',
];

export interface LoggerOptions {
  level: string;
  /** Exact secret values (signing secret, app password) to blank out of any message. */
  secrets?: string[];
  destination?: DestinationStream;
  pretty?: boolean;
}

/** Structured logs (pino) that never print a token or secret, even inside a message string. */
export function createLogger(options: LoggerOptions): Logger {
  const secrets = (options.secrets ?? []).filter((s) => s.length >= 6);
  const scrub = (text: string): string => {
    let clean = text.replace(TOKEN_PATTERN, "[redacted]");
    for (const secret of secrets) clean = clean.split(secret).join("[redacted]");
    return clean;
  };
  const pinoOptions: pino.LoggerOptions = {
    level: options.level,
    base: { service: "tandem" },
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    hooks: {
      logMethod(args, method) {
        const cleaned = args.map((arg) => (typeof arg === "string" ? scrub(arg) : arg instanceof Error ? scrubError(arg, scrub) : arg));
        method.apply(this, cleaned as Parameters<typeof method>);
      },
    },
    serializers: { err: (error: Error) => pino.stdSerializers.err(scrubError(error, scrub)) },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  if (options.pretty) {
    return pino({ ...pinoOptions, transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname,service" } } });
  }
  return pino(pinoOptions);
}

function scrubError(error: Error, scrub: (text: string) => string): Error {
  const copy = new Error(scrub(error.message));
  copy.name = error.name;
  copy.stack = error.stack ? scrub(error.stack) : undefined;
  for (const key of ["code", "statusCode", "retryAfter"] as const) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (value !== undefined) (copy as unknown as Record<string, unknown>)[key] = value;
  }
  return copy;
}

/** Bolt's logger interface on top of pino, so Slack's own logs share the format and the redaction. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack" });
  let level = "info" as BoltLogLevel;
  const write = (method: "debug" | "info" | "warn" | "error") => (...messages: unknown[]) => {
    const [first, ...rest] = messages;
    if (first instanceof Error) child[method]({ err: first }, rest.map(String).join(" "));
    else child[method](messages.map((m) => (typeof m === "string" ? m : safeJson(m))).join(" "));
  };
  return {
    debug: write("debug"),
    info: write("info"),
    warn: write("warn"),
    error: write("error"),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
