import { fieldErrorKey } from "../../../app/refusals";
import { evaluationFormView } from "../../../domain/evaluation/evaluation-service";
import { z } from "zod";
import { roundClosesAt } from "../../../domain/evaluation/rounds";
import { formatDate } from "../../../i18n";
import { evaluationCard, typedFromAnswers, type EvaluationTyped } from "../cards/evaluation";
import type { FieldErrors } from "../cards/rhythm";
import type { TeamsRequest } from "../request";

const evaluationValue = z.object({ evaluationId: z.string().min(1).max(100) });

/** Sends the questionnaire card to its owner (with what they typed and the errors, when refused). */
async function sendEvaluationCard(
  request: TeamsRequest,
  evaluationId: string,
  typed?: EvaluationTyped,
  errors: FieldErrors = {},
): Promise<void> {
  const { services, viewer } = request;
  const form = await services.evaluations.formFor(viewer.person, evaluationId);
  if (!form.ok) return request.reply(viewer.t(`evaluation.refused.${form.reason}`));
  const { evaluation } = form;
  const input = evaluationFormView(form);
  await request.card(
    evaluationCard(input, viewer.t, typed ?? typedFromAnswers(evaluation.answers, evaluation.skillsAfter), errors),
  );
}

/** `evaluation`: the person's open questionnaire, unanswered first. */
export async function evaluationCommand(request: TeamsRequest): Promise<void> {
  const [first] = await request.services.evaluations.openFor(request.viewer.person);
  if (!first) return request.reply(request.viewer.t("evaluation.none"));
  await sendEvaluationCard(request, first.evaluation.id);
}

/** "Answer" / "Change my answers" on a request. */
export async function evaluationOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  await sendEvaluationCard(request, evaluationValue.safeParse(value).data?.evaluationId ?? "-");
}

/** The questionnaire sent: every mistake under its field at once, what was typed kept; saved only when all is right. */
export async function evaluationSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const evaluationId = evaluationValue.safeParse(value).data?.evaluationId ?? "-";
  const typed: EvaluationTyped = {};
  for (const [key, v] of Object.entries(value))
    if (typeof v === "string" && key !== "action" && key !== "evaluationId") typed[key] = v;
  const result = await services.evaluations.submit(viewer.person, evaluationId, typed);
  if (!result.ok) {
    if (!("errors" in result)) return request.reply(t(`evaluation.refused.${result.reason}`));
    const errors: FieldErrors = {};
    for (const error of result.errors) errors[error.field] = t(fieldErrorKey(error));
    return sendEvaluationCard(request, evaluationId, typed, errors);
  }
  const closes = roundClosesAt(result.cohort, result.evaluation.kind);
  await request.reply(
    viewer.tEscaped("evaluation.thanks", {
      kind: t(`evaluation.kindName.${result.evaluation.kind}`),
      cohort: result.cohort.name,
      closes: formatDate(closes, viewer.locale, viewer.timeZone),
    }),
  );
}
