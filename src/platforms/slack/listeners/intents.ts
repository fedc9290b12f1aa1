import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import { APP_BUTTONS, appButton, appForm } from "../../../app/intents";
import type { Services } from "../../../services";
import { z } from "zod";
import { parseActionValue } from "../action-values";
import { decodeMetadata } from "../ids";
import { identifySlackUser } from "../people";
import { actionAnswer, answerSubmission, sendToSlack } from "../render";
import { SLACK_FORM_PREFIX } from "../render-form";
import { readViewState } from "../view-state";

/**
 * The application's buttons and forms (src/app/intents.ts), routed by name: a button's action_id is
 * its name, a form's modal is `form:<name>`. Nothing here knows what any of them does.
 */
/** A button's value as sent: an object of anything; the use case's own schema checks it. */
const anyObject = z.record(z.string(), z.unknown());

export function registerIntents(app: App, services: Services): void {
  for (const name of Object.keys(APP_BUTTONS)) {
    app.action<BlockButtonAction>(name, async (args) => {
      await args.ack();
      const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
      const button = appButton(name, parseActionValue(anyObject, args.action.value) ?? {});
      if (button) await sendToSlack(await button(services, viewer), viewer, actionAnswer(args));
    });
  }
  app.view<ViewSubmitAction>(new RegExp(`^${SLACK_FORM_PREFIX}`), async (args) => {
    const { body, view, client } = args;
    const fields = { ...decodeMetadata(view.private_metadata), ...readViewState(view) };
    const submitted = appForm(view.callback_id.slice(SLACK_FORM_PREFIX.length), fields);
    if (!submitted) return void (await args.ack());
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await answerSubmission(await submitted(services, viewer), viewer, args);
  });
}
