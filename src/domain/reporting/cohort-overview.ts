import { DateTime } from "luxon";
import type { Application, ApplicationStatus } from "../applications/application";
import type { Cohort } from "../cohorts/cohort";
import type { Evaluation } from "../evaluation/evaluation-service";
import { participantsOf } from "../evaluation/evaluation-service";
import type { PairRecord } from "../pairing/proposal";
import { planCompleted, type ParticipantProgress } from "./certificates";
import type { CohortActivity } from "./cohort-activity";

/** A pair needs attention after three weeks without a session. */
export const QUIET_DAYS_AT_RISK = 21;

export type PairRisk = "quiet" | "missed-check-ins" | "help-requested";

export interface PairFigures {
  pairId: string;
  mentorId: string;
  menteeId: string;
  status: PairRecord["status"];
  held: number;
  /** Sessions the cadence asks for by now. */
  due: number;
  lastHeldAt: Date | null;
  nextAt: Date | null;
  risks: PairRisk[];
}

export interface PlenaryFigures {
  number: number;
  startsAt: Date;
  attended: number;
  expected: number;
}

export interface CohortOverview {
  cohort: Cohort;
  asOf: Date;
  applicants: Partial<Record<ApplicationStatus, number>>;
  applicantsTotal: number;
  pairs: PairFigures[];
  atRisk: PairFigures[];
  sessionsHeld: number;
  sessionsDue: number;
  plenaries: PlenaryFigures[];
  /** Over the plenaries held so far; null before the first. */
  attendanceRate: number | null;
  evaluations: Record<"pulse" | "final", { asked: number; answered: number; rate: number }>;
  /** Sessions held per week (weeks start on Monday in the cohort's zone), for the chart. */
  sessionsByWeek: { week: string; held: number }[];
  participants: ParticipantProgress[];
}

const DAY = 86_400_000;

/** The coordinator's view of a cohort: counts, dates and statuses, never what pairs wrote. */
export function cohortOverview(
  cohort: Cohort,
  applications: Application[],
  pairs: PairRecord[],
  activity: CohortActivity,
  evaluations: Evaluation[],
  now: Date,
): CohortOverview {
  const applicants: Partial<Record<ApplicationStatus, number>> = {};
  for (const a of applications) applicants[a.status] = (applicants[a.status] ?? 0) + 1;

  const running = now >= cohort.startsAt && !cohort.finishedAt;
  const until = new Date(Math.min(now.getTime(), cohort.endsAt.getTime()));
  const flags = new Map(activity.pairFlags.map((f) => [f.pairId, f]));
  const helpAsked = new Set(activity.openHelpRequests.map((h) => h.pairId));

  const sessionsOf = groupBy(activity.sessions, (s) => s.pairId);
  const pairFigures: PairFigures[] = pairs.map((pair) => {
    const sessions = sessionsOf.get(pair.id) ?? [];
    const held = sessions
      .filter((s) => s.status === "held")
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
    const upcoming = sessions
      .filter((s) => s.status === "scheduled" && s.startsAt > now)
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const began = Math.max(cohort.startsAt.getTime(), pair.createdAt.getTime());
    const due = Math.max(0, Math.floor((until.getTime() - began) / (cohort.cadenceDays * DAY)));
    const lastHeldAt = held[0]?.startsAt ?? null;
    const flag = flags.get(pair.id);
    const paused = flag?.pausedUntil ? flag.pausedUntil > now : false;
    const risks: PairRisk[] = [];
    if (
      running &&
      pair.status === "active" &&
      !paused &&
      now.getTime() - (lastHeldAt?.getTime() ?? began) > QUIET_DAYS_AT_RISK * DAY
    )
      risks.push("quiet");
    if (flag && (flag.atRisk || flag.consecutiveMisses >= 2)) risks.push("missed-check-ins");
    if (helpAsked.has(pair.id)) risks.push("help-requested");
    return {
      pairId: pair.id,
      mentorId: pair.mentorPersonId,
      menteeId: pair.menteePersonId,
      status: pair.status,
      held: held.length,
      due,
      lastHeldAt,
      nextAt: upcoming[0]?.startsAt ?? null,
      risks,
    };
  });

  const people = participantsOf(pairs);
  const participantIds = new Set(people.map((p) => p.personId));
  const heldPlenaries = activity.plenaries
    .filter((p) => p.startsAt <= now)
    .map((p) => ({ ...p, attendedIds: new Set(p.attendedPersonIds) }));
  const plenaries = heldPlenaries.map((p) => ({
    number: p.number,
    startsAt: p.startsAt,
    attended: p.attendedPersonIds.filter((id) => participantIds.has(id)).length,
    expected: people.length,
  }));
  const attendedSum = plenaries.reduce((sum, p) => sum + p.attended, 0);
  const expectedSum = plenaries.reduce((sum, p) => sum + p.expected, 0);

  const evaluationFigures = (kind: "pulse" | "final") => {
    const round = evaluations.filter((e) => e.kind === kind);
    const answered = round.filter((e) => e.submittedAt).length;
    return {
      asked: round.length,
      answered,
      rate: round.length === 0 ? 0 : Math.round((answered / round.length) * 100),
    };
  };

  const pairsOfPerson = new Map<string, PairFigures[]>();
  for (const p of pairFigures)
    for (const id of [p.mentorId, p.menteeId]) pairsOfPerson.set(id, [...(pairsOfPerson.get(id) ?? []), p]);
  const goalsOf = groupBy(activity.goals, (g) => g.pairId);
  const finalAnswered = new Set(
    evaluations.filter((e) => e.kind === "final" && e.submittedAt !== null && e.personId).map((e) => e.personId!),
  );
  const participants: ParticipantProgress[] = people.map(({ personId, role }) => {
    const theirPairs = pairsOfPerson.get(personId) ?? [];
    const attended = heldPlenaries.filter((p) => p.attendedIds.has(personId)).length;
    const pairIds = theirPairs.map((p) => p.pairId);
    return {
      personId,
      role,
      pairIds,
      sessionsHeld: theirPairs.length === 0 ? 0 : Math.min(...theirPairs.map((p) => p.held)),
      minSessions: cohort.minSessions,
      plenariesAttended: attended,
      plenariesHeld: heldPlenaries.length,
      attendanceRate: heldPlenaries.length === 0 ? 100 : Math.round((attended / heldPlenaries.length) * 100),
      attendanceThreshold: cohort.attendanceThreshold,
      planCompleted: pairIds.length > 0 && pairIds.every((id) => planCompleted(goalsOf.get(id) ?? [])),
      finalAnswered: finalAnswered.has(personId),
    };
  });

  return {
    cohort,
    asOf: now,
    applicants,
    applicantsTotal: applications.length,
    pairs: pairFigures,
    atRisk: pairFigures.filter((p) => p.risks.length > 0),
    sessionsHeld: pairFigures.reduce((sum, p) => sum + p.held, 0),
    sessionsDue: pairFigures.reduce((sum, p) => sum + p.due, 0),
    plenaries,
    attendanceRate: expectedSum === 0 ? null : Math.round((attendedSum / expectedSum) * 100),
    evaluations: { pulse: evaluationFigures("pulse"), final: evaluationFigures("final") },
    sessionsByWeek: sessionsByWeek(cohort, activity, until),
    participants,
  };
}

function sessionsByWeek(cohort: Cohort, activity: CohortActivity, until: Date): { week: string; held: number }[] {
  const weekOf = (date: Date) => DateTime.fromJSDate(date, { zone: cohort.timeZone }).startOf("week").toISODate()!;
  const counts = new Map<string, number>();
  let week = DateTime.fromJSDate(cohort.startsAt, { zone: cohort.timeZone }).startOf("week");
  const last = DateTime.fromJSDate(until < cohort.startsAt ? cohort.startsAt : until, { zone: cohort.timeZone });
  while (week <= last) {
    counts.set(week.toISODate()!, 0);
    week = week.plus({ weeks: 1 });
  }
  for (const s of activity.sessions) {
    if (s.status !== "held") continue;
    const key = weekOf(s.startsAt);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([w, held]) => ({ week: w, held }));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Where a cohort stands, as its status shows it: a cohort with pairs is running until it is finished. */
export function cohortPhase(overview: CohortOverview): "draft" | "open" | "closed" | "running" | "finished" {
  const { cohort } = overview;
  if (cohort.finishedAt) return "finished";
  if (overview.pairs.length > 0) return "running";
  return cohort.status === "running" || cohort.status === "finished" ? "closed" : cohort.status;
}
