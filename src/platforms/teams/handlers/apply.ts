import { TeamsInfo } from "../transport";
import { z } from "zod";
import { answersWithDefaults, type Application } from "../../../domain/applications/application";
import { ratingsForm, skillPages, typedAnswers, validateProfile } from "../../../domain/applications/application-form";
import { profileRules, type DraftResult } from "../../../domain/applications/application-service";
import { applicationChoices } from "../../../domain/cohorts/application-choices";
import { applicationWindowOpen, type Cohort } from "../../../domain/cohorts/cohort";
import { validateForm } from "../../../domain/forms";
import type { Person } from "../../../domain/people";
import { formatDate } from "../../../i18n";
import { listOf, textOf } from "../cards/card";
import { applyChoiceCard, profileCard, RATING_PREFIX, skillsCard, type FieldErrors } from "../cards/application";
import { chooseCohort } from "../cohort-choice";
import { submittedText } from "../../../app/apply";
import { applyRefusal, draftRefusal, submitRefusal, fieldErrorKey } from "../../../app/refusals";
import type { TeamsRequest } from "../request";
import { teamsText } from "../render";

/** `apply [cohort]`: the application card, or which cohort, or when the next one opens. */
export async function applyCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer } = request;
  const { t, locale, timeZone } = viewer;
  if (rest.trim()) {
    const real = (c: Cohort) => !c.isDemo;
    const cohort = await chooseCohort(request, rest, "apply", real, real);
    if (cohort) await openApplication(request, cohort);
    return;
  }
  const { open, next } = applicationChoices(await services.cohorts.list(), services.clock.now());
  if (open.length === 1) return openApplication(request, open[0]!);
  if (open.length > 1) return request.card(applyChoiceCard(open, t, locale, timeZone));
  const none = t("apply.noneOpen");
  await request.reply(
    next
      ? `${none} ${viewer.tEscaped("apply.nextOpens", { name: next.name, date: formatDate(next.applicationsOpenAt, locale, timeZone) })}`
      : none,
  );
}

/** Apply (from an announcement or a choice) and Edit / Continue (from `status`): the card for that cohort. */
export async function applyStart(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const cohortId = z.object({ cohortId: z.string().min(1) }).safeParse(value);
  const cohort = cohortId.success ? await request.services.cohorts.findById(cohortId.data.cohortId) : null;
  if (!cohort || cohort.isDemo) return request.reply(request.viewer.t("apply.noneOpen"));
  await openApplication(request, cohort);
}

/** A new draft, or the saved one to resume or edit; or plainly why not. */
async function openApplication(request: TeamsRequest, cohort: Cohort): Promise<void> {
  const { services, viewer } = request;
  const { t, locale, timeZone } = viewer;
  const gate = await services.applications.begin(viewer.person, cohort);
  if (!gate.ok) return request.reply(teamsText(applyRefusal(gate), viewer));
  const answers = answersWithDefaults(gate.application.answers, { timeZone, locale });
  // From the call in a channel, the form goes to the person's own chat with Tandem.
  await request.privately(
    profileCard({
      cohort,
      application: gate.application,
      answers,
      sponsor: await sponsorChoice(request, answers.sponsorUserId),
      t,
      dataPolicyUrl: services.config.links.dataPolicyUrl,
      resumed: gate.resumed,
    }),
  );
}

/** The application a card is about, when it is the viewer's own; otherwise they are told. */
async function ownApplication(
  request: TeamsRequest,
  value: Record<string, unknown>,
): Promise<{ application: Application; cohort: Cohort } | undefined> {
  const id = z.object({ applicationId: z.string().min(1) }).safeParse(value);
  const application = id.success ? await request.services.applications.findById(id.data.applicationId) : null;
  const cohort = application ? await request.services.cohorts.findById(application.cohortId) : null;
  if (!application || !cohort || application.personId !== request.viewer.person.id) {
    await request.reply(request.viewer.t("apply.notYours"));
    return undefined;
  }
  return { application, cohort };
}

/** The profile card's inputs under the form's field names (multi-selects arrive as "a,b"). */
export function profileInput(value: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of [
    "role",
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
    "capacity",
  ]) {
    const text = textOf(value[key]);
    if (text !== undefined) input[key] = text;
  }
  input.learnSkills = listOf(value.learnSkills);
  input.languages = listOf(value.languages);
  input.workDays = listOf(value.workDays);
  input.consent = value.consent === true || value.consent === "true";
  return input;
}

/** "Next" on step 1: checked field by field; a mistake re-renders the card with what was typed. */
export async function applyProfileSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const own = await ownApplication(request, value);
  if (!own) return;
  const { application, cohort } = own;
  const input = profileInput(value);
  if (!applicationWindowOpen(cohort, services.clock.now())) {
    return request.reply(
      viewer.tEscaped("apply.windowClosed", {
        name: cohort.name,
        date: formatDate(cohort.applicationsCloseAt, viewer.locale, viewer.timeZone),
      }),
    );
  }
  const form = validateProfile(profileRules(cohort, viewer.person), input);
  if (!form.ok) {
    // The draft keeps what was right; the card shows back everything typed, under its errors.
    await services.applications.saveDraft(viewer.person, application.id, { profile: input });
    const typed = typedAnswers(input);
    const errors: FieldErrors = {};
    for (const error of form.errors)
      errors[error.field] = t(fieldErrorKey(error), { zone: String(input.timeZone ?? ""), prefix: "" });
    await request.card(
      profileCard({
        cohort,
        application,
        answers: typed,
        sponsor: await sponsorChoice(request, typed.sponsorUserId),
        t,
        dataPolicyUrl: services.config.links.dataPolicyUrl,
        errors,
      }),
    );
    return;
  }
  const saved = await services.applications.saveProfile(viewer.person, application.id, form.value);
  await request.card(skillsCard(cohort, saved ?? application, 0, t));
}

/** "Save and close": the draft keeps what passes the form's rules, so `apply` resumes it. */
export async function applySaved(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const own = await ownApplication(request, value);
  if (!own) return;
  const saved = await request.services.applications.saveDraft(request.viewer.person, own.application.id, {
    profile: profileInput(value),
  });
  await request.reply(draftReply(request, saved, own.cohort));
}

/** "Back to the profile" from the skills: the levels picked are kept (in a draft), the profile shown again. */
export async function applyBack(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const own = await ownApplication(request, value);
  if (!own) return;
  const { services, viewer } = request;
  const ratings = ratingsOf(value);
  const saved =
    Object.keys(ratings).length > 0
      ? await services.applications.saveDraft(viewer.person, own.application.id, { ratings })
      : null;
  // A sent application's profile is shown again (it changes when sent again); anything else stops here.
  if (saved && !saved.ok && saved.reason !== "not-a-draft")
    return request.reply(draftReply(request, saved, own.cohort));
  const application = saved?.ok ? saved.application : own.application;
  const answers = answersWithDefaults(application.answers, { timeZone: viewer.timeZone, locale: viewer.locale });
  await request.card(
    profileCard({
      cohort: own.cohort,
      application,
      answers,
      sponsor: await sponsorChoice(request, answers.sponsorUserId),
      t: viewer.t,
      dataPolicyUrl: services.config.links.dataPolicyUrl,
    }),
  );
}

/** What a draft save tells the person: saved, too late, or that a sent application changes only when sent again. */
function draftReply(request: TeamsRequest, result: DraftResult, cohort: Cohort): string {
  if (result.ok) return request.viewer.tEscaped("teams.apply.saved", { cohort: cohort.name });
  return teamsText(draftRefusal(result, cohort), request.viewer);
}

function ratingsOf(value: Record<string, unknown>): Record<string, string> {
  const ratings: Record<string, string> = {};
  for (const [key, rating] of Object.entries(value)) {
    if (key.startsWith(RATING_PREFIX) && typeof rating === "string" && rating !== "")
      ratings[key.slice(RATING_PREFIX.length)] = rating;
  }
  return ratings;
}

/** Step 2, a page of ratings: saved; then the next page, or the application is sent. */
export async function applySkillsSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const own = await ownApplication(request, value);
  if (!own) return;
  const { application, cohort } = own;
  const pages = skillPages(cohort.skills);
  const page = Math.min(Math.max(0, Number(value.page) || 0), pages.length - 1);
  const typed = ratingsOf(value);
  const form = validateForm(ratingsForm(pages[page] ?? []), typed);
  if (!form.ok) {
    const errors: FieldErrors = {};
    for (const error of form.errors) errors[error.field] = t(fieldErrorKey(error));
    await request.card(skillsCard(cohort, application, page, t, errors, typed));
    return;
  }
  const saved = (await services.applications.saveRatings(viewer.person, application.id, form.value)) ?? application;
  if (page < pages.length - 1) return request.card(skillsCard(cohort, saved, page + 1, t));

  const sponsor = await sponsorPerson(request, saved.answers.sponsorUserId);
  const result = await services.applications.submit(viewer.person, application.id, sponsor);
  if (!result.ok) {
    const refused = submitRefusal(result, cohort);
    if (refused.back)
      return request.card(
        skillsCard(cohort, saved, refused.back.page, t, { [refused.back.skill]: teamsText(refused.text, viewer) }),
      );
    return request.reply(teamsText(refused.text, viewer));
  }
  const sponsorName = sponsor ? sponsor.displayName || sponsor.userId : "";
  await request.reply(teamsText(submittedText(result, cohort, sponsor), viewer));
  if (
    sponsor &&
    result.outcome === "awaiting-sponsor" &&
    !(await services.conversationRefs.reachable([sponsor.id])).has(sponsor.id)
  ) {
    // A manager who never opened Tandem cannot be asked yet: say so, so the applicant can tell them.
    await request.reply(viewer.tEscaped("teams.apply.sponsorUnreached", { sponsor: sponsorName }));
  }
}

/** The manager picked with the people picker, as a person Tandem knows (same tenant). */
async function sponsorPerson(request: TeamsRequest, aadObjectId: string | undefined): Promise<Person | null> {
  if (!aadObjectId) return null;
  const { services, viewer } = request;
  const key = { platform: "teams" as const, workspaceId: viewer.person.workspaceId, userId: aadObjectId };
  const known = await services.people.find(key);
  if (known?.displayName) return known;
  return services.people.identifyWithProfile(key, { displayName: await memberName(request, aadObjectId) });
}

/** The picked manager for the picker to show by name. */
async function sponsorChoice(
  request: TeamsRequest,
  aadObjectId: string | undefined,
): Promise<{ id: string; name: string } | undefined> {
  if (!aadObjectId) return undefined;
  const known = await request.services.people.find({
    platform: "teams",
    workspaceId: request.viewer.person.workspaceId,
    userId: aadObjectId,
  });
  return { id: aadObjectId, name: known?.displayName || (await memberName(request, aadObjectId)) || aadObjectId };
}

/** Teams knows everyone's name in the tenant; outside Teams (or when it will not say) there is none. */
async function memberName(request: TeamsRequest, aadObjectId: string): Promise<string | undefined> {
  try {
    return (await TeamsInfo.getMember(request.context, aadObjectId)).name || undefined;
  } catch {
    return undefined;
  }
}
