import { rmSync } from "node:fs";
import { FakeSlack } from "../test/support/fake-slack";
import { SlackRequests, TEST_SIGNING_SECRET } from "../test/support/slack-requests";
import { loadTest, percentiles, residentMiB, startNode, table, waitForHttp } from "./support";

/**
 * Ack latency of `/mentoring help`: Tandem against a bare Bolt app, same fake Web API, same 500
 * signed commands at concurrency 20, in alternating rounds so both see the same machine load.
 */
const TOTAL = Number(process.env.BENCH_REQUESTS ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const ROUNDS = 5;
const TOKEN = "xoxb-bench-token";

export async function ackLatency(): Promise<void> {
  const slack = await new FakeSlack().start();
  for (let i = 0; i < 50; i++) slack.addUser({ id: `UB${i}`, real_name: `Bench ${i}`, locale: i % 2 ? "es-ES" : "en-US" });
  const env = { SLACK_BOT_TOKEN: TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, HOST: "127.0.0.1" };
  rmSync(".tmp/bench", { recursive: true, force: true });
  const tandem = startNode("src/main.ts", { ...env, PORT: "3991", LOG_LEVEL: "warn", DATABASE_URL: "file:./.tmp/bench/tandem.db", SCHEDULER_ENABLED: "false" });
  const bare = startNode("bench/bare-bolt-app.ts", { ...env, PORT: "3992" });
  try {
    await Promise.all([waitForHttp("http://127.0.0.1:3991/healthz"), waitForHttp("http://127.0.0.1:3992/")]);
    const targets = {
      bare: new SlackRequests("http://127.0.0.1:3992", slack),
      tandem: new SlackRequests("http://127.0.0.1:3991", slack),
    };
    const samples: Record<keyof typeof targets, number[]> = { bare: [], tandem: [] };
    const send = (name: keyof typeof targets) => async (i: number) => {
      const { response } = await targets[name].command({ id: `UB${i % 50}` }, "help");
      if (response.status !== 200) throw new Error(`${name} answered ${response.status}`);
    };
    // Warm-up: JIT, database pages, and every bench user's profile cached.
    await loadTest(100, CONCURRENCY, send("bare"));
    await loadTest(100, CONCURRENCY, send("tandem"));
    await new Promise((r) => setTimeout(r, 500));
    for (let round = 0; round < ROUNDS; round++) {
      for (const name of round % 2 ? (["tandem", "bare"] as const) : (["bare", "tandem"] as const)) {
        samples[name].push(...(await loadTest(TOTAL / ROUNDS, CONCURRENCY, send(name))));
      }
    }
    await new Promise((r) => setTimeout(r, 500));
    const b = percentiles(samples.bare);
    const t = percentiles(samples.tandem);
    const ms = (n: number) => n.toFixed(1);
    const ratio = (x: number, y: number) => `${(x / y).toFixed(2)}×`;
    process.stdout.write(
      `\nack latency: ${TOTAL} signed /mentoring help at concurrency ${CONCURRENCY} (ms)\n` +
        table([
          ["", "p50", "p95", "p99", "mean", "RSS MiB"],
          ["bare Bolt", ms(b.p50), ms(b.p95), ms(b.p99), ms(b.mean), residentMiB(bare.pid!).toFixed(0)],
          ["Tandem", ms(t.p50), ms(t.p95), ms(t.p99), ms(t.mean), residentMiB(tandem.pid!).toFixed(0)],
          ["Tandem / bare", ratio(t.p50, b.p50), ratio(t.p95, b.p95), ratio(t.p99, b.p99), ratio(t.mean, b.mean), ""],
        ]) +
        `\naim: Tandem's p99 within 1.2× of the bare app -> ${t.p99 <= 1.2 * b.p99 ? "met" : "NOT met"}\n`,
    );
  } finally {
    tandem.kill("SIGTERM");
    bare.kill("SIGTERM");
    await slack.stop();
  }
}
