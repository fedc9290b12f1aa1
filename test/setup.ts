import { afterEach, vi } from "vitest";

// Noise is a bug: a test that makes anything write to console.error fails.
const consoleErrors: unknown[][] = [];
vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
  consoleErrors.push(args);
});

afterEach(() => {
  if (consoleErrors.length > 0) {
    const printed = consoleErrors.splice(0).map((args) => args.map(String).join(" "));
    throw new Error(`console.error was called during the test:\n${printed.join("\n")}`);
  }
});
