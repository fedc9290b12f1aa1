import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyJob } from "../../src/domain/jobs";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson } from "../support/builders";

const notice = { key: "admin.grantedNotice", vars: { actor: "Carmen" } };

describe("durable jobs", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());
  afterEach(() => app.slack.reset());

  it("creates one job per idempotency key, however often it is enqueued", async () => {
    const ana = await createSlackPerson(app.tandem.services, "UIDEM");
    const now = app.clock.now();
    const job = notifyJob(ana.id, notice, "idempotent-1", now);
    expect(await app.tandem.services.jobs.enqueue([job, job])).toBe(1);
    expect(await app.tandem.services.jobs.enqueue([job])).toBe(0);
    await app.runJobs();
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("runs a job when its time comes, not before", async () => {
    const ana = await createSlackPerson(app.tandem.services, "ULATER");
    const inOneHour = new Date(app.clock.now().getTime() + 60 * 60_000);
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "later-1", inOneHour)]);
    await app.runJobs();
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(0);
    app.clock.advance(60 * 60_000);
    await app.runJobs();
    const sent = app.slack.callsTo("chat.postMessage");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.args.text).toBe(
      "Carmen made you a coordinator in Tandem. Type `/mentoring help` to see what you can do.",
    );
    expect(sent[0]!.args.metadata).toEqual({ event_type: "tandem_delivery", event_payload: { key: "later-1" } });
  });

  it("retries after a Slack 5xx with back-off, and sends once", async () => {
    const ana = await createSlackPerson(app.tandem.services, "URETRY");
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "retry-1", app.clock.now())]);
    app.slack.failNext("chat.postMessage", 503);
    const first = await app.runJobs();
    expect(first).toMatchObject({ done: 0, retried: 1 });
    const waiting = await app.tandem.services.jobRepository.find("retry-1");
    expect(waiting).toMatchObject({ state: "pending", attempts: 1 });
    expect(waiting!.runAt.getTime()).toBeGreaterThan(app.clock.now().getTime());
    expect(waiting!.lastError).toContain("503");

    await app.runJobs();
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(0);
    app.clock.advance(10_000);
    expect(await app.runJobs()).toMatchObject({ done: 1 });
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });

  it("waits for Retry-After on a 429 without counting it as a failed attempt", async () => {
    const people = await Promise.all(["URL1", "URL2", "URL3"].map((id) => createSlackPerson(app.tandem.services, id)));
    app.slack.rateLimit("chat.postMessage", 1, 60_000, 30);
    await app.tandem.services.jobs.enqueue(
      people.map((p, i) => notifyJob(p.id, notice, `limited-${i}`, app.clock.now())),
    );
    const first = await app.runJobs();
    expect(first.done).toBe(1);
    expect(first.rateLimited).toBeGreaterThanOrEqual(1);
    const held = (await app.tandem.services.jobRepository.list({ state: "pending" })).filter((j) =>
      j.idempotencyKey.startsWith("limited-"),
    );
    expect(held.length).toBe(2);
    for (const job of held) {
      expect(job.attempts).toBe(0);
      expect(job.runAt.getTime() - app.clock.now().getTime()).toBeGreaterThanOrEqual(29_000);
    }
    app.slack.rateLimit("chat.postMessage", 100, 1_000, 1);
    app.clock.advance(31_000);
    expect((await app.runJobs()).done).toBe(2);
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(3);
  });

  it("keeps a job that fails for good, with its error, for a coordinator to see", async () => {
    const ana = await createSlackPerson(app.tandem.services, "UGONE");
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "gone-1", app.clock.now())]);
    app.slack.failNext("chat.postMessage", 200, 1, "channel_not_found");
    expect(await app.runJobs()).toMatchObject({ failed: 1 });
    const failed = await app.tandem.services.jobRepository.find("gone-1");
    expect(failed).toMatchObject({ state: "failed" });
    expect(failed!.lastError).toContain("channel_not_found");
  });

  it("gives up after the last attempt of a job that keeps failing", async () => {
    const ana = await createSlackPerson(app.tandem.services, "UFLAKY");
    await app.tandem.services.jobs.enqueue([
      { ...notifyJob(ana.id, notice, "flaky-1", app.clock.now()), maxAttempts: 2 },
    ]);
    app.slack.failNext("chat.postMessage", 500, 5);
    await app.runJobs();
    app.clock.advance(60_000);
    await app.runJobs();
    expect(await app.tandem.services.jobRepository.find("flaky-1")).toMatchObject({ state: "failed", attempts: 2 });
  });

  it("fails a job whose payload is not what its kind expects", async () => {
    await app.tandem.services.jobs.enqueue([
      { kind: "notify", payload: { nobody: true }, runAt: app.clock.now(), idempotencyKey: "bad-payload" },
    ]);
    expect(await app.runJobs()).toMatchObject({ failed: 1 });
    expect((await app.tandem.services.jobRepository.find("bad-payload"))!.lastError).toContain("Invalid payload");
  });

  it("runs again a job whose process died holding it, once its lease expires", async () => {
    const ana = await createSlackPerson(app.tandem.services, "ULEASE");
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "lease-1", app.clock.now())]);
    const now = app.clock.now();
    const claimed = await app.tandem.services.jobRepository.claim(
      "dead-worker",
      now,
      new Date(now.getTime() + 120_000),
      10,
    );
    expect(claimed.map((j) => j.idempotencyKey)).toContain("lease-1");
    await app.runJobs();
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(0);
    app.clock.advance(121_000);
    await app.runJobs();
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(1);
    expect(await app.tandem.services.jobRepository.find("lease-1")).toMatchObject({ state: "done", attempts: 2 });
  });

  it("does not send again a message that went out just before its process died", async () => {
    const ana = await createSlackPerson(app.tandem.services, "UCRASH");
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "crash-1", app.clock.now())]);
    // The dead process had recorded the intent, and Slack had accepted the message.
    const channel = `D${ana.userId}`;
    await app.tandem.services.deliveries.beginSending("crash-1", "slack", channel, new Date());
    app.slack.messages.push({
      ts: `${Math.floor(Date.now() / 1000)}.000001`,
      channel,
      text: "sent before the crash",
      metadata: { event_type: "tandem_delivery", event_payload: { key: "crash-1" } },
    });

    await app.runJobs();
    expect(app.slack.callsTo("conversations.history")).toHaveLength(1);
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(0);
    expect(await app.tandem.services.jobRepository.find("crash-1")).toMatchObject({ state: "done" });
  });

  it("sends again a message whose send never reached Slack before the crash", async () => {
    const ana = await createSlackPerson(app.tandem.services, "UNOTSENT");
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "crash-2", app.clock.now())]);
    await app.tandem.services.deliveries.beginSending("crash-2", "slack", `D${ana.userId}`, new Date());
    await app.runJobs();
    expect(app.slack.callsTo("conversations.history")).toHaveLength(1);
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(1);
  });
});

describe("two workers on one database", () => {
  let app: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { JOB_CONCURRENCY: "4" } });
    second = await startTestApp({
      databaseUrl: app.databaseUrl,
      env: { JOB_CONCURRENCY: "4", SLACK_API_URL: app.slack.apiUrl },
    });
  });
  afterAll(async () => {
    await second.stop();
    await app.stop();
  });

  it("share the due jobs and never run one twice", async () => {
    const services = app.tandem.services;
    const people = await Promise.all(Array.from({ length: 60 }, (_, i) => createSlackPerson(services, `USHARE${i}`)));
    app.slack.reset();
    app.slack.latencyMs = 5;
    await services.jobs.enqueue(people.map((p) => notifyJob(p.id, notice, `shared-${p.userId}`, app.clock.now())));
    const [a, b] = await Promise.all([app.runJobs(), second.runJobs()]);
    expect(a.done + b.done).toBe(60);
    expect(a.done).toBeGreaterThan(0);
    expect(b.done).toBeGreaterThan(0);
    const keys = app.slack.callsTo("chat.postMessage").map((c) => c.args.metadata.event_payload.key);
    expect(keys).toHaveLength(60);
    expect(new Set(keys).size).toBe(60);
  });
});
