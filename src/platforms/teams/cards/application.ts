import { SESSION_LANGUAGES, type Application, type ApplicationAnswers } from "../../../domain/applications/application";
import { skillPages } from "../../../domain/applications/application-form";
import { applicationWindowOpen, type Cohort } from "../../../domain/cohorts/cohort";
import type { Locale } from "../../../domain/locale";
import type { Person } from "../../../domain/people";
import { formatDate, type Translate } from "../../../i18n";
import {
  actionSet,
  adaptiveCard,
  field,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
  escapeTeamsMarkdown,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

export type FieldErrors = Record<string, string | undefined>;

export interface ProfileCardInput {
  cohort: Cohort;
  application: Application;
  /** What to show: what was saved (or just typed), with the person's defaults for the rest. */
  answers: ApplicationAnswers;
  /** The manager picked, to show by name in the people picker. */
  sponsor?: { id: string; name: string };
  t: Translate;
  dataPolicyUrl?: string;
  resumed?: boolean;
  errors?: FieldErrors;
}

/** Prefix of the skill questionnaire's inputs: "rating.<skill id>". */
export const RATING_PREFIX = "rating.";

const joined = (values: readonly (string | number)[] | undefined) =>
  values && values.length > 0 ? values.map(String).join(",") : undefined;

/**
 * Step 1 of the application: the same questions, order and rules as Slack's profile modal. The
 * manager is picked with Teams' people picker (their Entra ID object id comes back).
 */
export function profileCard({
  cohort,
  application,
  answers,
  sponsor,
  t,
  dataPolicyUrl,
  resumed,
  errors = {},
}: ProfileCardInput): AdaptiveCard {
  const reverse = cohort.mode === "reverse";
  const text = (id: keyof ApplicationAnswers, label: string, multiline: boolean, required: boolean, max = 1500) =>
    field(
      {
        type: "Input.Text",
        id,
        label: needed(label, required),
        isMultiline: multiline,
        maxLength: max,
        value: typeof answers[id] === "string" ? answers[id] : undefined,
      },
      errors,
    );
  const choiceSet = (
    id: string,
    label: string,
    choices: { title: string; value: string }[],
    value: string | undefined,
    options: Record<string, unknown> = {},
    required = false,
  ) =>
    field(
      {
        type: "Input.ChoiceSet",
        id,
        label: needed(label, required),
        choices,
        ...(value !== undefined ? { value } : {}),
        ...options,
      },
      errors,
    );

  const body: CardElement[] = [
    title(t("apply.profileTitle")),
    paragraph(`**${escapeTeamsMarkdown(cohort.name)}**`),
    ...(resumed ? [textBlock(t("apply.resumed"), { isSubtle: true })] : []),
    ...choiceSet(
      "role",
      t("apply.role"),
      [
        { title: t(reverse ? "apply.roleMentorReverse" : "apply.roleMentorClassic"), value: "mentor" },
        { title: t(reverse ? "apply.roleMenteeReverse" : "apply.roleMenteeClassic"), value: "mentee" },
        { title: t("apply.roleBoth"), value: "both" },
      ],
      answers.role,
      { style: "expanded" },
      true,
    ),
    ...text("jobTitle", t("apply.jobTitle"), false, true, 150),
    ...text("department", t("apply.department"), false, true, 100),
    ...choiceSet(
      "sponsorUserId",
      t(cohort.sponsorRequired ? "apply.sponsor" : "apply.sponsorOptional"),
      sponsor ? [{ title: sponsor.name, value: sponsor.id }] : [],
      answers.sponsorUserId,
      { "choices.data": { type: "Data.Query", dataset: "graph.microsoft.com/users" } },
      cohort.sponsorRequired,
    ),
    textBlock(t("apply.sponsorHint"), { isSubtle: true, size: "Small", spacing: "None" }),
    ...field(
      {
        type: "Input.Text",
        id: "linkedinUrl",
        label: t("apply.linkedin"),
        style: "Url",
        maxLength: 300,
        value: answers.linkedinUrl || undefined,
      },
      errors,
    ),
    ...text("strengths", t("apply.strengths"), true, true),
    ...choiceSet(
      "learnSkills",
      t("apply.learnSkills"),
      cohort.skills.map((s) => ({ title: `${s.name} · ${t(`skillGroups.${s.group}`)}`, value: s.id })),
      joined(answers.learnSkills),
      { isMultiSelect: true },
      true,
    ),
    ...text("areasToDeepen", t("apply.areasToDeepen"), true, false),
    ...text("firstWish", t("apply.firstWish"), true, true),
    ...text("selfDescription", t("apply.selfDescription"), true, false),
    ...text("challenges", t("apply.challenges"), true, false),
    ...text("mentoringMeaning", t("apply.mentoringMeaning"), true, false),
    ...choiceSet(
      "languages",
      t("apply.languages"),
      SESSION_LANGUAGES.map((code) => ({ title: t(`sessionLanguages.${code}`), value: code })),
      joined(answers.languages),
      { isMultiSelect: true },
      true,
    ),
    ...field(
      {
        type: "Input.Text",
        id: "timeZone",
        label: needed(t("apply.timeZone")),
        maxLength: 64,
        placeholder: "Europe/Madrid",
        value: answers.timeZone || undefined,
      },
      errors,
    ),
    textBlock(t("settings.timeZoneHint"), { isSubtle: true, size: "Small", spacing: "None" }),
    ...field(
      {
        type: "Input.Time",
        id: "workStart",
        label: needed(t("apply.workStart")),
        value: answers.workStart || undefined,
      },
      errors,
    ),
    ...field(
      { type: "Input.Time", id: "workEnd", label: needed(t("apply.workEnd")), value: answers.workEnd || undefined },
      errors,
    ),
    ...choiceSet(
      "workDays",
      t("apply.workDays"),
      ([1, 2, 3, 4, 5, 6, 7] as const).map((d) => ({ title: t(`weekdays.${d}`), value: String(d) })),
      joined(answers.workDays),
      { isMultiSelect: true, style: "expanded" },
      true,
    ),
  ];
  if (cohort.allowMultipleMentees) {
    body.push(
      ...choiceSet(
        "capacity",
        t("apply.capacity"),
        ["1", "2", "3"].map((n) => ({ title: n, value: n })),
        String(answers.capacity ?? 1),
        { style: "compact" },
      ),
    );
  }
  body.push(
    ...field(
      {
        type: "Input.Toggle",
        id: "consent",
        title: t("apply.consent"),
        valueOn: "true",
        valueOff: "false",
        value: answers.consent ? "true" : "false",
      },
      errors,
    ),
    textBlock(t("apply.consentHint"), { isSubtle: true, size: "Small", spacing: "None" }),
  );
  if (dataPolicyUrl) body.push(paragraph(t("apply.consentLink", { url: dataPolicyUrl }), { size: "Small" }));
  const data = { applicationId: application.id };
  return adaptiveCard(body, [
    submit(t("apply.next"), { action: TEAMS_ACTIONS.applyProfile, ...data }, "positive"),
    submit(t("apply.close"), { action: TEAMS_ACTIONS.applySave, ...data }),
  ]);
}

/**
 * The application's inputs are never `isRequired`: Teams will not send a card while a required
 * input is empty, so *Save and close* and *Back* (which must keep what was typed) could not be
 * pressed on a half-filled form. The server checks every field on *Next* and *Send* and answers
 * under each; the label's asterisk says which ones are needed.
 */
function needed(label: string, required = true): string {
  return required ? `${label} *` : label;
}

/** Step 2: every skill of the page rated 1 to 5, with what was picked kept and each mistake under its skill. */
export function skillsCard(
  cohort: Cohort,
  application: Application,
  page: number,
  t: Translate,
  errors: FieldErrors = {},
  typed: Record<string, string> = {},
): AdaptiveCard {
  const pages = skillPages(cohort.skills);
  const current = Math.min(page, pages.length - 1);
  const ratings = (["1", "2", "3", "4", "5"] as const).map((n) => ({ title: t(`ratings.${n}`), value: n }));
  const body: CardElement[] = [
    title(
      pages.length > 1
        ? t("apply.skillsTitlePaged", { page: current + 1, pages: pages.length })
        : t("apply.skillsTitle"),
    ),
    paragraph(t("apply.skillsIntro")),
  ];
  let group: string | undefined;
  for (const skill of pages[current]!) {
    if (skill.group !== group) {
      group = skill.group;
      body.push(textBlock(t(`skillGroups.${skill.group}`), { weight: "Bolder", spacing: "Medium", separator: true }));
    }
    const id = `${RATING_PREFIX}${skill.id}`;
    const saved = application.answers.ratings?.[skill.id];
    const value = typed[skill.id] ?? (saved ? String(saved) : undefined);
    body.push(
      ...field(
        {
          type: "Input.ChoiceSet",
          id,
          label: needed(skill.name),
          style: "compact",
          choices: ratings,
          ...(value ? { value } : {}),
        },
        { [id]: errors[skill.id] },
      ),
    );
  }
  const last = current >= pages.length - 1;
  const data = { applicationId: application.id, page: current };
  return adaptiveCard(body, [
    submit(last ? t("apply.send") : t("apply.nextPage"), { action: TEAMS_ACTIONS.applySkills, ...data }, "positive"),
    submit(t("apply.backToProfile"), { action: TEAMS_ACTIONS.applyBack, ...data }),
  ]);
}

/** Several cohorts are open: one Apply button each. */
export function applyChoiceCard(cohorts: Cohort[], t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const body: CardElement[] = [paragraph(t("apply.choose"))];
  for (const cohort of cohorts) {
    body.push(
      paragraph(`**${escapeTeamsMarkdown(cohort.name)}**`, { separator: true }),
      textBlock(t("apply.closesOn", { date: formatDate(cohort.applicationsCloseAt, locale, zone) }), {
        isSubtle: true,
        spacing: "None",
      }),
      actionSet([
        submit(t("announce.applyButton"), { action: TEAMS_ACTIONS.applyStart, cohortId: cohort.id }, "positive"),
      ]),
    );
  }
  return adaptiveCard(body);
}

export interface StatusItem {
  application: Application;
  cohort: Cohort;
  sponsor: Person | null;
}

/** `status`: each application's state, the sponsor's answer, and Edit / Withdraw while the window is open. */
export function statusCard(items: StatusItem[], t: Translate, locale: Locale, zone: string, now: Date): AdaptiveCard {
  const body: CardElement[] = [title(t("applications.statusTitle"))];
  for (const { application, cohort, sponsor } of items) {
    const date = (d: Date) => formatDate(d, locale, zone);
    const lines = [`**${escapeTeamsMarkdown(cohort.name)}** · ${t(`applications.statuses.${application.status}`)}`];
    if (application.submittedAt && application.status !== "draft")
      lines.push(t("applications.submittedOn", { date: date(application.submittedAt) }));
    if (sponsor && application.status !== "draft") {
      let line = t("applications.sponsorLine", { sponsor: escapeTeamsMarkdown(sponsor.displayName || sponsor.userId) });
      if (application.status === "awaiting_sponsor" && application.sponsorRequestedAt) {
        line += ` · ${application.sponsorRemindedAt ? t("applications.sponsorReminded", { date: date(application.sponsorRemindedAt) }) : t("applications.sponsorWaiting", { date: date(application.sponsorRequestedAt) })}`;
      }
      lines.push(line);
    }
    if (application.sponsorReason)
      lines.push(t("applications.sponsorReasonLine", { reason: escapeTeamsMarkdown(application.sponsorReason) }));
    if (application.overriddenById) lines.push(t("applications.overridden"));
    body.push(paragraph(lines.join("\n\n"), { separator: true }));
    if (applicationWindowOpen(cohort, now) && application.status !== "matched" && application.status !== "accepted") {
      const editLabel =
        application.status === "draft" || application.status === "withdrawn"
          ? t("applications.continueButton")
          : t("applications.editButton");
      const buttons = [submit(editLabel, { action: TEAMS_ACTIONS.applyStart, cohortId: cohort.id })];
      if (application.status !== "withdrawn")
        buttons.push(
          submit(
            t("applications.withdrawButton"),
            { action: TEAMS_ACTIONS.applicationWithdraw, applicationId: application.id },
            "destructive",
          ),
        );
      body.push(
        actionSet(buttons),
        textBlock(t("applications.closesOn", { date: date(cohort.applicationsCloseAt) }), {
          isSubtle: true,
          size: "Small",
        }),
      );
    }
  }
  return adaptiveCard(body);
}
