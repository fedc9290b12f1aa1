import type { WebClient } from "@slack/web-api";
import { evaluationFormView } from "../../domain/evaluation/evaluation-service";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";
import { evaluationModal } from "./views/evaluation";

/**
 * Opens a questionnaire for the person it belongs to, with their earlier answers when they change
 * them. Returns the refusal to tell them otherwise.
 */
export async function openEvaluationForm(
  services: Services,
  viewer: SlackViewer,
  client: WebClient,
  triggerId: string,
  evaluationId: string,
): Promise<string | null> {
  const form = await services.evaluations.formFor(viewer.person, evaluationId);
  if (!form.ok) return viewer.t(`evaluation.refused.${form.reason}`);
  const view = evaluationModal(
    { ...evaluationFormView(form), answers: form.evaluation.answers, skillsAfter: form.evaluation.skillsAfter },
    viewer.t,
  );
  await client.views.open({ trigger_id: triggerId, view });
  return null;
}
