import type { EvaluationFormView } from "../../../domain/evaluation/evaluation-service";
import {
  EVALUATION_TEXT_MAX,
  RECOMMEND_ANSWERS,
  SKILL_FIELD_PREFIX,
  type EvaluationAnswers,
} from "../../../domain/evaluation/evaluation-form";
import type { Locale } from "../../../domain/locale";
import type { EvaluationRequestView } from "../../../domain/messages";
import type { Translate } from "../../../i18n";
import { evaluationRequestText } from "../../../i18n/evaluation-text";
import {
  adaptiveCard,
  escapeTeamsMarkdown,
  field,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import type { FieldErrors } from "./rhythm";
import { TEAMS_ACTIONS } from "./ids";

const SCALE = ["1", "2", "3", "4", "5"] as const;

/** The request (or reminder) of a questionnaire, with the button that opens it. */
export function evaluationRequestCard(
  view: EvaluationRequestView,
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  return adaptiveCard(
    [paragraph(evaluationRequestText(view, t, locale, zone, escapeTeamsMarkdown))],
    [
      submit(
        t(view.answered ? "evaluation.change" : "evaluation.answer"),
        { action: TEAMS_ACTIONS.evaluationOpen, evaluationId: view.evaluationId },
        "positive",
      ),
    ],
  );
}

export type EvaluationCardInput = EvaluationFormView;

/** What the card holds: typed strings, as Teams sends them back (earlier answers, or this attempt). */
export type EvaluationTyped = Record<string, string | undefined>;

/** Earlier answers as the card's values, to change them. */
export function typedFromAnswers(
  answers: EvaluationAnswers | null,
  skillsAfter: Record<string, number> | null,
): EvaluationTyped {
  const typed: EvaluationTyped = {};
  if (answers) for (const [key, value] of Object.entries(answers)) typed[key] = String(value);
  for (const [id, value] of Object.entries(skillsAfter ?? {})) typed[`${SKILL_FIELD_PREFIX}${id}`] = String(value);
  return typed;
}

/** The questionnaire: input ids are the form's field names, so every error lands under its field. */
export function evaluationCard(
  input: EvaluationCardInput,
  t: Translate,
  typed: EvaluationTyped = {},
  errors: FieldErrors = {},
): AdaptiveCard {
  const value = (id: string) => (typed[id] !== undefined && typed[id] !== "" ? { value: typed[id] } : {});
  const scaleChoices = SCALE.map((v) => ({ title: t(`evaluation.scale.${v}`), value: v }));
  const ratingChoices = SCALE.map((v) => ({ title: t(`ratings.${v}`), value: v }));
  const choice = (
    id: string,
    label: string,
    choices: { title: string; value: string }[],
    extra: Record<string, unknown> = {},
  ) =>
    field(
      {
        type: "Input.ChoiceSet",
        id,
        label,
        style: "expanded",
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        choices,
        ...value(id),
        ...extra,
      },
      errors,
    );
  const text = (id: string, label: string, required: boolean) =>
    field(
      {
        type: "Input.Text",
        id,
        label,
        isMultiline: true,
        maxLength: EVALUATION_TEXT_MAX,
        ...(required ? { isRequired: true, errorMessage: t("teams.requiredField") } : {}),
        ...value(id),
      },
      errors,
    );
  const body: CardElement[] = [
    title(t(input.kind === "pulse" ? "evaluation.modal.titlePulse" : "evaluation.modal.titleFinal")),
    paragraph(
      t("evaluation.modal.intro", {
        cohort: escapeTeamsMarkdown(input.cohortName),
        anonymous: input.anonymous ? t("evaluation.modal.anonymous") : "",
      }),
      { isSubtle: true },
    ),
    ...choice("satisfaction", t("evaluation.modal.satisfaction"), scaleChoices),
    textBlock(t("evaluation.modal.objectiveHint", { objective: escapeTeamsMarkdown(input.objective) }), {
      isSubtle: true,
      size: "Small",
      spacing: "Medium",
    }),
    ...choice("objectiveProgress", t("evaluation.modal.objectiveProgress"), scaleChoices),
    ...text("learned", t("evaluation.modal.learned"), input.kind === "final"),
    ...text("stillNeeded", t("evaluation.modal.stillNeeded"), false),
    ...choice(
      "recommend",
      t("evaluation.modal.recommend"),
      RECOMMEND_ANSWERS.map((r) => ({ title: t(`evaluation.recommend.${r}`), value: r })),
    ),
    ...text("comments", t("evaluation.modal.comments"), false),
  ];
  if (input.kind === "final" && input.skills.length > 0) {
    body.push(paragraph(t("evaluation.modal.skillsTitle"), { spacing: "Large", separator: true }));
    for (const { skill, before } of input.skills) {
      const label = t("evaluation.modal.skill", {
        skill: skill.name,
        before: t(`ratings.${String(before)}` as "ratings.1"),
      });
      body.push(...choice(`${SKILL_FIELD_PREFIX}${skill.id}`, label, ratingChoices, { style: "compact" }));
    }
  }
  return adaptiveCard(body, [
    submit(
      t("evaluation.modal.submit"),
      { action: TEAMS_ACTIONS.evaluationSubmit, evaluationId: input.evaluationId },
      "positive",
    ),
  ]);
}
