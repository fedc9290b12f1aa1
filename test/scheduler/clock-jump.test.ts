import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyJob } from "../../src/domain/jobs";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson } from "../support/builders";

const notice = { key: "admin.grantedNotice", vars: { actor: "Carmen" } };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Issue 18: a laptop asleep for a week (the clock jumps) must not flood the log or stall the bot. */
describe("a host that sleeps", () => {
  let app: TestApp;

  beforeAll(async () => {
    // The real timer ticks every second; the clock it reads is the fake one, which jumps.
    app = await startTestApp({ startScheduler: true, env: { SCHEDULER_TICK_SECONDS: "1" } });
  });
  afterAll(() => app.stop());

  it("after the clock jumps a week, runs what became due once and says so in one line", async () => {
    const ana = await createSlackPerson(app.tandem.services, "USLEEP");
    const day = 24 * 60 * 60_000;
    const start = app.clock.now().getTime();
    await app.tandem.services.jobs.enqueue([
      notifyJob(ana.id, notice, "sleep-3-days", new Date(start + 3 * day)),
      notifyJob(ana.id, notice, "sleep-6-days", new Date(start + 6 * day)),
      notifyJob(ana.id, notice, "sleep-8-days", new Date(start + 8 * day)),
    ]);
    await sleep(1_300);
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(0);

    app.clock.advance(7 * day);
    await sleep(3_500);
    expect(app.slack.callsTo("chat.postMessage")).toHaveLength(2);
    expect((await app.tandem.services.jobRepository.find("sleep-8-days"))?.state).toBe("pending");

    const lines = app.log.lines();
    const jumps = lines.filter((l) => l.includes("the clock jumped"));
    expect(jumps).toHaveLength(1);
    expect(jumps[0]).toContain("7 days");
    expect(lines.filter((l) => /missed execution/i.test(l))).toEqual([]);
  }, 15_000);
});
