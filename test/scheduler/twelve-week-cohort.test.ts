import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import { startTestApp, type TestApp } from "../support/app";
import { FakeClock } from "../support/fake-clock";
import { madridSantiagoPair } from "../support/builders";

/**
 * Twelve weeks of a pair's programme on a fake clock, across Spain's (28 March 2027) and Chile's
 * (4 April 2027) clock changes: Lucía in Madrid, Jorge in Santiago. Every fortnight Jorge proposes
 * a session and Lucía accepts; the clock walks in half hours and the jobs run as the scheduler
 * would. Every reminder and check-in must land exactly once, at the expected local time.
 */
describe("a 12-week cohort across daylight-saving changes", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;
  let lucia: Person;
  let jorge: Person;
  const ZONES: Record<string, string> = { ULUCIA: "Europe/Madrid", UJORGE: "America/Santiago" };
  const delivered: {
    user: string;
    kind: "reminder" | "check-in" | "nudge" | "plenary-reminder" | "plenary-check-in";
    local: DateTime;
    text: string;
  }[] = [];

  beforeAll(async () => {
    app = await startTestApp({ clock: new FakeClock("2027-01-15T09:00:00Z"), env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({ id: "ULUCIA", real_name: "Lucía", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UJORGE", real_name: "Jorge", locale: "es-CL", tz: "America/Santiago" });
    const { services } = app.tandem;
    ({ cohort, pair, lucia, jorge } = await madridSantiagoPair(
      services,
      app.slack.teamId,
      app.clock.now(),
      "Mentoría 2027",
    ));
    const plan = await services.plenaries.generate(cohort.id);
    if (!plan.ok) throw new Error("no plenary plan");
    await app.runJobs();
  });
  afterAll(() => app.stop());

  /** Runs due jobs and notes what each partner received, at their local time on the fake clock. */
  async function tick(): Promise<void> {
    const before = app.slack.calls.length;
    await app.runJobs();
    for (const call of app.slack.calls.slice(before)) {
      if (call.method !== "chat.postMessage") continue;
      const user = String(call.args.channel).replace(/^D/, "");
      const text = String(call.args.text);
      const kind = text.startsWith("⏰")
        ? "reminder"
        : text.startsWith("👋")
          ? "check-in"
          : text.startsWith("🗓️")
            ? "nudge"
            : text.startsWith("🏛️")
              ? /Recordatorio/.test(text)
                ? "plenary-reminder"
                : "plenary-check-in"
              : null;
      if (kind && ZONES[user])
        delivered.push({ user, kind, local: DateTime.fromJSDate(app.clock.now(), { zone: ZONES[user] }), text });
    }
  }

  /**
   * Moves the clock to the next job due (never past `until`): nothing can happen in between, so twelve
   * weeks are walked job by job instead of half-hour by half-hour.
   */
  async function untilNextJob(until: Date): Promise<void> {
    const next = await app.tandem.services.db.job.findFirst({ where: { state: "pending" }, orderBy: { runAt: "asc" } });
    const now = app.clock.now().getTime();
    const due = Math.max(next?.runAt.getTime() ?? Number.POSITIVE_INFINITY, now + 60_000);
    app.clock.set(new Date(Math.min(until.getTime(), due)));
  }

  it("lands every reminder and check-in once, at the expected local times, through both clock changes", async () => {
    const { services } = app.tandem;
    const opening = DateTime.fromJSDate(cohort.startsAt, { zone: "Europe/Madrid" }).startOf("day");
    // The programme's first Monday (on or after its start).
    const start = opening.weekday === 1 ? opening : opening.plus({ weeks: 1 }).set({ weekday: 1 });
    const end = start.plus({ weeks: 12 });
    const sessions: Date[] = [];
    // Fortnightly: on each Monday of the plan at 10:00 Madrid, Jorge proposes Wednesday 15:00 Madrid.
    for (let week = 0; week < 12; week += 2) {
      const monday = start.plus({ weeks: week }).set({ weekday: 1, hour: 10, minute: 0 });
      while (app.clock.now() < monday.toJSDate()) {
        await tick();
        await untilNextJob(monday.toJSDate());
      }
      const wednesday = monday.set({ weekday: 3, hour: 15, minute: 0 }).toJSDate();
      const proposed = await services.sessions.propose(jorge, pair.id, wednesday);
      if (!proposed.ok) throw new Error(`week ${week}: ${String(proposed.reason)}`);
      const accepted = await services.sessions.accept(lucia, proposed.session.id);
      if (!accepted.ok) throw new Error(`week ${week}: ${String(accepted.reason)}`);
      sessions.push(wednesday);
      // Walk through the session to Thursday, answering the check-in as soon as it comes.
      const thursday = monday.set({ weekday: 4, hour: 20 }).toJSDate();
      while (app.clock.now() < thursday) {
        await tick();
        const question = delivered.find(
          (d) =>
            d.kind === "check-in" &&
            d.user === "UJORGE" &&
            d.local.toJSDate() > wednesday &&
            !answered.has(d.text + d.local.toISO()),
        );
        if (question) {
          answered.add(question.text + question.local.toISO());
          const rhythm = (await services.rhythm.rhythmOf(pair.id))!;
          await services.rhythm.answerCheckIn(jorge, pair.id, rhythm.checkIn.lastAskedAt!, { kind: "met" });
          const day = DateTime.fromJSDate(wednesday, { zone: "America/Santiago" }).toISODate();
          const logged = await services.sessions.log(
            jorge,
            pair.id,
            { date: day, duration: "60", topics: "", privateNotes: "", actionItems: [] },
            "America/Santiago",
          );
          if (!logged.ok) throw new Error(`log week ${week}`);
        }
        await untilNextJob(thursday);
      }
    }
    while (app.clock.now() < end.toJSDate()) {
      await tick();
      await untilNextJob(end.toJSDate());
    }

    expect(sessions).toHaveLength(6);
    expect(await services.sessions.heldCount(pair.id)).toBe(6);
    for (const user of Object.keys(ZONES)) {
      const reminders = delivered.filter((d) => d.user === user && d.kind === "reminder");
      // One reminder per session each, the working day before (Tuesday) at 10:00 their time.
      expect(reminders.map((r) => r.local.toFormat("ccc HH:mm"))).toEqual(sessions.map(() => "Tue 10:00"));
      const checkIns = delivered.filter((d) => d.user === user && d.kind === "check-in");
      expect(checkIns).toHaveLength(6);
      for (const c of checkIns) {
        expect(c.local.hour).toBeGreaterThanOrEqual(8);
        expect(c.local.hour).toBeLessThan(21);
      }
    }
    // The same Madrid session time reads differently in Santiago as the clocks change: 11:00
    // until Spain moves (28 March), 10:00 for that week, then 9:00 after Chile moves (4 April).
    const santiagoTimes = sessions.map((s) => DateTime.fromJSDate(s, { zone: "America/Santiago" }).toFormat("HH:mm"));
    expect(new Set(santiagoTimes).size).toBeGreaterThan(1);
    // Plenaries in those weeks: each person reminded once each, at 10:00 their time on a weekday;
    // "I'm here" at most once each, never before 08:00 their time.
    const plenaries = (await app.tandem.services.plenaries.list(cohort)).plenaries
      .map((item) => item.plenary)
      .filter((p) => p.startsAt < end.toJSDate());
    expect(plenaries.length).toBeGreaterThanOrEqual(5);
    for (const user of Object.keys(ZONES)) {
      const reminded = delivered.filter((d) => d.user === user && d.kind === "plenary-reminder");
      expect(reminded).toHaveLength(plenaries.length);
      for (const r of reminded) {
        expect(r.local.toFormat("HH:mm")).toBe("10:00");
        expect(r.local.weekday).toBeLessThanOrEqual(5);
      }
      const here = delivered.filter((d) => d.user === user && d.kind === "plenary-check-in");
      expect(here.length).toBeLessThanOrEqual(plenaries.length);
      for (const h of here) expect(h.local.hour).toBeGreaterThanOrEqual(8);
    }
    expect(delivered.filter((d) => d.user === "ULUCIA" && d.kind === "plenary-check-in")).toHaveLength(
      plenaries.length,
    );
    // A pair with a date set is never nudged to set one.
    expect(delivered.filter((d) => d.kind === "nudge").map((d) => `${d.user} ${d.local.toISO()}`)).toEqual([]);
  });

  const answered = new Set<string>();
});

describe("a pair that sets no date", () => {
  let app: TestApp;
  let pair: PairRecord;
  let jorge: Person;
  let cohort: Cohort;

  beforeAll(async () => {
    app = await startTestApp({ clock: new FakeClock("2027-01-15T09:00:00Z"), env: { TANDEM_COORDINATORS: "UCOORD" } });
    const { services } = app.tandem;
    ({ cohort, pair, jorge } = await madridSantiagoPair(services, app.slack.teamId, app.clock.now(), "Mentoría 2027"));
    await app.runJobs();
  });
  afterAll(() => app.stop());

  const nudges = () => app.slack.callsTo("chat.postMessage").filter((c) => String(c.args.text).startsWith("🗓️"));
  async function walkTo(date: Date): Promise<void> {
    while (app.clock.now() < date) {
      await app.runJobs();
      app.clock.advance(60 * 60_000);
    }
  }

  it("is nudged on the cadence at each partner's notice time, with a Plan button, until it sets one", async () => {
    const start = DateTime.fromJSDate(cohort.startsAt);
    await walkTo(start.plus({ days: 29 }).toJSDate());
    const sent = nudges();
    // Two fortnights, each partner once per fortnight.
    expect(sent.map((c) => c.args.channel).sort()).toEqual(["DUJORGE", "DUJORGE", "DULUCIA", "DULUCIA"]);
    expect(sent[0]!.args.text).toMatch(/^🗓️ Toca poner fecha a su próxima sesión con (Lucía|Jorge) \(cada 14 días\)\.$/);
    expect(JSON.stringify(sent[0]!.args.blocks)).toContain('"action_id":"session.plan"');

    // Jorge sets a date: no more nudges while it stands.
    const slot = app.tandem.services.sessions.slots(
      ((await app.tandem.services.sessions.pairFor(jorge, pair.id)) as any).context,
    )[0]!;
    const proposed = await app.tandem.services.sessions.propose(jorge, pair.id, slot);
    if (!proposed.ok) throw new Error(String(proposed.reason));
    // A proposal nobody accepts does not stop the nudges once its time has passed…
    await walkTo(start.plus({ days: 44 }).toJSDate());
    expect(nudges()).toHaveLength(6);
    // …an agreed date does (what follows it is the check-in's business).
    const lucia = (await app.tandem.services.people.findById(pair.mentorPersonId))!;
    const next = app.tandem.services.sessions.slots(
      ((await app.tandem.services.sessions.pairFor(jorge, pair.id)) as any).context,
    )[0]!;
    const again = await app.tandem.services.sessions.propose(jorge, pair.id, next);
    if (!again.ok) throw new Error(String(again.reason));
    expect((await app.tandem.services.sessions.accept(lucia, again.session.id)).ok).toBe(true);
    await walkTo(start.plus({ days: 58 }).toJSDate());
    expect(nudges()).toHaveLength(6);
  });
});
