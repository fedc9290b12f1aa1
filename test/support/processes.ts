import { spawn, type ChildProcess } from "node:child_process";

export interface BotProcess {
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code (or the signal's name). */
  exited: Promise<number | string>;
  /** Resolves once the log says the HTTP server is listening; gives its URL. */
  listening: Promise<string>;
}

/**
 * Runs `src/main.ts` as a separate process with the given environment: through tsx, or, given
 * `bundle` (a file `scripts/build.mjs` wrote), the bundled JavaScript exactly as `npm start` runs it.
 */
export function startBotProcess(env: Record<string, string>, args: string[] = [], bundle?: string): BotProcess {
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process, and a signal
  // sent to it would not reach the bot itself.
  const entry = bundle ? [bundle] : ["--import", "tsx", "src/main.ts"];
  const child = spawn(process.execPath, [...entry, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  let onListening: (url: string) => void = () => undefined;
  const listening = new Promise<string>((resolveUrl, reject) => {
    onListening = resolveUrl;
    child.once("exit", (code) => reject(new Error(`the bot exited (${code}) before listening:\n${output}`)));
  });
  listening.catch(() => undefined);
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    const match = /Tandem is listening on (http:\/\/[^\s(]+)/.exec(output);
    if (match) onListening(match[1]!);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const exited = new Promise<number | string>((resolveExit) => {
    child.once("exit", (code, signal) => resolveExit(code ?? signal ?? "unknown"));
  });
  return { child, output: () => output, exited, listening };
}

export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
