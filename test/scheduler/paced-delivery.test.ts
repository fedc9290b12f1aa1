import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { notifyJob, type JobRequest } from "../../src/domain/jobs";
import { MEETING_JOBS } from "../../src/domain/meetings/meetings";
import type { Person } from "../../src/domain/people";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson } from "../support/builders";
import { freshDatabaseUrl } from "../support/database";
import { FakeClock } from "../support/fake-clock";
import { installTeamsUser } from "../support/teams-builders";

const notice = { key: "admin.grantedNotice", vars: { actor: "Carmen" } };
const SECOND = 1_000;

/**
 * A send waits for its slot on the shared fake clock: the clock moves to the slot (never back), as
 * time would while the process slept.
 */
function sleepOn(clock: FakeClock): (ms: number) => Promise<void> {
  return async (ms) => {
    const target = clock.now().getTime() + ms;
    await Promise.resolve();
    if (target > clock.now().getTime()) clock.set(new Date(target));
  };
}

describe("paced delivery: two replicas, one send budget per workspace", () => {
  const clock = new FakeClock("2026-11-23T09:00:00Z");
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    const databaseUrl = await freshDatabaseUrl();
    const env = { SLACK_SEND_RATE: "5", TEAMS_SEND_RATE: "5" };
    first = await startTestApp({ clock, databaseUrl, env, sleep: sleepOn(clock) });
    second = await startTestApp({ clock, databaseUrl, env, sleep: sleepOn(clock) });
  });
  afterAll(async () => {
    await first.stop();
    await second.stop();
  });
  afterEach(() => {
    first.slack.reset();
    second.slack.reset();
  });

  async function people(app: TestApp, prefix: string, count: number): Promise<Person[]> {
    return Promise.all(
      Array.from({ length: count }, (_, i) => createSlackPerson(app.tandem.services, `${prefix}${i}`)),
    );
  }

  it("sends no faster than SLACK_SEND_RATE, whichever replica sends", async () => {
    const a = await people(first, "URATEA", 10);
    const b = await people(first, "URATEB", 10);
    const start = clock.now().getTime();
    await first.tandem.services.jobs.enqueue(a.map((p) => notifyJob(p.id, notice, `rate-a-${p.id}`, clock.now())));
    await second.tandem.services.jobs.enqueue(b.map((p) => notifyJob(p.id, notice, `rate-b-${p.id}`, clock.now())));

    const [one, two] = await Promise.all([first.runJobs(), second.runJobs()]);
    expect(one.done + two.done).toBe(20);
    const sent = [...first.slack.callsTo("chat.postMessage"), ...second.slack.callsTo("chat.postMessage")];
    expect(sent).toHaveLength(20);
    // Twenty messages at five a second: the last goes 3.8 s after the first, not at once.
    const took = clock.now().getTime() - start;
    expect(took).toBeGreaterThanOrEqual(3_800);
    expect(took).toBeLessThan(4_400);
  });

  it("holds every replica when Slack answers 429, for as long as Retry-After says", async () => {
    const [ana, bea] = await people(first, "UHOLD", 2);
    clock.advance(60 * SECOND);
    first.slack.rateLimit("chat.postMessage", 0, 60_000, 30);
    await first.tandem.services.jobs.enqueue([notifyJob(ana!.id, notice, "hold-a", clock.now())]);
    expect(await first.runJobs()).toMatchObject({ done: 0, rateLimited: 1 });

    // The other replica has never been refused, yet it waits too: the next 30 s are Slack's.
    await second.tandem.services.jobs.enqueue([notifyJob(bea!.id, notice, "hold-b", clock.now())]);
    expect(await second.runJobs()).toMatchObject({ done: 0, rateLimited: 1 });
    expect(second.slack.callsTo("chat.postMessage")).toHaveLength(0);
    const waiting = await second.tandem.services.jobRepository.find("hold-b");
    expect(waiting).toMatchObject({ state: "pending", attempts: 0 });
    expect(waiting!.runAt.getTime() - clock.now().getTime()).toBeGreaterThanOrEqual(29 * SECOND);

    first.slack.rateLimit("chat.postMessage", 100, 1_000, 1);
    clock.advance(31 * SECOND);
    const [one, two] = await Promise.all([first.runJobs(), second.runJobs()]);
    expect(one.done + two.done).toBe(2);
    const sent = [...first.slack.callsTo("chat.postMessage"), ...second.slack.callsTo("chat.postMessage")];
    expect(sent.map((call) => call.args.metadata.event_payload.key).sort()).toEqual(["hold-a", "hold-b"]);
  });

  it("sends what is due at a time before what can wait", async () => {
    clock.advance(60 * SECOND);
    const now = clock.now();
    const earlier = new Date(now.getTime() - 60 * SECOND);
    const notices: JobRequest[] = [1, 2, 3].map((i) => ({ ...notifyJob("nobody", notice, `wait-${i}`, earlier) }));
    const reminders: JobRequest[] = [1, 2].map((i) => ({
      kind: MEETING_JOBS.remind,
      payload: { sessionId: `s-${i}`, sequence: 0, personId: "nobody" },
      runAt: now,
      idempotencyKey: `due-${i}`,
    }));
    await first.tandem.services.jobs.enqueue([...notices, ...reminders]);
    const claimed = await first.tandem.services.jobRepository.claim("w1", now, new Date(now.getTime() + 60_000), 2);
    expect(claimed.map((job) => job.idempotencyKey).sort()).toEqual(["due-1", "due-2"]);
    const rest = await first.tandem.services.jobRepository.claim("w1", now, new Date(now.getTime() + 60_000), 5);
    expect(rest.map((job) => job.idempotencyKey).sort()).toEqual(["wait-1", "wait-2", "wait-3"]);
    for (const job of [...claimed, ...rest]) await first.tandem.services.jobRepository.complete(job.id, "w1", now);
  });

  it("starts a wave early enough to end on time, and keeps a lone message to its time", async () => {
    clock.advance(10 * 60 * SECOND);
    const [ana] = await people(first, "UWAVE", 1);
    const start = clock.now().getTime();
    const dueIn30s = new Date(start + 30 * SECOND);
    const lone = {
      ...notifyJob(ana!.id, notice, "lone", new Date(start + 60 * 60 * SECOND)),
      earliestAt: new Date(start),
    };
    await first.tandem.services.jobs.enqueue([lone]);
    expect(await first.runJobs()).toMatchObject({ done: 0 });
    expect(first.slack.callsTo("chat.postMessage")).toHaveLength(0);

    // 200 messages due in 30 s need 40 s at five a second: they start now, within their window.
    const wave = Array.from({ length: 200 }, (_, i) => ({
      ...notifyJob(ana!.id, notice, `wave-${i}`, dueIn30s),
      earliestAt: new Date(start),
    }));
    await first.tandem.services.jobs.enqueue(wave);
    const result = await first.runJobs();
    expect(result.done).toBe(200);
    // Started at once: done 40 s after the start, where waiting for the due time would end at 70 s.
    const took = clock.now().getTime() - start;
    expect(took).toBeGreaterThanOrEqual(39 * SECOND);
    expect(took).toBeLessThan(45 * SECOND);
    // The lone message still waits for its hour.
    expect(await first.tandem.services.jobRepository.find("lone")).toMatchObject({ state: "pending" });
  });
});

describe("paced delivery in Teams", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it("retries a 412 from the connector with back-off, as Teams asks under load, instead of losing it", async () => {
    const ana = await installTeamsUser(
      app,
      { id: "29:ana412", aadObjectId: "aad-ana412", name: "Ana" },
      { locale: "en-US", timeZone: "Europe/Madrid" },
    );
    // The welcome may still be on its way: the failure is meant for the job's send.
    await app.tandem.idle(5_000);
    const before = app.teams.sent.length;
    await app.tandem.services.jobs.enqueue([notifyJob(ana.id, notice, "teams-412", app.clock.now())]);
    app.teams.failNext(1, 412);
    expect(await app.runJobs()).toMatchObject({ done: 0, retried: 1, failed: 0 });
    app.clock.advance(10 * SECOND);
    expect(await app.runJobs()).toMatchObject({ done: 1 });
    expect(app.teams.sent.slice(before).map((s) => s.activity.text)).toContain(
      "Carmen made you a coordinator in Tandem. Type **help** to see what you can do.",
    );
  });
});
