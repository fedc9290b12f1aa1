import { DateTime } from "luxon";
import { z } from "zod";
import { isLocale, isTimeZone } from "../locale";
import type { Skill } from "../matching/types";
import { endOfLocalDay, startOfLocalDay, type CohortSettings } from "./cohort";

/**
 * The cohort form's rules, over plain field names shared by Slack and Teams. Values arrive as the
 * platforms send them (strings, booleans); messages are catalogue keys under cohortForm.errors.
 */
const text = (max: number, required: string | undefined, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? "").trim())
    .pipe(
      required
        ? z.string().min(1, { error: required }).max(max, { error: tooLong })
        : z.string().max(max, { error: tooLong }),
    );

const isoDate = (message: string) =>
  z
    .string({ error: message })
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, { error: message });

const whole = (min: number, max: number, message: string) =>
  z
    .union([z.string(), z.number()], { error: message })
    .transform((value) => (typeof value === "number" ? value : Number(value.trim())))
    .pipe(
      z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }),
    );

export const MAX_SKILLS = 60;

export const cohortForm = z
  .object({
    name: text(80, "cohortForm.errors.nameRequired", "cohortForm.errors.nameTooLong"),
    objective: text(3000, "cohortForm.errors.objectiveRequired", "cohortForm.errors.tooLong"),
    learningObjectives: text(3000, undefined, "cohortForm.errors.tooLong"),
    focusAreas: text(3000, undefined, "cohortForm.errors.tooLong"),
    applicationsOpen: isoDate("cohortForm.errors.dateRequired"),
    applicationsClose: isoDate("cohortForm.errors.dateRequired"),
    startsOn: isoDate("cohortForm.errors.dateRequired"),
    endsOn: isoDate("cohortForm.errors.dateRequired"),
    cadenceDays: whole(7, 60, "cohortForm.errors.cadence"),
    minSessions: whole(1, 52, "cohortForm.errors.minSessions"),
    sessionMinutes: whole(15, 240, "cohortForm.errors.sessionMinutes"),
    plenaryCount: whole(0, 52, "cohortForm.errors.plenaryCount"),
    attendanceThreshold: whole(0, 100, "cohortForm.errors.threshold"),
    sponsorRequired: z.boolean().default(false),
    allowMultipleMentees: z.boolean().default(false),
    avoidSameDepartment: z.boolean().default(false),
    anonymousEvaluations: z.boolean().default(false),
    timeZone: z
      .string({ error: "settings.invalidTimeZone" })
      .trim()
      .refine(isTimeZone, { error: "settings.invalidTimeZone" }),
    locale: z.string({ error: "cohortForm.errors.locale" }).refine(isLocale, { error: "cohortForm.errors.locale" }),
    mode: z.enum(["reverse", "classic"], { error: "cohortForm.errors.mode" }),
    competences: z
      .string()
      .optional()
      .transform((value) => value ?? ""),
    tools: z
      .string()
      .optional()
      .transform((value) => value ?? ""),
  })
  .superRefine((form, ctx) => {
    if (form.applicationsClose < form.applicationsOpen) {
      ctx.addIssue({ code: "custom", path: ["applicationsClose"], message: "cohortForm.errors.closeBeforeOpen" });
    }
    if (form.startsOn < form.applicationsClose) {
      ctx.addIssue({ code: "custom", path: ["startsOn"], message: "cohortForm.errors.startBeforeClose" });
    }
    if (form.endsOn <= form.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "cohortForm.errors.endBeforeStart" });
    }
    const lines = [...skillLines(form.competences), ...skillLines(form.tools)];
    if (lines.length === 0)
      ctx.addIssue({ code: "custom", path: ["competences"], message: "cohortForm.errors.skillsRequired" });
    if (lines.length > MAX_SKILLS)
      ctx.addIssue({ code: "custom", path: ["tools"], message: "cohortForm.errors.tooManySkills" });
    for (const [field, value] of [
      ["competences", form.competences],
      ["tools", form.tools],
    ] as const) {
      if (skillLines(value).some((line) => line.length > 80))
        ctx.addIssue({ code: "custom", path: [field], message: "cohortForm.errors.skillTooLong" });
    }
  });

export type CohortFormValues = z.infer<typeof cohortForm>;

/** The validated form as settings; existing skills keep their ids (and so their ratings). */
export function settingsFromForm(form: CohortFormValues, existingSkills: Skill[] = []): CohortSettings {
  const zone = form.timeZone;
  const used = new Set<string>();
  const skills = [
    ...skillsFrom(skillLines(form.competences), "competence", existingSkills, used),
    ...skillsFrom(skillLines(form.tools), "tool", existingSkills, used),
  ];
  return {
    name: form.name,
    objective: form.objective,
    learningObjectives: form.learningObjectives,
    focusAreas: form.focusAreas,
    skills,
    applicationsOpenAt: startOfLocalDay(form.applicationsOpen, zone),
    applicationsCloseAt: endOfLocalDay(form.applicationsClose, zone),
    startsAt: startOfLocalDay(form.startsOn, zone),
    endsAt: endOfLocalDay(form.endsOn, zone),
    cadenceDays: form.cadenceDays,
    minSessions: form.minSessions,
    sessionMinutes: form.sessionMinutes,
    plenaryCount: form.plenaryCount,
    attendanceThreshold: form.attendanceThreshold,
    sponsorRequired: form.sponsorRequired,
    timeZone: zone,
    locale: form.locale as CohortSettings["locale"],
    mode: form.mode,
    allowMultipleMentees: form.allowMultipleMentees,
    avoidSameDepartment: form.avoidSameDepartment,
    anonymousEvaluations: form.anonymousEvaluations,
  };
}

export function skillLines(text: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/^[-•*\s]+/, "").trim();
    const key = line.toLowerCase();
    if (line && !seen.has(key)) {
      seen.add(key);
      lines.push(line);
    }
  }
  return lines;
}

function skillsFrom(lines: string[], group: Skill["group"], existing: Skill[], used: Set<string>): Skill[] {
  return lines.map((name) => {
    const known = existing.find((skill) => skill.name.toLowerCase() === name.toLowerCase() && !used.has(skill.id));
    let id = known?.id ?? skillId(name);
    for (let n = 2; used.has(id); n++) id = `${skillId(name)}-${n}`;
    used.add(id);
    return { id, group, name };
  });
}

function skillId(name: string): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 40);
  return slug || "skill";
}

/** The form's values for a cohort (or a new cohort's defaults), as the platforms pre-fill them. */
export interface CohortFormDefaults {
  name: string;
  objective: string;
  learningObjectives: string;
  focusAreas: string;
  applicationsOpen: string;
  applicationsClose: string;
  startsOn: string;
  endsOn: string;
  cadenceDays: number;
  minSessions: number;
  sessionMinutes: number;
  plenaryCount: number;
  attendanceThreshold: number;
  sponsorRequired: boolean;
  allowMultipleMentees: boolean;
  avoidSameDepartment: boolean;
  anonymousEvaluations: boolean;
  timeZone: string;
  locale: string;
  mode: "reverse" | "classic";
  competences: string;
  tools: string;
}

export function formValuesFrom(settings: CohortSettings): CohortFormDefaults {
  const date = (value: Date) => DateTime.fromJSDate(value, { zone: settings.timeZone }).toISODate()!;
  return {
    name: settings.name,
    objective: settings.objective,
    learningObjectives: settings.learningObjectives,
    focusAreas: settings.focusAreas,
    applicationsOpen: date(settings.applicationsOpenAt),
    applicationsClose: date(settings.applicationsCloseAt),
    startsOn: date(settings.startsAt),
    endsOn: date(settings.endsAt),
    cadenceDays: settings.cadenceDays,
    minSessions: settings.minSessions,
    sessionMinutes: settings.sessionMinutes,
    plenaryCount: settings.plenaryCount,
    attendanceThreshold: settings.attendanceThreshold,
    sponsorRequired: settings.sponsorRequired,
    allowMultipleMentees: settings.allowMultipleMentees,
    avoidSameDepartment: settings.avoidSameDepartment,
    anonymousEvaluations: settings.anonymousEvaluations,
    timeZone: settings.timeZone,
    locale: settings.locale,
    mode: settings.mode,
    competences: settings.skills
      .filter((s) => s.group === "competence")
      .map((s) => s.name)
      .join("\n"),
    tools: settings.skills
      .filter((s) => s.group === "tool")
      .map((s) => s.name)
      .join("\n"),
  };
}
