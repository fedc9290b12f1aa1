import { mkdirSync, rmSync } from "node:fs";
import { migrateIfNeeded } from "../src/storage/migrate";
import { openDatabase, type Database } from "../src/storage/prisma-client";
import { MEETING_JOBS } from "../src/domain/meetings/meeting-service";
import { FakeSlack } from "../test/support/fake-slack";
import { startBotProcess, waitUntil, type BotProcess } from "../test/support/processes";
import { TEST_SIGNING_SECRET } from "../test/support/slack-requests";
import { benchPostgresDatabase } from "./ack-latency";
import { table } from "./support";

/**
 * Reminder fan-out: PAIRS pairs whose sessions are all due at once (two reminders each, one per
 * partner), sent by real bot processes through a fake Slack that enforces a rate limit on
 * chat.postMessage (CEILING messages a second, 429 + Retry-After beyond). For each database
 * (SQLite; PostgreSQL when a server answers at BENCH_POSTGRES_URL) and each way of running — one
 * process, two processes on the same database, two with one killed (kill -9) halfway and started
 * again — it prints the throughput as a share of the ceiling (the baseline: the fastest Slack
 * allows) and how many reminders were lost or sent twice (both must be 0).
 */
const PAIRS = Number(process.env.BENCH_REMINDER_PAIRS ?? 10_000);
const CEILING = Number(process.env.BENCH_REMINDER_CEILING ?? 100);
const TOKEN = "xoxb-bench-token";

type Mode = "one process" | "two processes" | "two, one killed -9 halfway";

async function seed(db: Database): Promise<number> {
  const now = new Date();
  const startsAt = new Date(now.getTime() + 60 * 60_000);
  const coordinator = await db.person.create({
    data: { platform: "slack", workspaceId: "T0TANDEM", userId: "UCOORD", displayName: "Carmen", locale: "es" },
  });
  const cohort = await db.cohort.create({
    data: {
      name: "Bench",
      slug: "bench",
      objective: "",
      learningObjectives: "",
      focusAreas: "",
      skills: [],
      applicationsOpenAt: new Date(now.getTime() - 60 * 86_400_000),
      applicationsCloseAt: new Date(now.getTime() - 30 * 86_400_000),
      startsAt: new Date(now.getTime() - 7 * 86_400_000),
      endsAt: new Date(now.getTime() + 90 * 86_400_000),
      cadenceDays: 14,
      minSessions: 4,
      sessionMinutes: 60,
      plenaryCount: 7,
      attendanceThreshold: 85,
      sponsorRequired: false,
      timeZone: "Europe/Madrid",
      locale: "es",
      mode: "reverse",
      allowMultipleMentees: false,
      avoidSameDepartment: false,
      status: "running",
      createdById: coordinator.id,
    } as never,
  });
  const batch = 1_000;
  for (let from = 0; from < PAIRS; from += batch) {
    const ids = Array.from({ length: Math.min(batch, PAIRS - from) }, (_, i) => from + i);
    await db.person.createMany({
      data: ids.flatMap((i) => [
        {
          id: `mentor-${i}`,
          platform: "slack",
          workspaceId: "T0TANDEM",
          userId: `UM${i}`,
          displayName: `Mentor ${i}`,
          locale: "es",
          timeZone: "Europe/Madrid",
        },
        {
          id: `mentee-${i}`,
          platform: "slack",
          workspaceId: "T0TANDEM",
          userId: `UE${i}`,
          displayName: `Mentee ${i}`,
          locale: "es",
          timeZone: "America/Santiago",
        },
      ]),
    });
    await db.pair.createMany({
      data: ids.map((i) => ({
        id: `pair-${i}`,
        cohortId: cohort.id,
        proposalId: "bench",
        mentorApplicationId: `am-${i}`,
        menteeApplicationId: `ae-${i}`,
        mentorPersonId: `mentor-${i}`,
        menteePersonId: `mentee-${i}`,
        score: 50,
        reasons: [],
      })),
    });
    await db.pairSession.createMany({
      data: ids.map((i) => ({
        id: `session-${i}`,
        pairId: `pair-${i}`,
        status: "scheduled",
        startsAt,
        durationMinutes: 60,
        proposedById: `mentee-${i}`,
        acceptedById: `mentor-${i}`,
      })),
    });
    await db.job.createMany({
      data: ids.flatMap(
        (i) =>
          ["mentor", "mentee"].map((role) => ({
            kind: MEETING_JOBS.remind,
            payload: { sessionId: `session-${i}`, sequence: 0, personId: `${role}-${i}` },
            runAt: now,
            idempotencyKey: `remind:session-${i}:0:${role}-${i}`,
          })) as never,
      ),
    });
  }
  return PAIRS * 2;
}

async function run(label: string, databaseUrl: string, mode: Mode): Promise<(string | number)[]> {
  await migrateIfNeeded(databaseUrl);
  const db = await openDatabase(databaseUrl);
  const expected = await seed(db);
  await db.$disconnect();
  const slack = await new FakeSlack().start();
  slack.rateLimit("chat.postMessage", CEILING, 1_000, 1);
  const env = {
    DATABASE_URL: databaseUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SCHEDULER_TICK_SECONDS: "1",
    JOB_LEASE_SECONDS: "10",
    JOB_CONCURRENCY: "16",
  };
  const bots: BotProcess[] = [startBotProcess(env)];
  if (mode !== "one process") bots.push(startBotProcess(env));
  const keys = () =>
    slack.callsTo("chat.postMessage").map((c) => {
      const metadata = typeof c.args.metadata === "string" ? JSON.parse(c.args.metadata) : c.args.metadata;
      return String(metadata?.event_payload?.key ?? "");
    });
  const delivered = () => new Set(keys()).size;
  await Promise.all(bots.map((bot) => bot.listening));
  const started = performance.now();
  try {
    if (mode === "two, one killed -9 halfway") {
      await waitUntil(() => delivered() >= expected / 2, 3_600_000, "half the reminders");
      bots[0]!.child.kill("SIGKILL");
      await bots[0]!.exited;
      bots.push(startBotProcess(env));
      await bots.at(-1)!.listening;
    }
    await waitUntil(() => delivered() >= expected, 3_600_000, "every reminder");
    // A little longer, to catch late duplicates.
    await new Promise((r) => setTimeout(r, 3_000));
  } finally {
    for (const bot of bots) bot.child.kill("SIGKILL");
  }
  const seconds = (performance.now() - started) / 1000;
  const all = keys();
  const unique = new Set(all);
  const wanted = new Set(
    Array.from({ length: PAIRS }, (_, i) => [
      `remind:session-${i}:0:mentor-${i}`,
      `remind:session-${i}:0:mentee-${i}`,
    ]).flat(),
  );
  const lost = [...wanted].filter((key) => !unique.has(key)).length;
  await slack.stop();
  const rate = expected / seconds;
  return [
    label,
    mode,
    expected,
    seconds.toFixed(1),
    rate.toFixed(1),
    `${((rate / CEILING) * 100).toFixed(0)} %`,
    lost,
    all.length - unique.size,
  ];
}

export async function reminders(): Promise<void> {
  rmSync(".tmp/bench-reminders", { recursive: true, force: true });
  mkdirSync(".tmp/bench-reminders", { recursive: true });
  // BENCH_REMINDER_MODES=one,two,killed and BENCH_REMINDER_DATABASES=sqlite,postgresql pick a part.
  const byName: Record<string, Mode> = {
    one: "one process",
    two: "two processes",
    killed: "two, one killed -9 halfway",
  };
  const modes = (process.env.BENCH_REMINDER_MODES ?? "one,two,killed")
    .split(",")
    .map((name) => byName[name.trim()])
    .filter((m): m is Mode => Boolean(m));
  const databases = (process.env.BENCH_REMINDER_DATABASES ?? "sqlite,postgresql").split(",").map((name) => name.trim());
  const rows: (string | number)[][] = [
    ["database", "processes", "reminders", "seconds", "per second", "of ceiling", "lost", "duplicated"],
  ];
  // Each row as soon as it is measured: a long run cut short still leaves its figures.
  const add = (row: (string | number)[]) => {
    rows.push(row);
    process.stdout.write(`${row.join(" · ")}\n`);
  };
  for (const [index, mode] of modes.entries()) {
    if (databases.includes("sqlite")) add(await run("SQLite", `file:./.tmp/bench-reminders/r${index}.db`, mode));
    const postgres = databases.includes("postgresql")
      ? await benchPostgresDatabase(`tandem_bench_reminders_${index}`)
      : undefined;
    if (postgres) add(await run("PostgreSQL", postgres, mode));
  }
  process.stdout.write(
    `\nReminder fan-out: ${PAIRS} pairs due at once, fake Slack ceiling ${CEILING} chat.postMessage/s\n${table(rows)}\n`,
  );
}
