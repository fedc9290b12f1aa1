import type { AuditLog } from "../reporting/audit";
import { DateTime } from "luxon";
import type { Application } from "../applications/application";
import type { Clock } from "../clock";
import type { Cohort } from "../cohorts/cohort";
import type { FieldError } from "../forms";
import type { JobQueue, JobRequest } from "../jobs";
import type { PairRecord } from "../pairing/proposal";
import { participantsOf } from "../evaluation/evaluation-service";
import type { Person } from "../people";
import type { UnitOfWork } from "../unit-of-work";
import { hoursOf } from "./meetings";
import { plenaryPlan, type PlannedPlenary } from "./plenaries";
import { validatePlenaryForm } from "./plenary-form";
import { reminderAt, reminderEarliestAt } from "./schedule";
import { clockMinutes, DAY_MS, isWakingTime, MINUTE_MS, WAKING_HOURS, type PartnerHours } from "./working-periods";

export interface Plenary {
  id: string;
  cohortId: string;
  /** 1, 2, 3…: its place in the cohort's plan. */
  number: number;
  startsAt: Date;
  durationMinutes: number;
  createdAt: Date;
  /** Changes with every edit: the version jobs carry (see PlenaryJobPayload). */
  updatedAt: Date;
}

export type AttendanceSource = "self" | "coordinator";

export interface PlenaryAttendance {
  plenaryId: string;
  personId: string;
  attended: boolean;
  source: AttendanceSource;
  recordedById: string;
  recordedAt: Date;
}

export interface PlenaryRepository {
  /** The cohort's plenaries, earliest first. */
  listByCohort(cohortId: string): Promise<Plenary[]>;
  find(id: string): Promise<Plenary | null>;
  /** Creates the planned plenaries whose number the cohort does not have yet; returns how many. */
  createMissing(cohortId: string, planned: PlannedPlenary[]): Promise<number>;
  update(id: string, change: Pick<Plenary, "startsAt" | "durationMinutes">): Promise<Plenary>;
  attendanceOf(plenaryIds: string[]): Promise<PlenaryAttendance[]>;
  /** Saves these records (one per plenary and person) together. */
  saveAttendance(records: PlenaryAttendance[]): Promise<void>;
}

/** What plenaries need from the rest of the domain. */
export interface PlenaryContext {
  findCohort(id: string): Promise<Cohort | null>;
  /** Coordinators' corrections are written to the audit log. */
  audit?: AuditLog;
  pairsOfCohort(cohortId: string): Promise<PairRecord[]>;
  findApplication(id: string): Promise<Application | null>;
  findPerson(id: string): Promise<Person | null>;
}

export const PLENARY_JOBS = {
  /** Queues each person's reminder and check-in, for whoever is in the cohort when it runs. */
  notices: "plenary.notices",
  remind: "plenary.remind",
  checkIn: "plenary.check-in",
} as const;

export interface PlenaryJobPayload {
  plenaryId: string;
  /** The plenary's updatedAt (ISO) when the job was made: an edit makes older jobs no-ops. */
  version: string;
  personId?: string;
}

/**
 * When the notices of a plenary are worked out: a week and a day before it (so that the working day
 * before is still ahead for anyone), and again the day before for people paired since. Keys make
 * the second pass add only what is missing.
 */
const NOTICE_PASSES = [
  { name: "early", beforeMs: 8 * DAY_MS },
  { name: "late", beforeMs: DAY_MS },
] as const;

export interface PlenaryListItem {
  plenary: Plenary;
  /** Its start has passed: it counts as held. */
  held: boolean;
  /** Between its start and end now. */
  running: boolean;
  /** People recorded as attending (meaningful once held). */
  attended: number;
}

export interface PlenaryList {
  cohort: Cohort;
  plenaries: PlenaryListItem[];
  /** How many people are in the cohort now (the people of its pairs). */
  people: number;
}

export type GenerateResult =
  | { ok: true; created: number; list: PlenaryList }
  | { ok: false; reason: "not-found" }
  | { ok: false; reason: "no-dates"; cohort: Cohort };

export type PlenaryRefusal = "not-found" | "started" | "not-started" | "ended" | "not-in-cohort";

export type EditResult =
  | { ok: true; plenary: Plenary; cohort: Cohort }
  | { ok: false; errors: FieldError[] }
  | { ok: false; reason: PlenaryRefusal; plenary?: Plenary };

export type CheckInResult =
  | { ok: true; plenary: Plenary; cohort: Cohort; already: boolean }
  | { ok: false; reason: PlenaryRefusal; plenary?: Plenary; cohort?: Cohort };

export interface AttendanceSheet {
  plenary: Plenary;
  cohort: Cohort;
  /** Everyone in the cohort, by name, with what is recorded for them. */
  people: { person: Person; attended: boolean; source: AttendanceSource | null }[];
}

export type CorrectionResult =
  | { ok: true; plenary: Plenary; cohort: Cohort; attended: number; people: number; changed: number }
  | { ok: false; reason: PlenaryRefusal; plenary?: Plenary }
  | { ok: false; reason: "outsiders"; outsiders: string[] };

/** Plenaries attended of those held so far, for the App Home and the certificate. */
export interface AttendanceCount {
  attended: number;
  held: number;
}

export const plenaryVersion = (plenary: Pick<Plenary, "updatedAt">) => plenary.updatedAt.toISOString();
export const plenaryEndsAt = (plenary: Pick<Plenary, "startsAt" | "durationMinutes">) =>
  new Date(plenary.startsAt.getTime() + plenary.durationMinutes * MINUTE_MS);

/**
 * Phase 4, the cohort's plenary sessions: a plan from the cohort's dates (then edited one by one),
 * a reminder to everyone in the cohort on their working day before and an "I'm here" at the start,
 * and attendance (checked in during the plenary, corrected by a coordinator) towards the
 * certificate. "Everyone in the cohort" is the people of its pairs that have not ended.
 * Permissions are the caller's: coordinator-only methods are only reached from coordinator paths.
 */
export class PlenaryService {
  constructor(
    private readonly repo: PlenaryRepository,
    private readonly domain: PlenaryContext,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
  ) {}

  /** The cohort's plenaries with what has happened so far. */
  async list(cohort: Cohort): Promise<PlenaryList> {
    const plenaries = await this.repo.listByCohort(cohort.id);
    const people = await this.peopleOf(cohort.id);
    const records = await this.repo.attendanceOf(plenaries.map((p) => p.id));
    const now = this.clock.now().getTime();
    return {
      cohort,
      people: people.length,
      plenaries: plenaries.map((plenary) => ({
        plenary,
        held: plenary.startsAt.getTime() <= now,
        running: plenary.startsAt.getTime() <= now && now < plenaryEndsAt(plenary).getTime(),
        attended: records.filter((r) => r.plenaryId === plenary.id && r.attended && people.includes(r.personId)).length,
      })),
    };
  }

  find(plenaryId: string): Promise<Plenary | null> {
    return this.repo.find(plenaryId);
  }

  /**
   * The cohort's plan (its plenary count, every 15 days from its start, 150 minutes, 10:00 in its
   * zone on weekdays). Plenaries it already has are kept as they are, edits included; only missing
   * numbers are added. Notices are queued for every plenary still ahead.
   */
  async generate(cohortId: string): Promise<GenerateResult> {
    return this.transactions.run(async (): Promise<GenerateResult> => {
      const cohort = await this.domain.findCohort(cohortId);
      if (!cohort) return { ok: false, reason: "not-found" };
      const planned = plenaryPlan(cohort);
      if (planned.length === 0) return { ok: false, reason: "no-dates", cohort };
      const created = await this.repo.createMissing(cohort.id, planned);
      const plenaries = await this.repo.listByCohort(cohort.id);
      await this.jobs.enqueue(plenaries.flatMap((p) => this.noticePasses(p, cohort)));
      return { ok: true, created, list: await this.list(cohort) };
    });
  }

  /** Moves one plenary still ahead (date and time in `timeZone`, the editor's); everyone is told again. */
  async edit(plenaryId: string, input: Record<string, unknown>, timeZone: string): Promise<EditResult> {
    // The move and its new reminders together: old jobs stop at the new version, so none may go missing.
    return this.transactions.run(async (): Promise<EditResult> => {
      const found = await this.plenaryAndCohort(plenaryId);
      if (!found) return { ok: false, reason: "not-found" };
      const now = this.clock.now();
      if (found.plenary.startsAt <= now) return { ok: false, reason: "started", plenary: found.plenary };
      const form = validatePlenaryForm(input, {
        timeZone,
        now,
        cohortStartsAt: found.cohort.startsAt,
        cohortEndsAt: found.cohort.endsAt,
      });
      if (!form.ok) return form;
      // The update changes updatedAt, the version every queued job of this plenary carries.
      const plenary = await this.repo.update(plenaryId, form.value);
      await this.jobs.enqueue(this.noticePasses(plenary, found.cohort));
      return { ok: true, plenary, cohort: found.cohort };
    });
  }

  /** "I'm here": from the plenary's start to its end, for people in its cohort. */
  async checkIn(person: Person, plenaryId: string): Promise<CheckInResult> {
    const found = await this.plenaryAndCohort(plenaryId);
    if (!found) return { ok: false, reason: "not-found" };
    const { plenary, cohort } = found;
    if (!(await this.peopleOf(cohort.id)).includes(person.id))
      return { ok: false, reason: "not-in-cohort", plenary, cohort };
    const now = this.clock.now();
    if (now < plenary.startsAt) return { ok: false, reason: "not-started", plenary, cohort };
    if (now >= plenaryEndsAt(plenary)) return { ok: false, reason: "ended", plenary, cohort };
    const [existing] = (await this.repo.attendanceOf([plenary.id])).filter((r) => r.personId === person.id);
    if (existing?.attended) return { ok: true, plenary, cohort, already: true };
    await this.repo.saveAttendance([
      {
        plenaryId: plenary.id,
        personId: person.id,
        attended: true,
        source: "self",
        recordedById: person.id,
        recordedAt: now,
      },
    ]);
    return { ok: true, plenary, cohort, already: false };
  }

  /** Everyone in the cohort with what is recorded for this plenary, once it has started. */
  async attendanceSheet(
    plenaryId: string,
  ): Promise<{ ok: true; sheet: AttendanceSheet } | { ok: false; reason: PlenaryRefusal; plenary?: Plenary }> {
    const found = await this.plenaryAndCohort(plenaryId);
    if (!found) return { ok: false, reason: "not-found" };
    const { plenary, cohort } = found;
    if (plenary.startsAt > this.clock.now()) return { ok: false, reason: "not-started", plenary };
    const records = new Map((await this.repo.attendanceOf([plenary.id])).map((r) => [r.personId, r]));
    const people: AttendanceSheet["people"] = [];
    for (const id of await this.peopleOf(cohort.id)) {
      const person = await this.domain.findPerson(id);
      const record = records.get(id);
      if (person) people.push({ person, attended: record?.attended ?? false, source: record?.source ?? null });
    }
    people.sort((a, b) => a.person.displayName.localeCompare(b.person.displayName));
    return { ok: true, sheet: { plenary, cohort, people } };
  }

  /**
   * A coordinator's list of who attended: the people ticked attended, everyone else in the cohort
   * not. Only records that change are written (source "coordinator"), so a self check-in that the
   * coordinator confirms stays one. Someone outside the cohort refuses the whole list.
   */
  async correctAttendance(coordinator: Person, plenaryId: string, attendedIds: string[]): Promise<CorrectionResult> {
    return this.transactions.run(async (): Promise<CorrectionResult> => {
      const found = await this.plenaryAndCohort(plenaryId);
      if (!found) return { ok: false, reason: "not-found" };
      const { plenary, cohort } = found;
      const now = this.clock.now();
      if (plenary.startsAt > now) return { ok: false, reason: "not-started", plenary };
      const people = await this.peopleOf(cohort.id);
      const ticked = new Set(attendedIds);
      const outsiders = [...ticked].filter((id) => !people.includes(id));
      if (outsiders.length > 0) return { ok: false, reason: "outsiders", outsiders };
      const records = new Map((await this.repo.attendanceOf([plenary.id])).map((r) => [r.personId, r]));
      const changes: PlenaryAttendance[] = people
        .filter((id) => (records.get(id)?.attended ?? false) !== ticked.has(id))
        .map((id) => ({
          plenaryId: plenary.id,
          personId: id,
          attended: ticked.has(id),
          source: "coordinator",
          recordedById: coordinator.id,
          recordedAt: now,
        }));
      await this.repo.saveAttendance(changes);
      if (changes.length > 0)
        await this.domain.audit?.record(coordinator, "plenary.attendance-corrected", cohort, {
          plenary: plenary.number,
          changed: changes.length,
        });
      return { ok: true, plenary, cohort, attended: ticked.size, people: people.length, changed: changes.length };
    });
  }

  /** Of the cohort's plenaries whose start has passed, how many this person attended. */
  async attendanceOf(personId: string, cohortId: string): Promise<AttendanceCount> {
    const now = this.clock.now();
    const held = (await this.repo.listByCohort(cohortId)).filter((p) => p.startsAt <= now);
    const records = await this.repo.attendanceOf(held.map((p) => p.id));
    return { attended: records.filter((r) => r.personId === personId && r.attended).length, held: held.length };
  }

  /** The cohort's participants, once each (a partner who stays after the other left included). */
  async peopleOf(cohortId: string): Promise<string[]> {
    return participantsOf(await this.domain.pairsOfCohort(cohortId)).map((p) => p.personId);
  }

  // ---- for the job handlers ----

  /** The plenary and cohort a job is about, while the job is current (same version, not a demo). */
  async current(payload: PlenaryJobPayload): Promise<{ plenary: Plenary; cohort: Cohort } | null> {
    const found = await this.plenaryAndCohort(payload.plenaryId);
    if (!found || plenaryVersion(found.plenary) !== payload.version || found.cohort.isDemo) return null;
    return found;
  }

  /** One person's notice, when it is still due: current job, still in the cohort, not too late. */
  async noticeFor(
    payload: PlenaryJobPayload,
    kind: "remind" | "check-in",
  ): Promise<{ plenary: Plenary; cohort: Cohort; person: Person } | null> {
    const found = await this.current(payload);
    if (!found || !payload.personId) return null;
    const now = this.clock.now();
    if (now >= (kind === "remind" ? found.plenary.startsAt : plenaryEndsAt(found.plenary))) return null;
    if (!(await this.peopleOf(found.cohort.id)).includes(payload.personId)) return null;
    const person = await this.domain.findPerson(payload.personId);
    return person ? { ...found, person } : null;
  }

  /**
   * Each person in the cohort now: a reminder on their working day before at their notice time
   * (reminderAt), and the check-in at the start, or once they are awake if it starts before that.
   */
  async queueNotices(payload: PlenaryJobPayload): Promise<number> {
    const found = await this.current(payload);
    if (!found) return 0;
    const { plenary } = found;
    const now = this.clock.now();
    if (now >= plenaryEndsAt(plenary)) return 0;
    const version = plenaryVersion(plenary);
    const jobs: JobRequest[] = [];
    for (const [personId, hours] of await this.hoursOfPeople(found.cohort.id)) {
      const job = (kind: string, runAt: Date, key: string): JobRequest => ({
        kind,
        payload: { plenaryId: plenary.id, version, personId } satisfies PlenaryJobPayload,
        runAt,
        idempotencyKey: `${key}:${plenary.id}:${version}:${personId}`,
      });
      const remindAt = reminderAt(plenary.startsAt, hours, now);
      if (remindAt)
        jobs.push({
          ...job(PLENARY_JOBS.remind, remindAt, "plenary-remind"),
          earliestAt: reminderEarliestAt(remindAt, plenary.startsAt, now),
        });
      const askAt = checkInMoment(plenary, hours, now);
      if (askAt) jobs.push(job(PLENARY_JOBS.checkIn, askAt, "plenary-check-in"));
    }
    return this.jobs.enqueue(jobs);
  }

  private noticePasses(plenary: Plenary, cohort: Cohort): JobRequest[] {
    const now = this.clock.now();
    if (cohort.isDemo || plenaryEndsAt(plenary) <= now) return [];
    const version = plenaryVersion(plenary);
    return NOTICE_PASSES.map((pass) => ({
      kind: PLENARY_JOBS.notices,
      payload: { plenaryId: plenary.id, version } satisfies PlenaryJobPayload,
      runAt: new Date(Math.max(now.getTime(), plenary.startsAt.getTime() - pass.beforeMs)),
      idempotencyKey: `plenary-notices:${plenary.id}:${version}:${pass.name}`,
    }));
  }

  private async plenaryAndCohort(plenaryId: string): Promise<{ plenary: Plenary; cohort: Cohort } | null> {
    const plenary = await this.repo.find(plenaryId);
    const cohort = plenary ? await this.domain.findCohort(plenary.cohortId) : null;
    return plenary && cohort ? { plenary, cohort } : null;
  }

  /** Each person's zone and hours, from the application they were paired with. */
  private async hoursOfPeople(cohortId: string): Promise<Map<string, PartnerHours>> {
    const applicationOf = new Map(
      participantsOf(await this.domain.pairsOfCohort(cohortId)).map((p) => [p.personId, p.applicationId]),
    );
    const hours = new Map<string, PartnerHours>();
    for (const [personId, applicationId] of applicationOf) {
      const [application, person] = await Promise.all([
        this.domain.findApplication(applicationId),
        this.domain.findPerson(personId),
      ]);
      if (person) hours.set(personId, hoursOf(application, person));
    }
    return hours;
  }
}

/**
 * When to send one person the check-in: at the start (or now, when that has passed) if they are
 * awake then; else when they wake up, if the plenary is still on; else not at all.
 */
function checkInMoment(plenary: Plenary, person: PartnerHours, now: Date): Date | null {
  const from = Math.max(plenary.startsAt.getTime(), now.getTime());
  const end = plenaryEndsAt(plenary).getTime();
  if (from >= end) return null;
  if (isWakingTime(from, person.timeZone)) return new Date(from);
  const local = DateTime.fromMillis(from, { zone: person.timeZone });
  if (!local.isValid) return null;
  const wake = clockMinutes(WAKING_HOURS.start)!;
  let next = local.set({ hour: Math.floor(wake / 60), minute: wake % 60, second: 0, millisecond: 0 });
  if (next.toMillis() <= from) next = next.plus({ days: 1 });
  return next.toMillis() < end ? next.toJSDate() : null;
}
