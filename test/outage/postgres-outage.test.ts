import { execFileSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemClock } from "../../src/domain/clock";
import { notifyJob } from "../../src/domain/jobs";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson } from "../support/builders";
import { waitUntil } from "../support/processes";

// npm run test:outage: stops the local PostgreSQL server for 30 seconds while the bot runs.
const cluster = execFileSync("pg_lsclusters", ["-h"], { encoding: "utf8" })
  .split("\n")
  .map((line) => line.trim().split(/\s+/))
  .find((fields) => fields[1] === "main")!;
const pg = (action: "stop" | "start") =>
  execFileSync("pg_ctlcluster", [cluster[0]!, "main", action, ...(action === "stop" ? ["-m", "fast"] : [])]);
const online = () =>
  execFileSync("pg_lsclusters", ["-h"], { encoding: "utf8" }).includes(" main ") &&
  /\bonline\b/.test(execFileSync("pg_lsclusters", ["-h"], { encoding: "utf8" }));

const OUTAGE_MS = 30_000;

describe("PostgreSQL stops for 30 seconds while the bot runs", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({
      clock: systemClock,
      startScheduler: true,
      env: { SCHEDULER_TICK_SECONDS: "1", JOB_LEASE_SECONDS: "5" },
    });
    app.slack.addUser({ id: "UDURING", real_name: "During", locale: "en-US" });
    app.slack.addUser({ id: "UAFTER", real_name: "After", locale: "en-US" });
  });
  afterAll(async () => {
    if (!online()) pg("start");
    await app.stop();
  });

  it("answers politely, reports 503, recovers by itself and loses no job", async () => {
    const services = app.tandem.services;
    const people = await Promise.all(Array.from({ length: 40 }, (_, i) => createSlackPerson(services, `UOUT${i}`)));
    const now = Date.now();
    await services.jobs.enqueue(
      people.map((p, i) =>
        notifyJob(
          p.id,
          { key: "admin.grantedNotice", vars: { actor: "C" } },
          `outage-${i}`,
          new Date(i < 20 ? now : now + 10_000),
        ),
      ),
    );
    const delivered = () =>
      new Set(app.slack.callsTo("chat.postMessage").map((c) => c.args.metadata.event_payload.key)).size;
    await waitUntil(() => delivered() >= 20, 20_000, "the first 20 notices");

    pg("stop");
    const stoppedAt = Date.now();
    const health = await fetch(`${app.tandem.url}/healthz`);
    expect(health.status).toBe(503);
    const command = await app.requests.command({ id: "UDURING" }, "help");
    expect(command.response.status).toBe(200);
    const reply = await app.requests.replyTo(command, 15_000);
    expect(reply.text).toBe("I cannot reach my data right now. Please try again in a minute.");

    await new Promise((r) => setTimeout(r, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));
    pg("start");
    await waitUntil(
      async () => (await fetch(`${app.tandem.url}/healthz`)).status === 200,
      30_000,
      "/healthz to answer 200 again",
    );
    await waitUntil(() => delivered() === 40, 60_000, "every notice, including those due during the outage");

    const done = () => services.db.job.count({ where: { idempotencyKey: { startsWith: "outage-" }, state: "done" } });
    await waitUntil(async () => (await done()) === 40, 30_000, "every job to be marked done");
    const keys = app.slack.callsTo("chat.postMessage").map((c) => c.args.metadata.event_payload.key as string);
    expect(keys.length).toBe(40);

    const after = await app.requests.command({ id: "UAFTER" }, "help");
    expect(JSON.stringify((await app.requests.replyTo(after)).blocks)).toContain("/mentoring help");
  }, 180_000);
});
