import { Writable } from "node:stream";
import { createLogger, type Logger } from "../../src/logger";

/** A real pino logger writing into memory, so tests can read (and check) what was logged. */
export function capturedLogger(
  level = "info",
  secrets: string[] = [],
): { logger: Logger; lines: () => string[]; text: () => string } {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const logger = createLogger({ level, secrets, destination });
  const lines = () => chunks.join("").split("\n").filter(Boolean);
  return { logger, lines, text: () => chunks.join("") };
}
