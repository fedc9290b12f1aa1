import { DateTime } from "luxon";
import type { Locale } from "../locale";
import type { Skill } from "../matching/types";
import { starterSkills } from "../skills-catalogue";

/** Where a cohort is in its life: applications not yet open, open, closed (matching), running, finished. */
export type CohortStatus = "draft" | "open" | "closed" | "running" | "finished";

/** What a coordinator sets for a cohort (phase 1 of the toolkit: define the objective). */
export interface CohortSettings {
  name: string;
  objective: string;
  learningObjectives: string;
  focusAreas: string;
  skills: Skill[];
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  startsAt: Date;
  endsAt: Date;
  cadenceDays: number;
  minSessions: number;
  sessionMinutes: number;
  plenaryCount: number;
  attendanceThreshold: number;
  sponsorRequired: boolean;
  timeZone: string;
  locale: Locale;
  mode: "reverse" | "classic";
  allowMultipleMentees: boolean;
  avoidSameDepartment: boolean;
  /** Evaluation answers leave Tandem (exports, the report) without names. */
  anonymousEvaluations: boolean;
}

export interface Cohort extends CohortSettings {
  id: string;
  slug: string;
  status: CohortStatus;
  isDemo: boolean;
  /** Set when the cohort was closed and its certificates went out. */
  finishedAt: Date | null;
  createdById: string;
  createdAt: Date;
}

/** The defaults of a new cohort, from the toolkit and the civil-service programme in the seeds. */
export const COHORT_DEFAULTS = {
  applicationWindowDays: 21,
  daysFromCloseToStart: 7,
  programmeWeeks: 15,
  cadenceDays: 14,
  minSessions: 4,
  sessionMinutes: 60,
  plenaryCount: 7,
  attendanceThreshold: 85,
  sponsorRequired: true,
} as const;

export function defaultCohortSettings(now: Date, timeZone: string, locale: Locale): CohortSettings {
  const today = DateTime.fromJSDate(now, { zone: timeZone }).startOf("day");
  const closes = today.plus({ days: COHORT_DEFAULTS.applicationWindowDays }).endOf("day");
  const starts = closes.plus({ days: COHORT_DEFAULTS.daysFromCloseToStart }).startOf("day");
  return {
    name: "",
    objective: "",
    learningObjectives: "",
    focusAreas: "",
    skills: starterSkills(locale),
    applicationsOpenAt: today.toJSDate(),
    applicationsCloseAt: closes.toJSDate(),
    startsAt: starts.toJSDate(),
    endsAt: starts.plus({ weeks: COHORT_DEFAULTS.programmeWeeks }).endOf("day").toJSDate(),
    cadenceDays: COHORT_DEFAULTS.cadenceDays,
    minSessions: COHORT_DEFAULTS.minSessions,
    sessionMinutes: COHORT_DEFAULTS.sessionMinutes,
    plenaryCount: COHORT_DEFAULTS.plenaryCount,
    attendanceThreshold: COHORT_DEFAULTS.attendanceThreshold,
    sponsorRequired: COHORT_DEFAULTS.sponsorRequired,
    timeZone,
    locale,
    mode: "reverse",
    allowMultipleMentees: false,
    avoidSameDepartment: false,
    anonymousEvaluations: false,
  };
}

/** "Mentoría Digital 2026-I" → "mentoria digital 2026-i": how people type a cohort's name. */
export function cohortSlug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True while people can apply: the cohort is open and now falls inside its window. */
export function applicationWindowOpen(
  cohort: Pick<Cohort, "status" | "applicationsOpenAt" | "applicationsCloseAt">,
  now: Date,
): boolean {
  return cohort.status === "open" && now >= cohort.applicationsOpenAt && now <= cohort.applicationsCloseAt;
}

/** A cohort that is not over yet: commands without a cohort name pick among these. */
export function isActive(cohort: Pick<Cohort, "status">): boolean {
  return cohort.status !== "finished";
}

/** Calendar dates ("2026-12-01") in the cohort's zone, as the forms show them. */
export function localDate(date: Date, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).toISODate()!;
}

export function startOfLocalDay(isoDate: string, zone: string): Date {
  return DateTime.fromISO(isoDate, { zone }).startOf("day").toJSDate();
}

export function endOfLocalDay(isoDate: string, zone: string): Date {
  return DateTime.fromISO(isoDate, { zone }).endOf("day").toJSDate();
}
