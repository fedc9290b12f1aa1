import { afterEach, vi } from "vitest";
import { takeFakeProblems } from "./support/fake-problems";

// Noise is a bug: a test that makes anything write to console.error fails. The files of one worker
// share their modules (isolate: false) and this file runs again before each of them: the printed
// lines are kept on globalThis and console.error is replaced once.
const KEY = Symbol.for("tandem.console-errors");
const holder = globalThis as unknown as Record<symbol, unknown[][] | undefined>;
const consoleErrors = (holder[KEY] ??= []);
if (!vi.isMockFunction(console.error)) {
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
}

afterEach(() => {
  const refused = [...new Set(takeFakeProblems())];
  if (refused.length > 0)
    throw new Error(
      `the fake platforms found ${refused.length} problem(s) in what the app sent:\n${refused.join("\n")}`,
    );
  if (consoleErrors.length > 0) {
    const printed = consoleErrors.splice(0).map((args) => args.map(String).join(" "));
    throw new Error(`console.error was called during the test:\n${printed.join("\n")}`);
  }
});

/**
 * For the rare test where a library prints by itself (botbuilder writes to console.error when it
 * meets a forged token): takes what was printed so far, for the test to check instead.
 */
export function takeConsoleErrors(): string[] {
  return consoleErrors.splice(0).map((args) => args.map(String).join(" "));
}
