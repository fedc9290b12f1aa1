import { pathToFileURL } from "node:url";
import { ackLatency } from "./ack-latency";
import { matching } from "./matching";
import { reminders } from "./reminders";
import { reporting } from "./reporting";
import { startMemory } from "./start-memory";

/** `npm run bench [name]`: every benchmark, or the one named. */
const benches: Record<string, () => Promise<void>> = {
  "ack-latency": ackLatency,
  matching,
  reminders,
  reporting,
  "start-memory": startMemory,
};

async function main(): Promise<void> {
  const wanted = process.argv[2];
  const names = wanted ? [wanted] : Object.keys(benches);
  for (const name of names) {
    const bench = benches[name];
    if (!bench) throw new Error(`No benchmark "${name}". Known: ${Object.keys(benches).join(", ")}`);
    await bench();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    },
  );
}
