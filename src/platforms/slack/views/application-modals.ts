import type { KnownBlock, ModalView, PlainTextOption } from "@slack/types";
import type { Application, ApplicationAnswers } from "../../../domain/applications/application";
import { SESSION_LANGUAGES } from "../../../domain/applications/application";
import { skillPages } from "../../../domain/applications/application-form";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Skill } from "../../../domain/matching/types";
import type { Translate } from "../../../i18n";
import { ACTION_IDS, encodeMetadata, RATING_BLOCK_PREFIX, VIEW_IDS } from "../ids";
import { context, escapeMrkdwn, option, plainText, section, textInput } from "./text";

export interface ProfileModalInput {
  cohort: Cohort;
  application: Application;
  /** The answers to show: what was saved, with the person's defaults for what was not. */
  answers: ApplicationAnswers;
  t: Translate;
  dataPolicyUrl?: string;
  resumed: boolean;
}

/** Step 1: the profile, pre-filled with the draft; closing it keeps what was typed (notify_on_close). */
export function profileModal({
  cohort,
  application,
  answers,
  t,
  dataPolicyUrl,
  resumed,
}: ProfileModalInput): ModalView {
  const input = (
    blockId: string,
    label: string,
    element: Record<string, unknown>,
    optional = false,
    hint?: string,
  ): KnownBlock =>
    ({
      type: "input",
      block_id: blockId,
      label: plainText(label, 2000),
      element: { action_id: "value", ...element },
      ...(optional ? { optional: true } : {}),
      ...(hint ? { hint: plainText(hint, 2000) } : {}),
    }) as KnownBlock;
  const text = (field: keyof ApplicationAnswers, label: string, multiline: boolean, optional = false, max = 1500) => {
    const value = answers[field];
    return input(
      field,
      label,
      { type: "plain_text_input", multiline, ...textInput(typeof value === "string" ? value : undefined, max) },
      optional,
    );
  };
  const reverse = cohort.mode === "reverse";
  const roles = [
    option(t(reverse ? "apply.roleMentorReverse" : "apply.roleMentorClassic"), "mentor"),
    option(t(reverse ? "apply.roleMenteeReverse" : "apply.roleMenteeClassic"), "mentee"),
    option(t("apply.roleBoth"), "both"),
  ];
  const skillGroups = (["competence", "tool"] as const)
    .map((group) => ({
      label: plainText(t(`skillGroups.${group}`)),
      options: cohort.skills.filter((s) => s.group === group).map((s) => option(s.name, s.id)),
    }))
    .filter((g) => g.options.length > 0);
  const skillOptions = skillGroups.flatMap((g) => g.options);
  const languages = SESSION_LANGUAGES.map((code) => option(t(`sessionLanguages.${code}`), code));
  const days = ([1, 2, 3, 4, 5, 6, 7] as const).map((d) => option(t(`weekdays.${d}`), String(d)));
  const pick = (options: PlainTextOption[], values: string[] | undefined) =>
    options.filter((o) => values?.includes(o.value!));
  const consentOption = option(t("apply.consent"), "yes");

  const blocks: KnownBlock[] = [
    section(t("apply.intro", { cohort: escapeMrkdwn(cohort.name) })),
    ...(resumed ? [context(t("apply.resumed"))] : []),
    input("role", t("apply.role"), {
      type: "radio_buttons",
      options: roles,
      ...(answers.role ? { initial_option: roles.find((o) => o.value === answers.role) } : {}),
    }),
    text("jobTitle", t("apply.jobTitle"), false, false, 150),
    text("department", t("apply.department"), false, false, 100),
    input(
      "sponsorUserId",
      t(cohort.sponsorRequired ? "apply.sponsor" : "apply.sponsorOptional"),
      { type: "users_select", ...(answers.sponsorUserId ? { initial_user: answers.sponsorUserId } : {}) },
      !cohort.sponsorRequired,
      t("apply.sponsorHint"),
    ),
    input(
      "linkedinUrl",
      t("apply.linkedin"),
      { type: "url_text_input", ...(answers.linkedinUrl ? { initial_value: answers.linkedinUrl } : {}) },
      true,
    ),
    text("strengths", t("apply.strengths"), true),
    input("learnSkills", t("apply.learnSkills"), {
      type: "multi_static_select",
      option_groups: skillGroups,
      ...(pick(skillOptions, answers.learnSkills).length > 0
        ? { initial_options: pick(skillOptions, answers.learnSkills) }
        : {}),
    }),
    text("areasToDeepen", t("apply.areasToDeepen"), true, true),
    text("firstWish", t("apply.firstWish"), true),
    text("selfDescription", t("apply.selfDescription"), true, true),
    text("challenges", t("apply.challenges"), true, true),
    text("mentoringMeaning", t("apply.mentoringMeaning"), true, true),
    input("languages", t("apply.languages"), {
      type: "multi_static_select",
      options: languages,
      ...(pick(languages, answers.languages).length > 0 ? { initial_options: pick(languages, answers.languages) } : {}),
    }),
    input(
      "timeZone",
      t("apply.timeZone"),
      { type: "plain_text_input", ...textInput(answers.timeZone, 64) },
      false,
      t("settings.timeZoneHint"),
    ),
    input("workStart", t("apply.workStart"), {
      type: "timepicker",
      ...(answers.workStart ? { initial_time: answers.workStart } : {}),
    }),
    input("workEnd", t("apply.workEnd"), {
      type: "timepicker",
      ...(answers.workEnd ? { initial_time: answers.workEnd } : {}),
    }),
    input("workDays", t("apply.workDays"), {
      type: "checkboxes",
      options: days,
      ...(pick(days, answers.workDays?.map(String)).length > 0
        ? { initial_options: pick(days, answers.workDays?.map(String)) }
        : {}),
    }),
  ];
  if (cohort.allowMultipleMentees) {
    const capacities = ["1", "2", "3"].map((n) => option(n, n));
    blocks.push(
      input(
        "capacity",
        t("apply.capacity"),
        {
          type: "static_select",
          options: capacities,
          initial_option: capacities[(answers.capacity ?? 1) - 1] ?? capacities[0],
        },
        true,
      ),
    );
  }
  blocks.push(
    input(
      "consent",
      t("apply.consent"),
      {
        type: "checkboxes",
        options: [consentOption],
        ...(answers.consent ? { initial_options: [consentOption] } : {}),
      },
      false,
      t("apply.consentHint"),
    ),
  );
  if (dataPolicyUrl) blocks.push(context(t("apply.consentLink", { url: dataPolicyUrl })));

  return {
    type: "modal",
    callback_id: VIEW_IDS.applicationProfile,
    private_metadata: encodeMetadata({ cohortId: cohort.id, applicationId: application.id }),
    notify_on_close: true,
    title: plainText(t("apply.profileTitle"), 24),
    submit: plainText(t("apply.next"), 24),
    close: plainText(t("apply.close"), 24),
    blocks,
  };
}

/** Step 2: the skill questionnaire, grouped; paged so a long catalogue fits Slack's 100 blocks. */
export function skillsModal(cohort: Cohort, application: Application, page: number, t: Translate): ModalView {
  const pages = skillPages(cohort.skills);
  const current = pages[Math.min(page, pages.length - 1)]!;
  const ratings = (["1", "2", "3", "4", "5"] as const).map((n) => option(t(`ratings.${n}`), n));
  const blocks: KnownBlock[] = [
    section(t("apply.skillsIntro")),
    {
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: ACTION_IDS.backToProfile,
          value: application.id,
          text: plainText(t("apply.backToProfile")),
        },
      ],
    },
  ];
  let group: Skill["group"] | undefined;
  for (const skill of current) {
    if (skill.group !== group) {
      group = skill.group;
      blocks.push({ type: "header", text: plainText(t(`skillGroups.${group}`), 150) });
    }
    const rated = application.answers.ratings?.[skill.id];
    blocks.push({
      type: "input",
      block_id: `${RATING_BLOCK_PREFIX}${skill.id}`,
      label: plainText(skill.name, 2000),
      element: {
        type: "static_select",
        action_id: "value",
        options: ratings,
        ...(rated ? { initial_option: ratings[rated - 1] } : {}),
      },
    } as KnownBlock);
  }
  const last = page >= pages.length - 1;
  return {
    type: "modal",
    callback_id: VIEW_IDS.applicationSkills,
    private_metadata: encodeMetadata({ cohortId: cohort.id, applicationId: application.id, page }),
    notify_on_close: true,
    title: plainText(
      pages.length > 1 ? t("apply.skillsTitlePaged", { page: page + 1, pages: pages.length }) : t("apply.skillsTitle"),
      24,
    ),
    submit: plainText(last ? t("apply.send") : t("apply.nextPage"), 24),
    close: plainText(t("apply.close"), 24),
    blocks,
  };
}
