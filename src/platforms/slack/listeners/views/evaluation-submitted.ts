import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { EVALUATION_FIELDS } from "../../../../domain/evaluation/evaluation-form";
import { roundClosesAt } from "../../../../domain/evaluation/rounds";
import type { Services } from "../../../../services";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState, viewErrors } from "../../view-state";
import { evaluationThanks } from "../../views/evaluation";

/** A questionnaire sent: every mistake next to its field at once; saved only when all is right. */
export function evaluationSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { evaluationId } = decodeMetadata(view.private_metadata);
    const state = readViewState(view);
    const result = await services.evaluations.submit(viewer.person, evaluationId ?? "-", state);
    if (!result.ok) {
      if ("errors" in result) {
        // Block ids are the field names, the skills' ("skill:<id>") included.
        const blockOf = Object.fromEntries(
          [...EVALUATION_FIELDS, ...result.errors.map((e) => e.field)].map((field) => [field, field]),
        );
        await ack(viewErrors(result.errors, blockOf, t));
        return;
      }
      await ack({ response_action: "errors", errors: { satisfaction: t(`evaluation.refused.${result.reason}`) } });
      return;
    }
    await ack();
    const closes = roundClosesAt(result.cohort, result.evaluation.kind);
    await client.chat.postMessage({
      channel: body.user.id,
      text: evaluationThanks(result.evaluation.kind, result.cohort.name, closes, t, viewer.locale, viewer.timeZone),
    });
  };
}
