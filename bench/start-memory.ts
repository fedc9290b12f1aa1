import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import { build } from "esbuild";
import { FakeSlack } from "../test/support/fake-slack";
import { TEST_SIGNING_SECRET } from "../test/support/slack-requests";
import { residentMiB, table, waitForHttp } from "./support";

/**
 * Resident memory after start-up (issue 18: at most 2× a bare Bolt app). Each process is started
 * RUNS times, asked once for its health page, given a second to settle, and measured from /proc.
 * Tandem is measured as `npm start` runs it (bundled by scripts/build.mjs) and as
 * `npm run dev` does (tsx); the bare app both ways too, so each ratio compares like with like.
 */
const RUNS = Number(process.env.BENCH_MEMORY_RUNS ?? 3);
const DIR = ".tmp/bench-memory";

interface Target {
  label: string;
  args: string[];
  env: Record<string, string>;
  health: string;
}

export async function startMemory(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const slack = await new FakeSlack().start();
  const bareBundle = `${DIR}/bare-bolt-app.js`;
  const tandemBundle = `${DIR}/main.js`;
  await build({
    entryPoints: ["bench/bare-bolt-app.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    outfile: bareBundle,
    logLevel: "warning",
  });
  await run(process.execPath, ["scripts/build.mjs", tandemBundle]);
  const env = {
    SLACK_BOT_TOKEN: "xoxb-bench-token",
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    HOST: "127.0.0.1",
    PORT: "3995",
  };
  const tandem = { ...env, LOG_LEVEL: "warn", DATABASE_URL: `file:./${DIR}/tandem.db` };
  const targets: Target[] = [
    { label: "bare Bolt (bundled)", args: [bareBundle], env, health: "/" },
    { label: "Tandem, npm start (bundled)", args: [tandemBundle], env: tandem, health: "/healthz" },
    { label: "bare Bolt (tsx)", args: ["--import", "tsx", "bench/bare-bolt-app.ts"], env, health: "/" },
    { label: "Tandem, npm run dev (tsx)", args: ["--import", "tsx", "src/main.ts"], env: tandem, health: "/healthz" },
  ];
  const medians = new Map<string, number>();
  try {
    for (const target of targets) {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await measure(target));
      samples.sort((a, b) => a - b);
      medians.set(target.label, samples[Math.floor(samples.length / 2)]!);
    }
  } finally {
    await slack.stop();
  }
  const ratio = (label: string, bare: string) => (medians.get(label)! / medians.get(bare)!).toFixed(2);
  const rows: (string | number)[][] = [["", "RSS MiB (median)", "÷ bare Bolt, same runtime"]];
  for (const target of targets) {
    const bare = target.label.endsWith("(bundled)") ? targets[0]!.label : targets[2]!.label;
    rows.push([
      target.label,
      medians.get(target.label)!.toFixed(0),
      target.label.startsWith("bare") ? "" : ratio(target.label, bare),
    ]);
  }
  process.stdout.write(`\nResident memory after start-up, ${RUNS} runs each (aim: at most 2× bare Bolt)\n`);
  process.stdout.write(`${table(rows)}\n`);
}

async function measure(target: Target): Promise<number> {
  const child = spawn(process.execPath, target.args, {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...target.env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  try {
    await waitForHttp(`http://127.0.0.1:${target.env.PORT}${target.health}`, 60_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    return residentMiB(child.pid!);
  } finally {
    await stop(child);
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGKILL");
  });
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    spawn(command, args, { stdio: "inherit" }).once("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`)),
    );
  });
}
