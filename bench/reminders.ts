import { mkdirSync, rmSync } from "node:fs";
import { migrateIfNeeded } from "../src/storage/migrate";
import { openDatabase, type Database } from "../src/storage/prisma-client";
import { MEETING_JOBS } from "../src/domain/meetings/meetings";
import { FakeSlack } from "../test/support/fake-slack";
import { startBotProcess, waitUntil, type BotProcess } from "../test/support/processes";
import { TEST_SIGNING_SECRET } from "../test/support/slack-requests";
import { benchPostgresDatabase } from "./ack-latency";
import { percentiles, table } from "./support";

/**
 * A reminder wave: PAIRS pairs whose day-before reminders (two each, one per partner, mentors in
 * Madrid and mentees in Santiago) all fall due within the same hour, sent by real bot processes
 * through a fake Slack that refuses more than CEILING chat.postMessage a second, counted over a
 * sliding minute as Slack counts its workspace allowance (429 + Retry-After). Each reminder may go
 * up to an hour early, as the domain allows. The bots run on a clock SPEED times faster than the
 * wall (TANDEM_BENCH_CLOCK), so an hour's wave takes minutes; every figure below is in the bots'
 * time. For each database (SQLite; PostgreSQL when a server answers at BENCH_POSTGRES_URL) and
 * each way of running (one process, two on the same database, two with one killed -9 halfway and
 * started again) it prints messages a second against the ceiling (goal >= 90 %), lateness against
 * each reminder's due time (goal p95 <= 30 min), 429s received, and reminders lost or sent twice
 * (goal 0 and 0).
 */
const PAIRS = Number(process.env.BENCH_REMINDER_PAIRS ?? 10_000);
const CEILING = Number(process.env.BENCH_REMINDER_CEILING ?? 5);
const SPEED = Number(process.env.BENCH_REMINDER_SPEED ?? 10);
const TOKEN = "xoxb-bench-token";
const MINUTE = 60_000;

type Mode = "one process" | "two processes" | "two, one killed -9 halfway";

/** When each reminder is due: spread over one hour, starting an hour after `origin`. */
function dueAt(origin: number, index: number): number {
  return origin + 60 * MINUTE + (index % 60) * MINUTE;
}

async function seed(db: Database, origin: number): Promise<number> {
  const now = new Date(origin);
  // The sessions are tomorrow; their reminders are today's wave.
  const startsAt = new Date(origin + 26 * 60 * MINUTE);
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
            runAt: new Date(dueAt(origin, i)),
            earliestAt: new Date(dueAt(origin, i) - 60 * MINUTE),
            priority: 1,
            idempotencyKey: `remind:session-${i}:0:${role}-${i}`,
          })) as never,
      ),
    });
  }
  return PAIRS * 2;
}

async function run(label: string, databaseUrl: string, mode: Mode): Promise<(string | number)[]> {
  // The wave's clock starts once the database is seeded and the bots are up (nothing is ready before).
  const origin = Date.now() + 10_000 + PAIRS * 3;
  await migrateIfNeeded(databaseUrl);
  const db = await openDatabase(databaseUrl);
  const expected = await seed(db, origin);
  await db.$disconnect();
  const slack = await new FakeSlack().start();
  // Slack's workspace-wide allowance is counted per minute ("a few hundred a minute"): CEILING a
  // second over a sliding minute of the bots' time, 429 + Retry-After beyond.
  slack.rateLimit("chat.postMessage", CEILING * 60, 60_000 / SPEED, 1);
  const env = {
    DATABASE_URL: databaseUrl,
    PORT: "0",
    HOST: "127.0.0.1",
    // "info": the bots say "Tandem is listening" at that level.
    LOG_LEVEL: "info",
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SLACK_SEND_RATE: String(CEILING),
    SCHEDULER_TICK_SECONDS: "1",
    JOB_LEASE_SECONDS: "60",
    JOB_CONCURRENCY: "16",
    TANDEM_BENCH_CLOCK: `${SPEED}@${origin}`,
  };
  const botTime = (wall: number) => origin + (wall - origin) * SPEED;
  const bots: BotProcess[] = [startBotProcess(env)];
  if (mode !== "one process") bots.push(startBotProcess(env));
  const posted = () =>
    slack.callsTo("chat.postMessage").map((c) => {
      const metadata = typeof c.args.metadata === "string" ? JSON.parse(c.args.metadata) : c.args.metadata;
      return { key: String(metadata?.event_payload?.key ?? ""), at: botTime(c.at) };
    });
  const delivered = () => new Set(posted().map((p) => p.key)).size;
  await Promise.all(bots.map((bot) => bot.listening));
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
  const all = posted();
  const first = new Map<string, number>();
  for (const p of all) if (!first.has(p.key)) first.set(p.key, p.at);
  const wanted = Array.from({ length: PAIRS }, (_, i) => [
    [`remind:session-${i}:0:mentor-${i}`, dueAt(origin, i)],
    [`remind:session-${i}:0:mentee-${i}`, dueAt(origin, i)],
  ]).flat() as [string, number][];
  const lost = wanted.filter(([key]) => !first.has(key)).length;
  const lateness = wanted
    .filter(([key]) => first.has(key))
    .map(([key, due]) => (first.get(key)! - due) / MINUTE)
    .sort((a, b) => a - b);
  const sentAt = [...first.values()];
  const seconds = (Math.max(...sentAt) - Math.min(...sentAt)) / 1_000;
  // The pace: the median minute from the first send to the last, idle minutes included. (The
  // wave's last few reminders go at their due times, one by one; the median is not moved by them.)
  const firstMinute = Math.floor(Math.min(...sentAt) / MINUTE);
  const minutesCount = new Array<number>(Math.floor(Math.max(...sentAt) / MINUTE) - firstMinute + 1).fill(0);
  for (const at of sentAt) minutesCount[Math.floor(at / MINUTE) - firstMinute]! += 1;
  const busyMinutes = minutesCount.sort((a, b) => a - b);
  const limited = slack.callsTo("chat.postMessage:rate_limited").length;
  await slack.stop();
  const rate = percentiles(busyMinutes).p50 / 60;
  const late = percentiles(lateness);
  const minutes = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;
  return [
    label,
    mode,
    expected,
    (seconds / 60).toFixed(1),
    rate.toFixed(2),
    `${((rate / CEILING) * 100).toFixed(0)} %`,
    minutes(late.p50),
    minutes(late.p95),
    minutes(lateness.at(-1) ?? Number.NaN),
    limited,
    lost,
    all.length - first.size,
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
    [
      "database",
      "processes",
      "reminders",
      "minutes",
      "per second (median minute)",
      "of ceiling",
      "late p50 (min)",
      "p95",
      "max",
      "429s",
      "lost",
      "duplicated",
    ],
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
    `\nReminder wave: ${PAIRS * 2} reminders due within one hour, fake Slack ceiling ${CEILING} chat.postMessage/s, bots' clock x${SPEED}\n${table(rows)}\n`,
  );
}
