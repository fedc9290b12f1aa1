import type { Application } from "../applications/application";
import type { Evaluation } from "../evaluation/evaluation-service";
import type { CohortActivity } from "./cohort-activity";
import type { CohortOverview } from "./cohort-overview";

/** A cohort's records as tables, for the coordinator's spreadsheets. Counts, dates and answers: no notes. */
export interface CohortExport {
  applications: {
    name: string;
    role: string;
    department: string;
    jobTitle: string;
    status: string;
    submittedAt: Date | null;
  }[];
  pairs: {
    mentor: string;
    mentee: string;
    status: string;
    held: number;
    due: number;
    lastHeldAt: Date | null;
    nextAt: Date | null;
    atRisk: string;
  }[];
  sessions: { mentor: string; mentee: string; startsAt: Date; status: string }[];
  attendance: { plenary: number; startsAt: Date; name: string; attended: boolean }[];
  evaluations: {
    kind: string;
    role: string;
    /** Empty where the cohort's evaluations are anonymous (and so are the time and skills). */
    name: string;
    submittedAt: Date | null;
    satisfaction: number | null;
    objectiveProgress: number | null;
    recommend: string;
    learned: string;
    stillNeeded: string;
    comments: string;
    skills: string;
  }[];
}

export function cohortExport(
  overview: CohortOverview,
  applications: Application[],
  activity: CohortActivity,
  evaluations: Evaluation[],
  nameOf: (personId: string) => string,
): CohortExport {
  const { cohort } = overview;
  const pairNames = new Map(
    overview.pairs.map((p) => [p.pairId, { mentor: nameOf(p.mentorId), mentee: nameOf(p.menteeId) }]),
  );
  const participants = overview.participants.map((p) => p.personId);
  const skillName = new Map(cohort.skills.map((s) => [s.id, s.name]));
  return {
    applications: applications.map((a) => ({
      name: nameOf(a.personId),
      role: a.answers.role ?? "",
      department: a.answers.department ?? "",
      jobTitle: a.answers.jobTitle ?? "",
      status: a.status,
      submittedAt: a.submittedAt,
    })),
    pairs: overview.pairs.map((p) => ({
      ...pairNames.get(p.pairId)!,
      status: p.status,
      held: p.held,
      due: p.due,
      lastHeldAt: p.lastHeldAt,
      nextAt: p.nextAt,
      atRisk: p.risks.join(" "),
    })),
    sessions: activity.sessions
      .filter((s) => s.status === "held" || s.status === "scheduled")
      .filter((s) => pairNames.has(s.pairId))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
      .map((s) => ({ ...pairNames.get(s.pairId)!, startsAt: s.startsAt, status: s.status })),
    attendance: activity.plenaries
      .filter((p) => p.startsAt <= overview.asOf)
      .flatMap((p) =>
        participants.map((id) => ({
          plenary: p.number,
          startsAt: p.startsAt,
          name: nameOf(id),
          attended: p.attendedPersonIds.includes(id),
        })),
      ),
    evaluations: evaluationRows(evaluations, cohort.anonymousEvaluations, nameOf, (id) => skillName.get(id) ?? id),
  };
}

/**
 * One row per questionnaire. In an anonymous cohort a row must not lead back to a person: no name,
 * no time it was sent, no skills (which skills and the "before" rating come from the application),
 * and rows sorted by what they say, not in the order of the people (the pairs file's order).
 */
function evaluationRows(
  evaluations: Evaluation[],
  anonymous: boolean,
  nameOf: (personId: string) => string,
  skillName: (id: string) => string,
): CohortExport["evaluations"] {
  const rows = evaluations.map((e) => ({
    kind: e.kind,
    role: e.role,
    name: anonymous || !e.personId ? "" : nameOf(e.personId),
    submittedAt: anonymous ? null : e.submittedAt,
    satisfaction: e.answers?.satisfaction ?? null,
    objectiveProgress: e.answers?.objectiveProgress ?? null,
    recommend: e.answers?.recommend ?? "",
    learned: e.answers?.learned ?? "",
    stillNeeded: e.answers?.stillNeeded ?? "",
    comments: e.answers?.comments ?? "",
    skills: anonymous
      ? ""
      : Object.entries(e.skillsAfter ?? {})
          .map(([id, after]) => `${skillName(id)}: ${e.skillsBefore?.[id] ?? "?"}→${after}`)
          .join("; "),
  }));
  if (!anonymous) return rows;
  const key = (r: (typeof rows)[number]) =>
    JSON.stringify([
      r.kind,
      r.role,
      r.satisfaction ?? 0,
      r.objectiveProgress ?? 0,
      r.recommend,
      r.learned,
      r.stillNeeded,
      r.comments,
    ]);
  return rows.sort((a, b) => key(a).localeCompare(key(b)));
}
