import type { BlockAction, RespondFn, ViewResponseAction } from "@slack/bolt";
import type { View } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import type { FormView, Reply, Text } from "../../app/reply";
import { wordsFor } from "../../app/words";
import { markup } from "../../i18n";
import { actionItemField } from "../../domain/meetings/session-log";
import type { SlackReader, SlackViewer } from "./people";
import { SLASH_COMMAND } from "./slash-command";
import {
  actionItemsMessage,
  logSessionModal,
  PLAN_BLOCKS,
  pairsOverviewMessage,
  planSessionModal,
} from "./views/rhythm";
import { plainFromMrkdwn, plainMessage, type SlackMessage } from "./views/text";
import { replyToAction } from "./listeners/actions/reply";
import { slackScreen } from "./render-screen";
import { slackForm, slackFormErrors } from "./render-form";

/** A use case's words for this reader: values escaped for mrkdwn, dates in their zone and language. */
export function slackText(text: Text, viewer: SlackReader): string {
  return wordsFor(text, viewer, {
    commandAs: (command) => `${SLASH_COMMAND} ${command}`,
    // A mention Tandem builds from a user id: it stays live. A Teams id is no Slack mention.
    personAs: (person) => (person.platform === "teams" ? person.name : markup(`<@${person.userId}>`)),
  });
}

/** A reply that is a message (words or a list), as Slack posts it. */
export function slackMessage(reply: Exclude<Reply, { kind: "form" }>, viewer: SlackViewer): SlackMessage {
  if (reply.kind === "pairs") return pairsOverviewMessage(reply.pairs, viewer.t, viewer.locale, viewer.timeZone);
  if (reply.kind === "action-items") return actionItemsMessage(reply.groups, reply.today, viewer.t, viewer.locale);
  if (reply.kind === "screen") return slackScreen(reply.screen, viewer);
  return plainMessage(slackText(reply.text, viewer));
}

/** A form as a modal; its private metadata says which pair (and question or session) it is about. */
export function slackModal(view: FormView, viewer: SlackViewer): View {
  const { t, locale, timeZone } = viewer;
  switch (view.form) {
    case "fields":
      return slackForm(view, viewer);
    case "plan":
      return planSessionModal(
        view.slots,
        view.partner,
        view.days,
        { pairId: view.pairId, ...(view.askedAt ? { askedAt: view.askedAt } : {}) },
        t,
        locale,
        timeZone,
      );
    case "log":
      return logSessionModal(
        view.partners.map((p) => ({ id: p.id, name: p.name || t("rhythm.actions.you") })),
        view.defaults,
        { pairId: view.pairId, ...(view.sessionId ? { sessionId: view.sessionId } : {}) },
        t,
        view.saved,
      );
  }
}

/** A form sent back with errors: each under its block (the date and time of a plan are one picker). */
export function slackFieldErrors(view: FormView, viewer: SlackViewer): Record<string, string> {
  const errors: Record<string, string> = {};
  const put = (block: string, error: Text | undefined) => {
    // Slack shows a field's error as plain text: what a person typed must read as typed, not as entities.
    if (error && !errors[block]) errors[block] = plainFromMrkdwn(slackText(error, viewer));
  };
  if (view.form === "fields") return slackFormErrors(view, viewer);
  if (view.form === "plan") {
    put(PLAN_BLOCKS.slot, view.errors.slot);
    put(PLAN_BLOCKS.custom, view.errors.date);
    put(PLAN_BLOCKS.custom, view.errors.time);
  }
  if (view.form === "log")
    // The log's blocks are the domain's field names; a row-wide problem shows on the first row's text.
    for (const [field, error] of Object.entries(view.errors ?? {}))
      put(field === "actionItems" ? actionItemField(0, "text") : field, error);
  return errors;
}

/** Where the replies to a command or a click go: words to the person, forms as modals. */
export interface SlackAnswer {
  say(message: SlackMessage): Promise<unknown>;
  open(view: View): Promise<unknown>;
  /** In place of the message the button was on (a check-in's answer). */
  replace?(message: SlackMessage): Promise<unknown>;
}

export async function sendToSlack(replies: Reply | Reply[], viewer: SlackViewer, to: SlackAnswer): Promise<void> {
  for (const reply of Array.isArray(replies) ? replies : [replies]) {
    if (reply.kind === "form") await to.open(slackModal(reply.view, viewer));
    else if (reply.kind === "message" && reply.settles && to.replace) await to.replace(slackMessage(reply, viewer));
    else await to.say(slackMessage(reply, viewer));
  }
}

/** From a slash command: words only the person sees, forms opened with the command's trigger. */
export function commandAnswer(request: {
  command: { trigger_id: string };
  client: WebClient;
  respond: RespondFn;
}): SlackAnswer {
  return {
    say: (message) => request.respond({ response_type: "ephemeral", ...message }),
    open: (view) => request.client.views.open({ trigger_id: request.command.trigger_id, view }),
  };
}

/** From a button: words under the message (or in the DM), forms opened with the click's trigger. */
export function actionAnswer(args: { body: BlockAction; client: WebClient; respond: RespondFn }): SlackAnswer {
  return {
    say: (message) => replyToAction(args.body, args.client, args.respond, message),
    open: (view) => args.client.views.open({ trigger_id: args.body.trigger_id, view }),
    replace: (message) => args.respond({ replace_original: true, ...message }),
  };
}

/** A modal's answer: a form back means errors under its fields; words go to the person's DM. */
export async function answerSubmission(
  reply: Reply,
  viewer: SlackViewer,
  args: { ack: (response?: ViewResponseAction) => Promise<void>; client: WebClient; body: { user: { id: string } } },
): Promise<void> {
  if (reply.kind === "form") {
    await args.ack({ response_action: "errors", errors: slackFieldErrors(reply.view, viewer) });
    return;
  }
  await args.ack();
  const message = slackMessage(reply, viewer);
  await args.client.chat.postMessage({ channel: args.body.user.id, text: message.text, blocks: message.blocks });
}
