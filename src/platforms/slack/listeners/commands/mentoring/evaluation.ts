import { openEvaluationForm } from "../../../evaluation-flow";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring evaluation`: the person's open questionnaire (unanswered first). */
export async function openEvaluation({ viewer, services, client, command, respond }: CommandRequest): Promise<void> {
  const [first] = await services.evaluations.openFor(viewer.person);
  const refusal = first
    ? await openEvaluationForm(services, viewer, client, command.trigger_id, first.evaluation.id)
    : viewer.t("evaluation.none");
  if (refusal) await respond({ response_type: "ephemeral", ...plainMessage(refusal) });
}
