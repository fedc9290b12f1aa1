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
  // What a pair writes is theirs alone (DOMAIN.md): never in a log, whoever passes it to the logger.
  ...["privateNotes", "notes", "topics", "actionItems", "goal", "goals", "body", "payload", "view", "values"].flatMap(
    (key) => [key, `*.${key}`],
  ),
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
        const cleaned = args.map((arg) =>
          typeof arg === "string" ? scrub(arg) : arg instanceof Error ? scrubError(arg, scrub) : arg,
        );
        method.apply(this, cleaned as Parameters<typeof method>);
      },
    },
    serializers: { err: (error: Error) => pino.stdSerializers.err(scrubError(error, scrub)) },
  };
  if (options.destination) return pino(pinoOptions, options.destination);
  if (options.pretty) {
    return pino({
      ...pinoOptions,
      transport: { target: "pino-pretty", options: { translateTime: "HH:MM:ss", ignore: "pid,hostname,service" } },
    });
  }
  return pino(pinoOptions);
}

function scrubError(error: Error, scrub: (text: string) => string): Error {
  const message = errorMessage(error);
  const copy = new Error(scrub(message));
  copy.name = error.name;
  copy.stack = error.stack
    ? scrub(message === error.message ? error.stack : `${error.name}: ${message}\n${stackFrames(error.stack)}`)
    : undefined;
  for (const key of ["code", "statusCode", "retryAfter"] as const) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (value !== undefined) (copy as unknown as Record<string, unknown>)[key] = value;
  }
  return copy;
}

/**
 * Prisma's messages quote the call's arguments, values included (a session's notes, say); their
 * last line says what went wrong, which is all a log needs.
 */
function errorMessage(error: Error): string {
  if (!error.name.startsWith("PrismaClient")) return error.message;
  const lines = error.message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines[lines.length - 1] ?? error.name;
}

function stackFrames(stack: string): string {
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .join("\n");
}

/**
 * Slack's libraries log whole request, response, event and ack bodies (at debug, and inside some
 * error details); those carry what people typed, private notes included. A Slack line keeps its
 * words ("http request body:", "apiCall('views.open') start"), never a payload: the line stops at
 * the first JSON value, and at its first line break.
 */
export function withoutPayload(text: string): string {
  const [first = "", ...more] = text.split("\n");
  const json = first.search(/[{[]\s*["{[\]}]/);
  if (json >= 0) return `${first.slice(0, json)}[payload omitted]`;
  return more.some((line) => line.trim() !== "") ? `${first} [more omitted]` : first;
}

/** Bolt's logger interface on top of pino, so Slack's own logs share the format and the redaction. */
export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: "slack" });
  let level = "info" as BoltLogLevel;
  const write =
    (method: "debug" | "info" | "warn" | "error") =>
    (...messages: unknown[]) => {
      const [first, ...rest] = messages;
      if (first instanceof Error) child[method]({ err: first }, rest.map(summary).join(" "));
      else child[method](messages.map(summary).join(" "));
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

/** One argument of a Slack log call as text: strings without their payload, objects not at all. */
function summary(value: unknown): string {
  if (typeof value === "string") return withoutPayload(value);
  if (value instanceof Error) return withoutPayload(`${value.name}: ${errorMessage(value)}`);
  if (value === null || typeof value !== "object") return String(value);
  return Array.isArray(value) ? "[array omitted]" : "[object omitted]";
}
