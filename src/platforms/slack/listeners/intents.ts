import type { App, BlockButtonAction, ViewSubmitAction } from "@slack/bolt";
import { APP_BUTTONS, appButton, appForm } from "../../../app/intents";
import type { Services } from "../../../services";
import { identifySlackUser } from "../people";
import { actionAnswer, answerSubmission, sendToSlack } from "../render";
import { SLACK_FORM_PREFIX } from "../render-form";
import { readViewState } from "../view-state";

/**
 * The application's buttons and forms (src/app/intents.ts), routed by name: a button's action_id is
 * its name, a form's modal is `form:<name>`. Nothing here knows what any of them does.
 */
export function registerIntents(app: App, services: Services): void {
  for (const name of Object.keys(APP_BUTTONS)) {
    app.action<BlockButtonAction>(name, async (args) => {
      await args.ack();
      const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
      const button = appButton(name, jsonOf(args.action.value));
      if (button) await sendToSlack(await button(services, viewer), viewer, actionAnswer(args));
    });
  }
  app.view<ViewSubmitAction>(new RegExp(`^${SLACK_FORM_PREFIX}`), async (args) => {
    const { body, view, client } = args;
    const fields = { ...jsonOf(view.private_metadata), ...readViewState(view) };
    const submitted = appForm(view.callback_id.slice(SLACK_FORM_PREFIX.length), fields);
    if (!submitted) return void (await args.ack());
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await answerSubmission(await submitted(services, viewer), viewer, args);
  });
}

/** A signed payload can still carry anything: what is not a JSON object reads as empty. */
function jsonOf(raw: string | undefined): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(raw ?? "");
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
