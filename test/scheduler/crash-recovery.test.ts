import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyJob } from "../../src/domain/jobs";
import { JobRepository } from "../../src/storage/job-repository";
import { openDatabase, type Database } from "../../src/storage/prisma-client";
import { TEST_BOT_TOKEN } from "../support/app";
import { freshDatabaseUrl } from "../support/database";
import { FakeSlack } from "../support/fake-slack";
import { startBotProcess, waitUntil, type BotProcess } from "../support/processes";
import { TEST_SIGNING_SECRET } from "../support/slack-requests";

const JOBS = 2_000;

describe("two bot processes on one database, one killed with kill -9 mid-run", () => {
  let slack: FakeSlack;
  let db: Database;
  let databaseUrl: string;
  const bots: BotProcess[] = [];

  beforeAll(async () => {
    slack = await new FakeSlack().start();
    slack.latencyMs = 25;
    databaseUrl = await freshDatabaseUrl();
    db = await openDatabase(databaseUrl);
    const jobs = new JobRepository(db, databaseUrl.startsWith("file:") ? "sqlite" : "postgresql");
    const now = new Date();
    const people = Array.from({ length: JOBS }, (_, i) => ({
      id: `person-${i}`,
      platform: "slack",
      workspaceId: "T0TANDEM",
      userId: `UK${i}`,
      displayName: `P${i}`,
      locale: "es",
    }));
    await db.person.createMany({ data: people });
    await jobs.enqueue(
      people.map((person, i) =>
        notifyJob(person.id, { key: "admin.grantedNotice", vars: { actor: "Carmen" } }, `kill-test-${i}`, now),
      ),
      now,
    );
  });

  afterAll(async () => {
    for (const bot of bots) bot.child.kill("SIGKILL");
    await db.$disconnect();
    await slack.stop();
  });

  it("sends every message exactly once", async () => {
    const env = {
      DATABASE_URL: databaseUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      SLACK_BOT_TOKEN: TEST_BOT_TOKEN,
      SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      SCHEDULER_TICK_SECONDS: "1",
      JOB_LEASE_SECONDS: "5",
      JOB_CONCURRENCY: "8",
      // About crashes, not pace: Slack's pace would make 2,000 messages take minutes.
      SLACK_SEND_RATE: "1000",
    };
    bots.push(startBotProcess(env), startBotProcess(env));
    await Promise.all(bots.map((bot) => bot.listening));
    const posted = () => slack.callsTo("chat.postMessage").length;

    await waitUntil(() => posted() >= JOBS / 4, 30_000, "a quarter of the messages");
    bots[0]!.child.kill("SIGKILL");
    expect(await bots[0]!.exited).toBe("SIGKILL");
    expect(posted()).toBeLessThan(JOBS);
    // The dead process was holding jobs: only their lease expiring can get them done.
    const orphaned = await db.job.count({
      where: { state: "running", lockedBy: { startsWith: `${bots[0]!.child.pid}-` } },
    });
    expect(orphaned).toBeGreaterThan(0);

    await waitUntil(
      async () => (await db.job.count({ where: { state: "done" } })) === JOBS,
      60_000,
      "every job to be done",
    );
    const keys = slack.callsTo("chat.postMessage").map((call) => call.args.metadata.event_payload.key as string);
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    expect([...counts.values()].filter((n) => n > 1)).toEqual([]);
    expect(counts.size).toBe(JOBS);
    expect(await db.job.count({ where: { state: { not: "done" } } })).toBe(0);

    bots[1]!.child.kill("SIGTERM");
    expect(await bots[1]!.exited).toBe(0);
  }, 120_000);
});
