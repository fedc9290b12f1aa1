import type { KnownBlock, View } from "@slack/types";
import {
  EVALUATION_TEXT_MAX,
  RECOMMEND_ANSWERS,
  SKILL_FIELD_PREFIX,
  type EvaluationAnswers,
  type EvaluationKind,
} from "../../../domain/evaluation/evaluation-form";
import type { Locale } from "../../../domain/locale";
import type { EvaluationFormView } from "../../../domain/evaluation/evaluation-service";
import type { EvaluationRequestView } from "../../../domain/messages";
import { formatDate, type Translate } from "../../../i18n";
import { evaluationRequestText } from "../../../i18n/evaluation-text";
import { ACTION_IDS, encodeMetadata, VIEW_IDS } from "../ids";
import { block, escapeMrkdwn, option, plainText, section, type SlackMessage, textInput } from "./text";

const SCALE = ["1", "2", "3", "4", "5"] as const;

/** The request (or reminder) of a questionnaire, with the button that opens it. */
export function evaluationRequestMessage(
  view: EvaluationRequestView,
  t: Translate,
  locale: Locale,
  zone: string,
): SlackMessage {
  const text = evaluationRequestText(view, t, locale, zone, escapeMrkdwn);
  return {
    text,
    blocks: [
      section(text),
      block({
        type: "actions",
        block_id: `evaluation:${view.evaluationId}`,
        elements: [
          {
            type: "button",
            style: "primary",
            action_id: ACTION_IDS.evaluationOpen,
            text: plainText(t(view.answered ? "evaluation.change" : "evaluation.answer")),
            value: JSON.stringify({ evaluationId: view.evaluationId }),
          },
        ],
      }),
    ],
  };
}

export interface EvaluationModalInput extends EvaluationFormView {
  /** Earlier answers, to change them. */
  answers: EvaluationAnswers | null;
  skillsAfter: Record<string, number> | null;
}

/** The questionnaire: block ids are the form's field names, so errors land next to their field. */
export function evaluationModal(input: EvaluationModalInput, t: Translate): View {
  const scaleOptions = SCALE.map((value) => option(t(`evaluation.scale.${value}`), value));
  const ratingOptions = SCALE.map((value) => option(t(`ratings.${value}`), value));
  const initial = (options: ReturnType<typeof option>[], value: number | string | undefined) => {
    const found = options.find((o) => o.value === String(value));
    return found ? { initial_option: found } : {};
  };
  const radio = (
    field: string,
    label: string,
    options: ReturnType<typeof option>[],
    value: number | string | undefined,
    hint?: string,
  ): KnownBlock =>
    block({
      type: "input",
      block_id: field,
      label: plainText(label, 2000),
      ...(hint ? { hint: plainText(hint, 2000) } : {}),
      element: { type: "radio_buttons", action_id: "value", options, ...initial(options, value) },
    });
  const text = (field: keyof EvaluationAnswers, label: string, optional: boolean): KnownBlock =>
    block({
      type: "input",
      block_id: field,
      optional,
      label: plainText(label, 2000),
      element: {
        type: "plain_text_input",
        action_id: "value",
        multiline: true,
        ...textInput(input.answers?.[field] ? String(input.answers[field]) : undefined, EVALUATION_TEXT_MAX),
      },
    });
  const a = input.answers;
  const blocks: KnownBlock[] = [
    section(
      t("evaluation.modal.intro", {
        cohort: escapeMrkdwn(input.cohortName),
        anonymous: input.anonymous ? t("evaluation.modal.anonymous") : "",
      }),
    ),
    radio("satisfaction", t("evaluation.modal.satisfaction"), scaleOptions, a?.satisfaction),
    radio(
      "objectiveProgress",
      t("evaluation.modal.objectiveProgress"),
      scaleOptions,
      a?.objectiveProgress,
      t("evaluation.modal.objectiveHint", { objective: input.objective }),
    ),
    text("learned", t("evaluation.modal.learned"), input.kind === "pulse"),
    text("stillNeeded", t("evaluation.modal.stillNeeded"), true),
    radio(
      "recommend",
      t("evaluation.modal.recommend"),
      RECOMMEND_ANSWERS.map((r) => option(t(`evaluation.recommend.${r}`), r)),
      a?.recommend,
    ),
    text("comments", t("evaluation.modal.comments"), true),
  ];
  if (input.kind === "final" && input.skills.length > 0) {
    blocks.push(section(t("evaluation.modal.skillsTitle")));
    for (const { skill, before } of input.skills) {
      blocks.push(
        block({
          type: "input",
          block_id: `${SKILL_FIELD_PREFIX}${skill.id}`,
          label: plainText(
            t("evaluation.modal.skill", { skill: skill.name, before: t(`ratings.${String(before)}` as "ratings.1") }),
            2000,
          ),
          element: {
            type: "static_select",
            action_id: "value",
            options: ratingOptions,
            ...initial(ratingOptions, input.skillsAfter?.[skill.id]),
          },
        }),
      );
    }
  }
  return {
    type: "modal",
    callback_id: VIEW_IDS.evaluation,
    private_metadata: encodeMetadata({ evaluationId: input.evaluationId }),
    title: plainText(t(input.kind === "pulse" ? "evaluation.modal.titlePulse" : "evaluation.modal.titleFinal"), 24),
    submit: plainText(t("evaluation.modal.submit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks,
  };
}

export function evaluationThanks(
  kind: EvaluationKind,
  cohortName: string,
  closesAt: Date,
  t: Translate,
  locale: Locale,
  zone: string,
): string {
  return t("evaluation.thanks", {
    kind: t(`evaluation.kindName.${kind}`),
    cohort: escapeMrkdwn(cohortName),
    closes: formatDate(closesAt, locale, zone),
  });
}
