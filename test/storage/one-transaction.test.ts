import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import { starterSkills } from "../../src/domain/skills-catalogue";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import type { Services } from "../../src/services";
import { startTestApp, type TestApp } from "../support/app";
import { asCoordinator, madridSantiagoPair, openCohortFor, submittedApplicant } from "../support/builders";
import { FailingWrites } from "../support/failing-writes";

/**
 * Issue 18: one change, one transaction. Each operation that changes state and queues work is run
 * with its 1st, 2nd, 3rd… row write refused by the database (as an outage or a kill -9 part-way
 * would leave it): every time, the database is exactly as before, and the next try goes through.
 * The same file runs on SQLite and, with TEST_POSTGRES_URL, on PostgreSQL.
 */
describe("one change, one transaction", () => {
  let app: TestApp;
  let services: Services;
  let failing: FailingWrites;
  const pending = async (kind: string) => (await services.jobRepository.list({ state: "pending", kind }, 1000)).length;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    services = app.tandem.services;
    failing = await FailingWrites.install(services.db);
  });
  afterAll(() => app.stop());

  describe("approving a proposal (the case in the issue)", () => {
    let coordinator: Person;
    let cohort: Cohort;

    beforeAll(async () => {
      coordinator = await services.people.identify(
        { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
        async () => ({ displayName: "Carmen", timeZone: "Europe/London" }),
      );
      cohort = await openCohortFor(services, coordinator, "Approve Under Fire", app.clock.now());
      const applicant = (n: number, role: "mentor" | "mentee") =>
        submittedApplicant(
          services,
          cohort,
          { workspaceId: app.slack.teamId, userId: `U${role.toUpperCase()}${n}`, name: `${role} ${n}` },
          {
            role,
            ratings: { "generative-ai": role === "mentor" ? 5 : 1 },
            learn: role === "mentee" ? ["generative-ai"] : ["e-government"],
            department: `Dept ${role} ${n}`,
          },
        );
      for (let n = 1; n <= 3; n++) await applicant(n, "mentor");
      for (let n = 1; n <= 4; n++) await applicant(n, "mentee");
    });

    it("leaves no half-approved proposal after any failed write, and the retry approves it", async () => {
      const proposed = await services.pairing.propose(cohort, coordinator);
      if (!proposed.ok) throw new Error(proposed.reason);
      expect(proposed.proposal.result.pairs).toHaveLength(3);

      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.pairing.approve(proposed.proposal.id, cohort, asCoordinator(coordinator)),
      );

      // The proposal, three pairs, six applications, the jobs and the audit row: each refused once.
      expect(writes).toBeGreaterThan(12);
      expect(result).toMatchObject({ ok: true, unmatched: 1 });
      expect(await services.pairing.pairsOfCohort(cohort.id)).toHaveLength(3);
      const statuses = (await services.applications.listByCohort(cohort.id)).map((a) => a.status).sort();
      expect(statuses).toEqual(["matched", "matched", "matched", "matched", "matched", "matched", "submitted"]);
      expect(await pending("pair.introduce")).toBe(3);
      expect(
        (await services.audit.list({ cohortId: cohort.id })).filter((e) => e.action === "match.approved"),
      ).toHaveLength(1);
      // Approving again is refused as it should be now, and changes nothing.
      expect(await services.pairing.approve(proposed.proposal.id, cohort, asCoordinator(coordinator))).toEqual({
        ok: false,
        reason: "approved",
      });
      expect(await services.pairing.pairsOfCohort(cohort.id)).toHaveLength(3);
    });
  });

  describe("a pair's sessions, plenaries and leaving", () => {
    let cohort: Cohort;
    let pair: PairRecord;
    let lucia: Person;
    let jorge: Person;
    let coordinator: Person;
    const at = (days: number, hour: number) =>
      DateTime.fromJSDate(cohort.startsAt, { zone: "Europe/Madrid" })
        .plus({ days })
        .set({ hour, minute: 0 })
        .toJSDate();

    beforeAll(async () => {
      ({ coordinator, cohort, pair, lucia, jorge } = await madridSantiagoPair(
        services,
        app.slack.teamId,
        app.clock.now(),
        "Mentoría Atómica",
      ));
      app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 9 }).toJSDate());
    });

    it("accepting a session: scheduled with both reminders and the check-in, or not at all", async () => {
      const proposed = await services.sessions.propose(lucia, pair.id, at(2, 16));
      if (!proposed.ok) throw new Error(proposed.reason);

      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.sessions.accept(jorge, proposed.session.id),
      );

      expect(writes).toBeGreaterThanOrEqual(4);
      expect(result).toMatchObject({ ok: true, session: { status: "scheduled", acceptedById: jorge.id } });
      const reminders = (await services.jobRepository.list({ state: "pending", kind: "session.remind" })).map(
        (j) => (j.payload as { personId: string }).personId,
      );
      expect(reminders.sort()).toEqual([lucia.id, jorge.id].sort());
      expect(await pending("session.check-in")).toBe(1);
      // Pressing Accept again is refused only because it is done.
      expect(await services.sessions.accept(jorge, proposed.session.id)).toMatchObject({
        ok: false,
        reason: "not-open",
      });
    });

    it("proposing a new date (rescheduling): the old proposal lapses only with the new one in place", async () => {
      const first = await services.sessions.propose(jorge, pair.id, at(9, 16));
      if (!first.ok) throw new Error(first.reason);

      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.sessions.propose(jorge, pair.id, at(10, 16)),
      );

      expect(writes).toBeGreaterThanOrEqual(3);
      expect(result.ok).toBe(true);
      const sessions = await services.sessions.sessions(jorge, pair.id);
      expect(sessions?.filter((s) => s.status === "proposed").map((s) => s.startsAt)).toEqual([at(10, 16)]);
      expect(sessions?.find((s) => s.id === first.session.id)?.status).toBe("cancelled");
    });

    it("moving a session from its check-in: the new time proposed and the question closed, or neither", async () => {
      const scheduled = (await services.sessions.sessions(jorge, pair.id))?.find((s) => s.status === "scheduled");
      const asked = await services.rhythm.askCheckIn({ sessionId: scheduled!.id, sequence: scheduled!.sequence });
      if (!asked) throw new Error("no check-in asked");

      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.sessions.propose(jorge, pair.id, at(11, 16), { answering: asked.askedAt }),
      );

      expect(writes).toBeGreaterThanOrEqual(3);
      expect(result.ok).toBe(true);
      expect((await services.rhythm.rhythmOf(pair.id))?.checkIn.pendingSessionAt).toBeNull();
      // Lucía's "we moved it" on the same question later changes nothing.
      expect(
        await services.rhythm.answerCheckIn(lucia, pair.id, asked.askedAt, {
          kind: "rescheduled",
          sessionAt: at(12, 16),
        }),
      ).toEqual({ ok: false, reason: "meetings.errors.checkInClosed" });
    });

    it("logging the session held: the log, its action items, the check-in state and the next nudges together", async () => {
      app.clock.set(at(3, 9));
      const day = DateTime.fromJSDate(at(2, 16), { zone: "America/Santiago" }).toISODate()!;
      const due = DateTime.fromJSDate(at(9, 9)).toISODate()!;
      const input = {
        date: day,
        duration: "60",
        topics: "AI",
        privateNotes: "",
        actionItems: [{ text: "Try Copilot in Excel", owner: jorge.id, dueDate: due }],
      };

      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.sessions.log(jorge, pair.id, input, "America/Santiago"),
      );

      expect(writes).toBeGreaterThanOrEqual(4);
      if (!result.ok || !("session" in result)) throw new Error("not logged");
      expect(result.session.status).toBe("held");
      expect((await services.actionItems.openItemsOfPair(pair.id)).map((i) => i.text)).toEqual([
        "Try Copilot in Excel",
      ]);
      expect(await services.sessions.heldCount(pair.id)).toBe(1);
    });

    it("pausing: paused and the partner told, or neither", async () => {
      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.rhythm.pause(lucia, pair.id, at(20, 9)),
      );
      expect(writes).toBeGreaterThanOrEqual(2);
      expect(result.ok).toBe(true);
      expect((await services.rhythm.rhythmOf(pair.id))?.pausedUntil).toEqual(at(20, 9));
      const told = (await services.jobRepository.list({ state: "pending", kind: "notify" }, 1000)).filter(
        (j) => (j.payload as { notice: { key: string } }).notice.key === "rhythm.partnerPaused",
      );
      expect(told.map((j) => (j.payload as { personId: string }).personId)).toEqual([jorge.id]);
    });

    it("planning and moving plenaries: each plenary with its notices", async () => {
      const planned = await failing.failEachWriteThenRetry(() => services.plenaries.generate(cohort.id));
      if (!planned.result.ok) throw new Error(planned.result.reason);
      expect(planned.result.created).toBe(cohort.plenaryCount);
      expect(planned.writes).toBeGreaterThan(cohort.plenaryCount);
      const [, second] = planned.result.list.plenaries;
      const noticesBefore = await pending("plenary.notices");

      const moved = await failing.failEachWriteThenRetry(() =>
        services.plenaries.edit(
          second!.plenary.id,
          {
            date: DateTime.fromJSDate(second!.plenary.startsAt, { zone: "Europe/Madrid" })
              .plus({ days: 1 })
              .toISODate(),
            time: "11:00",
            duration: "120",
          },
          "Europe/Madrid",
        ),
      );
      expect(moved.writes).toBeGreaterThanOrEqual(2);
      expect(moved.result).toMatchObject({ ok: true, plenary: { durationMinutes: 120 } });
      expect(await pending("plenary.notices")).toBe(noticesBefore + 2);
    });

    it("editing the cohort's dates: the new dates come with the jobs that hang on them", async () => {
      const endsAt = DateTime.fromJSDate(cohort.endsAt).plus({ weeks: 2 }).toJSDate();
      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.cohorts.update(cohort.id, { ...cohort, endsAt }),
      );
      expect(writes).toBeGreaterThanOrEqual(2);
      expect(result).toMatchObject({ ok: true, cohort: { endsAt } });
      const closes = await services.jobRepository.list({ state: "pending", kind: "cohort.finish" });
      expect(closes.some((j) => (j.payload as { at: string }).at > endsAt.toISOString())).toBe(true);
    });

    it("leaving: forgotten, and the partner and coordinator told, or nothing at all", async () => {
      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.dataRights.leave(jorge, cohort.id, ""),
      );
      expect(writes).toBeGreaterThan(5);
      expect(result).toMatchObject({ ok: true, told: 2 });
      expect((await services.pairing.findPair(pair.id))?.status).toBe("ended");
      expect(await services.dataRights.cohortsToLeave(jorge)).toEqual([]);
    });

    it("finishing the cohort: closed with every certificate queued and the audit row, or still open", async () => {
      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.reporting.finish(cohort, coordinator),
      );
      expect(writes).toBeGreaterThanOrEqual(3);
      if (!result.ok) throw new Error(result.reason);
      // Lucía, who stayed: Jorge left the programme, so he is no longer one of its participants.
      expect(result.participants).toBe(1);
      expect(await pending("certificate.send")).toBe(result.participants);
      expect((await services.cohorts.findById(cohort.id))?.finishedAt).not.toBeNull();
      expect(await services.reporting.finish((await services.cohorts.findById(cohort.id))!, coordinator)).toEqual({
        ok: false,
        reason: "already-finished",
      });
    });
  });

  describe("an application window", () => {
    let coordinator: Person;
    let cohort: Cohort;

    beforeAll(async () => {
      coordinator = (await services.people.find({
        platform: "slack",
        workspaceId: app.slack.teamId,
        userId: "UCOORD",
      }))!;
    });

    it("creating a cohort: the cohort and its opening and closing jobs, or none", async () => {
      const settings = {
        ...defaultCohortSettings(app.clock.now(), "Europe/London", "en"),
        name: "Window Cohort",
        objective: "Digital skills",
        sponsorRequired: false,
        skills: starterSkills("en"),
      };
      // Opening in a week: a draft, with its opening and closing planned.
      settings.applicationsOpenAt = DateTime.fromJSDate(app.clock.now()).plus({ weeks: 1 }).toJSDate();
      const { result, writes } = await failing.failEachWriteThenRetry(() =>
        services.cohorts.create(coordinator, settings),
      );
      if (!result.ok) throw new Error("not created");
      cohort = result.cohort;
      expect(writes).toBe(3);
      expect(await services.cohorts.list()).toContainEqual(
        expect.objectContaining({ name: "Window Cohort", status: "draft" }),
      );
    });

    it("a demo cohort: its cohort, made-up people and applications, or nothing at all", async () => {
      const { result, writes } = await failing.failEachWriteThenRetry(
        () => services.demo.create(coordinator, "Demo Under Fire", "Europe/Madrid", "es"),
        { every: 17 },
      );
      // Dozens of people and applications: a refusal anywhere used to leave a half-made demo.
      expect(writes).toBeGreaterThan(60);
      expect(result.mentors + result.mentees + result.both).toBeGreaterThan(20);
      const demo = (await services.cohorts.list()).filter((c) => c.name.startsWith("Demo Under Fire"));
      expect(demo.map((c) => c.name)).toEqual(["Demo Under Fire"]);
      expect(await services.applications.listByCohort(demo[0]!.id)).toHaveLength(
        result.mentors + result.mentees + result.both,
      );

      const removed = await failing.failEachWriteThenRetry(() => services.demo.removeAll());
      expect(removed.result.map((c) => c.name)).toEqual(["Demo Under Fire"]);
      expect((await services.cohorts.list()).filter((c) => c.isDemo)).toEqual([]);
    });

    it("opening applications now and extending them: the window and its jobs move together", async () => {
      const opened = await failing.failEachWriteThenRetry(() =>
        services.cohorts.openApplications(asCoordinator(coordinator), cohort.id),
      );
      expect(opened.writes).toBeGreaterThanOrEqual(1);
      expect(opened.result).toMatchObject({ ok: true, cohort: { status: "open" } });

      const day = DateTime.fromJSDate(cohort.applicationsCloseAt, { zone: cohort.timeZone })
        .plus({ days: 5 })
        .toISODate()!;
      const extended = await failing.failEachWriteThenRetry(() =>
        services.cohorts.extendApplications(asCoordinator(coordinator), cohort.id, day),
      );
      expect(extended.writes).toBe(2);
      if (!extended.result.ok) throw new Error(extended.result.reason);
      const closing = (await services.jobRepository.list({ state: "pending", kind: "cohort.applications-close" })).map(
        (j) => (j.payload as { at: string }).at,
      );
      expect(closing).toContain(extended.result.cohort.applicationsCloseAt.toISOString());
    });
  });
});
