import { z } from "zod";
import { validateForm, type FieldError, type FormResult } from "../forms";
import { isTimeZone } from "../locale";
import { MAX_MENTEES_PER_MENTOR, type Skill } from "../matching/types";
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

/** Step 1's fields, each with the rule a submission applies to it (drafts reuse them one by one). */
function profileFields(rules: ProfileRules) {
  const skillIds = new Set(rules.skills.map((skill) => skill.id));
  return {
    role: z.enum(["mentor", "mentee", "both"], { error: "applicationForm.errors.role" }),
    jobTitle: requiredText(150, "applicationForm.errors.jobTitle"),
    department: requiredText(100, "applicationForm.errors.department"),
    // Platform user ids are short (Slack ~11, Teams' object ids 36): anything longer is not one.
    sponsorUserId: z
      .string()
      .max(100, { error: "applicationForm.errors.sponsorRequired" })
      .nullish()
      .transform((value) => value || undefined),
    linkedinUrl: optionalText(300).refine((url) => url === "" || LINKEDIN.test(url), {
      error: "applicationForm.errors.linkedin",
    }),
    strengths: requiredText(1500, "applicationForm.errors.strengths"),
    learnSkills: z
      .array(z.string())
      .nullish()
      .transform((ids) => [...new Set((ids ?? []).filter((id) => skillIds.has(id)))])
      .pipe(z.array(z.string()).min(1, { error: "applicationForm.errors.learnSkills" })),
    areasToDeepen: optionalText(1500),
    firstWish: requiredText(1500, "applicationForm.errors.firstWish"),
    selfDescription: optionalText(1500),
    challenges: optionalText(1500),
    mentoringMeaning: optionalText(1500),
    languages: z
      .array(z.string())
      .nullish()
      .transform((codes) => [
        ...new Set((codes ?? []).filter((code) => (SESSION_LANGUAGES as readonly string[]).includes(code))),
      ])
      .pipe(z.array(z.string()).min(1, { error: "applicationForm.errors.languages" })),
    timeZone: z
      .string({ error: "settings.invalidTimeZone" })
      .trim()
      .max(64, { error: "settings.invalidTimeZone" })
      .refine(isTimeZone, { error: "settings.invalidTimeZone" }),
    workStart: z
      .string({ error: "applicationForm.errors.workHours" })
      .regex(TIME, { error: "applicationForm.errors.workHours" }),
    workEnd: z
      .string({ error: "applicationForm.errors.workHours" })
      .regex(TIME, { error: "applicationForm.errors.workHours" }),
    workDays: z
      .array(z.union([z.string(), z.number()]))
      .nullish()
      .transform((days) =>
        [...new Set((days ?? []).map(Number).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7))].sort(),
      )
      .pipe(z.array(z.number()).min(1, { error: "applicationForm.errors.workDays" })),
    capacity: z
      .union([z.string(), z.number()])
      .nullish()
      .transform((value) => (value === null || value === undefined || value === "" ? 1 : Number(value)))
      .pipe(
        z
          .number()
          .int({ error: "applicationForm.errors.capacity" })
          .min(1, { error: "applicationForm.errors.capacity" })
          .max(MAX_MENTEES_PER_MENTOR, { error: "applicationForm.errors.capacity" }),
      ),
    consent: z
      .boolean({ error: "applicationForm.errors.consent" })
      .refine((given) => given, { error: "applicationForm.errors.consent" }),
  };
}

/** Step 1, the profile: the toolkit's candidate questions plus availability and consent. */
export function profileForm(rules: ProfileRules) {
  return z
    .object(profileFields(rules))
    .superRefine((form, ctx) => {
      for (const error of profileCrossChecks(rules)(form))
        ctx.addIssue({ code: "custom", path: [error.field], message: error.message });
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
    if (rules.sponsorRequired && !sponsor)
      errors.push({ field: "sponsorUserId", message: "applicationForm.errors.sponsorRequired" });
    if (sponsor && sponsor === rules.applicantUserId)
      errors.push({ field: "sponsorUserId", message: "applicationForm.errors.sponsorIsApplicant" });
    const start = typeof form.workStart === "string" ? form.workStart : "";
    const end = typeof form.workEnd === "string" ? form.workEnd : "";
    if (TIME.test(start) && TIME.test(end) && minutesOf(end) - minutesOf(start) < 60)
      errors.push({ field: "workEnd", message: "applicationForm.errors.workHoursOrder" });
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
      .pipe(
        z
          .number({ error: "applicationForm.errors.rating" })
          .int()
          .min(1, { error: "applicationForm.errors.rating" })
          .max(5, { error: "applicationForm.errors.rating" }),
      );
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
 * What a person typed, as the form shows it back (a Teams card re-rendered under its errors):
 * kept as typed, so nothing they wrote disappears from the screen. Never stored: see draftProfile.
 */
export function typedAnswers(input: Record<string, unknown>): ApplicationAnswers {
  const draft: ApplicationAnswers = {};
  const text = (key: keyof ApplicationAnswers) => {
    const value = input[key];
    if (typeof value === "string") (draft as Record<string, unknown>)[key] = value.slice(0, 3000);
  };
  for (const key of [
    "jobTitle",
    "department",
    "sponsorUserId",
    "linkedinUrl",
    "strengths",
    "areasToDeepen",
    "firstWish",
    "selfDescription",
    "challenges",
    "mentoringMeaning",
    "timeZone",
    "workStart",
    "workEnd",
  ] as const)
    text(key);
  if (input.role === "mentor" || input.role === "mentee" || input.role === "both") draft.role = input.role;
  if (Array.isArray(input.learnSkills)) draft.learnSkills = input.learnSkills.slice(0, 500).map(String);
  if (Array.isArray(input.languages)) draft.languages = input.languages.slice(0, 50).map(String);
  if (Array.isArray(input.workDays))
    draft.workDays = input.workDays
      .slice(0, 50)
      .map(Number)
      .filter((d) => d >= 1 && d <= 7);
  if (input.capacity !== undefined && input.capacity !== null && input.capacity !== "")
    draft.capacity = Number(input.capacity);
  if (typeof input.consent === "boolean") draft.consent = input.consent;
  return draft;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/**
 * What a closed form may leave in a draft: each field on its own, under the same rule as a
 * submission (lengths, the cohort's skills, IANA zones, capacity 1 to 3). A field that fails, or
 * is left empty, is not in the result, so the draft keeps what it had; consent alone may be
 * unticked (a person may take it back before sending). Cross-field rules drop the field they
 * name (a sponsor who is the applicant, a day that ends before it starts).
 */
export function draftProfile(rules: ProfileRules, input: Record<string, unknown>): ApplicationAnswers {
  const fields = profileFields(rules);
  const draft: Record<string, unknown> = {};
  for (const [key, rule] of Object.entries(fields)) {
    const value = input[key];
    if (key === "consent") {
      if (typeof value === "boolean") draft.consent = value;
      continue;
    }
    if (isEmpty(value)) continue;
    const parsed = (rule as z.ZodType).safeParse(value);
    if (parsed.success && !isEmpty(parsed.data)) draft[key] = parsed.data;
  }
  for (const error of profileCrossChecks(rules)(draft)) delete draft[error.field];
  if (typeof draft.capacity === "number" && !rules.allowMultipleMentees) draft.capacity = 1;
  return draft as ApplicationAnswers;
}

/**
 * The levels a closed skills page may leave in a draft: only the cohort's own skills, only on
 * the 1 to 5 scale; anything else is ignored.
 */
export function draftRatings(skills: Skill[], input: Record<string, unknown>): Record<string, number> {
  const rule = ratingsForm(skills).shape;
  const ratings: Record<string, number> = {};
  for (const skill of skills) {
    if (!Object.hasOwn(input, skill.id) || isEmpty(input[skill.id])) continue;
    const parsed = rule[skill.id]!.safeParse(input[skill.id]);
    if (parsed.success) ratings[skill.id] = parsed.data;
  }
  return ratings;
}
