import { z } from "zod";
import { validateForm, type FieldError, type FormResult } from "../forms";
import { isTimeZone } from "../locale";
import type { Skill } from "../matching/types";
import { SESSION_LANGUAGES, type ApplicationAnswers } from "./application";

/**
 * The application's two steps as zod schemas over plain field names (Slack and Teams map their
 * inputs onto them). Messages are catalogue keys under applicationForm.errors.
 */
const optionalText = (max: number) =>
  z
    .string()
    .nullish()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().max(max, { error: "applicationForm.errors.tooLong" }));

const requiredText = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .nullish()
    .transform((value) => (value ?? "").trim())
    .pipe(z.string().min(1, { error: missing }).max(max, { error: "applicationForm.errors.tooLong" }));

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const LINKEDIN = /^https?:\/\/([a-z]{2,3}\.)?linkedin\.com\/(in|pub)\/[^/?#\s]+\/?(\?.*)?$/i;

export function minutesOf(time: string): number {
  const [hours = "0", minutes = "0"] = time.split(":");
  return Number(hours) * 60 + Number(minutes);
}

export interface ProfileRules {
  skills: Skill[];
  sponsorRequired: boolean;
  allowMultipleMentees: boolean;
  /** The applicant's own platform user id: they cannot sponsor themselves. */
  applicantUserId: string;
}

/** Step 1, the profile: the toolkit's candidate questions plus availability and consent. */
export function profileForm(rules: ProfileRules) {
  const skillIds = new Set(rules.skills.map((skill) => skill.id));
  return z
    .object({
      role: z.enum(["mentor", "mentee", "both"], { error: "applicationForm.errors.role" }),
      jobTitle: requiredText(150, "applicationForm.errors.jobTitle"),
      department: requiredText(100, "applicationForm.errors.department"),
      sponsorUserId: z.string().nullish().transform((value) => value || undefined),
      linkedinUrl: optionalText(300).refine((url) => url === "" || LINKEDIN.test(url), { error: "applicationForm.errors.linkedin" }),
      strengths: requiredText(1500, "applicationForm.errors.strengths"),
      learnSkills: z
        .array(z.string())
        .nullish()
        .transform((ids) => (ids ?? []).filter((id) => skillIds.has(id)))
        .pipe(z.array(z.string()).min(1, { error: "applicationForm.errors.learnSkills" })),
      areasToDeepen: optionalText(1500),
      firstWish: requiredText(1500, "applicationForm.errors.firstWish"),
      selfDescription: optionalText(1500),
      challenges: optionalText(1500),
      mentoringMeaning: optionalText(1500),
      languages: z
        .array(z.string())
        .nullish()
        .transform((codes) => (codes ?? []).filter((code) => (SESSION_LANGUAGES as readonly string[]).includes(code)))
        .pipe(z.array(z.string()).min(1, { error: "applicationForm.errors.languages" })),
      timeZone: z.string({ error: "settings.invalidTimeZone" }).trim().refine(isTimeZone, { error: "settings.invalidTimeZone" }),
      workStart: z.string({ error: "applicationForm.errors.workHours" }).regex(TIME, { error: "applicationForm.errors.workHours" }),
      workEnd: z.string({ error: "applicationForm.errors.workHours" }).regex(TIME, { error: "applicationForm.errors.workHours" }),
      workDays: z
        .array(z.union([z.string(), z.number()]))
        .nullish()
        .transform((days) => [...new Set((days ?? []).map(Number).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7))].sort())
        .pipe(z.array(z.number()).min(1, { error: "applicationForm.errors.workDays" })),
      capacity: z
        .union([z.string(), z.number()])
        .nullish()
        .transform((value) => (value === null || value === undefined || value === "" ? 1 : Number(value)))
        .pipe(z.number().int({ error: "applicationForm.errors.capacity" }).min(1, { error: "applicationForm.errors.capacity" }).max(3, { error: "applicationForm.errors.capacity" })),
      consent: z.boolean().refine((given) => given, { error: "applicationForm.errors.consent" }),
    })
    .superRefine((form, ctx) => {
      for (const error of profileCrossChecks(rules)(form)) ctx.addIssue({ code: "custom", path: [error.field], message: error.message });
    })
    .transform((form) => ({
      ...form,
      // Only mentors take several mentees, and only when the cohort allows it.
      capacity: rules.allowMultipleMentees && form.role === "mentor" ? form.capacity : 1,
    }));
}

/** The profile's rules between fields, on raw or parsed values alike. */
export function profileCrossChecks(rules: ProfileRules) {
  return (form: Record<string, unknown>): FieldError[] => {
    const errors: FieldError[] = [];
    const sponsor = typeof form.sponsorUserId === "string" ? form.sponsorUserId : "";
    if (rules.sponsorRequired && !sponsor) errors.push({ field: "sponsorUserId", message: "applicationForm.errors.sponsorRequired" });
    if (sponsor && sponsor === rules.applicantUserId) errors.push({ field: "sponsorUserId", message: "applicationForm.errors.sponsorIsApplicant" });
    const start = typeof form.workStart === "string" ? form.workStart : "";
    const end = typeof form.workEnd === "string" ? form.workEnd : "";
    if (TIME.test(start) && TIME.test(end) && minutesOf(end) - minutesOf(start) < 60) errors.push({ field: "workEnd", message: "applicationForm.errors.workHoursOrder" });
    return errors;
  };
}

/** Step 1 checked as a whole: every mistake at once, each next to its field. */
export function validateProfile(rules: ProfileRules, input: Record<string, unknown>): FormResult<ProfileAnswers> {
  return validateForm(profileForm(rules), input, profileCrossChecks(rules));
}

export type ProfileAnswers = z.output<ReturnType<typeof profileForm>>;

/** Step 2, the skill questionnaire: every skill on the page rated 1 to 5. */
export function ratingsForm(skills: Skill[]) {
  const shape: Record<string, z.ZodType<number>> = {};
  for (const skill of skills) {
    shape[skill.id] = z
      .union([z.string(), z.number()], { error: "applicationForm.errors.rating" })
      .transform((value) => Number(value))
      .pipe(z.number({ error: "applicationForm.errors.rating" }).int().min(1, { error: "applicationForm.errors.rating" }).max(5, { error: "applicationForm.errors.rating" }));
  }
  return z.object(shape);
}

/** The skill questionnaire is paged so a long catalogue fits Slack's 100-block views. */
export const SKILLS_PER_PAGE = 40;

export function skillPages(skills: Skill[]): Skill[][] {
  const pages: Skill[][] = [];
  for (let i = 0; i < skills.length; i += SKILLS_PER_PAGE) pages.push(skills.slice(i, i + SKILLS_PER_PAGE));
  return pages.length > 0 ? pages : [[]];
}

/**
 * What a closed modal leaves behind: every typed value kept as it is, unchecked, so a draft
 * resumes exactly where the person stopped.
 */
export function draftFromInput(input: Record<string, unknown>): ApplicationAnswers {
  const draft: ApplicationAnswers = {};
  const text = (key: keyof ApplicationAnswers) => {
    const value = input[key];
    if (typeof value === "string") (draft as Record<string, unknown>)[key] = value.slice(0, 3000);
  };
  for (const key of ["jobTitle", "department", "sponsorUserId", "linkedinUrl", "strengths", "areasToDeepen", "firstWish", "selfDescription", "challenges", "mentoringMeaning", "timeZone", "workStart", "workEnd"] as const) text(key);
  if (input.role === "mentor" || input.role === "mentee" || input.role === "both") draft.role = input.role;
  if (Array.isArray(input.learnSkills)) draft.learnSkills = input.learnSkills.map(String);
  if (Array.isArray(input.languages)) draft.languages = input.languages.map(String);
  if (Array.isArray(input.workDays)) draft.workDays = input.workDays.map(Number).filter((d) => d >= 1 && d <= 7);
  if (input.capacity !== undefined && input.capacity !== null && input.capacity !== "") draft.capacity = Number(input.capacity);
  if (typeof input.consent === "boolean") draft.consent = input.consent;
  return draft;
}
