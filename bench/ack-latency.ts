import { rmSync } from "node:fs";
import pg from "pg";
import { FakeSlack } from "../test/support/fake-slack";
import { SlackRequests, TEST_SIGNING_SECRET } from "../test/support/slack-requests";
import { loadTest, percentiles, residentMiB, startNode, table, waitForHttp, type Latencies } from "./support";

/**
 * Ack latency of `/mentoring help`: Tandem (on SQLite, and on PostgreSQL when a server answers at
 * BENCH_POSTGRES_URL) against a bare Bolt app, same fake Web API, the same 500 signed commands at
 * concurrency 20, in alternating rounds so that all see the same machine load.
 */
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const ROUNDS = 5;
const TOKEN = "xoxb-bench-token";
export const BENCH_POSTGRES_URL = process.env.BENCH_POSTGRES_URL ?? "postgresql://tandem:tandem@127.0.0.1:5432/tandem";

/** A fresh PostgreSQL database for a benchmark, or undefined when no server answers. */
export async function benchPostgresDatabase(name: string): Promise<string | undefined> {
  const admin = new pg.Client({ connectionString: BENCH_POSTGRES_URL, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(BENCH_POSTGRES_URL);
    url.pathname = `/${name}`;
    return url.toString();
  } catch {
    return undefined;
  } finally {
    await admin.end().catch(() => undefined);
  }
}

interface Target {
  label: string;
  port: number;
  process: ReturnType<typeof startNode>;
  health: string;
}

export async function ackLatency(): Promise<void> {
  const slack = await new FakeSlack().start();
  for (let i = 0; i < 50; i++)
    slack.addUser({ id: `UB${i}`, real_name: `Bench ${i}`, locale: i % 2 ? "es-ES" : "en-US" });
  const env = {
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    HOST: "127.0.0.1",
  };
  rmSync(".tmp/bench", { recursive: true, force: true });
  const tandemEnv = { ...env, LOG_LEVEL: "warn", SCHEDULER_ENABLED: "false" };
  const targets: Target[] = [
    {
      label: "bare Bolt",
      port: 3992,
      process: startNode("bench/bare-bolt-app.ts", { ...env, PORT: "3992" }),
      health: "/",
    },
    {
      label: "Tandem, SQLite",
      port: 3991,
      process: startNode("src/main.ts", { ...tandemEnv, PORT: "3991", DATABASE_URL: "file:./.tmp/bench/tandem.db" }),
      health: "/healthz",
    },
  ];
  const postgresUrl = await benchPostgresDatabase("tandem_bench_ack");
  if (postgresUrl) {
    targets.push({
      label: "Tandem, PostgreSQL",
      port: 3993,
      process: startNode("src/main.ts", { ...tandemEnv, PORT: "3993", DATABASE_URL: postgresUrl }),
      health: "/healthz",
    });
  }
  try {
    await Promise.all(targets.map((t) => waitForHttp(`http://127.0.0.1:${t.port}${t.health}`, 60_000)));
    const samples = new Map<Target, number[]>(targets.map((t) => [t, []]));
    const send = (target: Target) => {
      const requests = new SlackRequests(`http://127.0.0.1:${target.port}`, slack);
      return async (i: number) => {
        const { response } = await requests.command({ id: `UB${i % 50}` }, "help");
        if (response.status !== 200) throw new Error(`${target.label} answered ${response.status}`);
      };
    };
    // Warm-up: JIT, database pages, and every bench user's profile cached.
    for (const target of targets) await loadTest(100, CONCURRENCY, send(target));
    await new Promise((r) => setTimeout(r, 500));
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? [...targets].reverse() : targets;
      for (const target of order)
        samples.get(target)!.push(...(await loadTest(TOTAL / ROUNDS, CONCURRENCY, send(target))));
    }
    await new Promise((r) => setTimeout(r, 500));
    const stats = new Map<Target, Latencies>(targets.map((t) => [t, percentiles(samples.get(t)!)]));
    const bare = stats.get(targets[0]!)!;
    const ms = (n: number) => n.toFixed(1);
    const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}×`;
    const rows: (string | number)[][] = [["", "p50", "p95", "p99", "mean", "p99 / bare", "RSS MiB"]];
    for (const target of targets) {
      const s = stats.get(target)!;
      rows.push([
        target.label,
        ms(s.p50),
        ms(s.p95),
        ms(s.p99),
        ms(s.mean),
        target === targets[0] ? "" : ratio(s.p99, bare.p99),
        residentMiB(target.process.pid!).toFixed(0),
      ]);
    }
    const verdicts = targets
      .slice(1)
      .map((t) => `${t.label}: ${stats.get(t)!.p99 <= 1.2 * bare.p99 ? "met" : "NOT met"}`);
    process.stdout.write(
      `\nack latency: ${TOTAL} signed /mentoring help per target at concurrency ${CONCURRENCY} (ms)\n${table(rows)}\n` +
        `aim: Tandem's p99 within 1.2× of the bare app -> ${verdicts.join("; ")}${postgresUrl ? "" : " (no PostgreSQL at BENCH_POSTGRES_URL: run npm run db:up)"}\n`,
    );
  } finally {
    for (const target of targets) target.process.kill("SIGTERM");
    await slack.stop();
  }
}
