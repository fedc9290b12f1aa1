import type { FormView, Reply, Text } from "../../app/reply";
import { wordsFor } from "../../app/words";
import type { AdaptiveCard } from "./cards/card";
import { actionItemsCard, logCard, pairsOverviewCard, planCard, typedFromLog } from "./cards/rhythm";
import { teamsForm } from "./render-form";
import type { TeamsReader, TeamsViewer } from "./identify";
import type { TeamsRequest } from "./request";
import { teamsScreen } from "./render-screen";

/** A use case's words for this reader: values escaped for Teams markdown, dates in their zone and language. */
export function teamsText(text: Text, viewer: TeamsReader): string {
  return wordsFor(text, viewer, { commandAs: (command) => command, personAs: (person) => person.name });
}

/** A form as an Adaptive Card, each error under its field. */
export function teamsFormCard(view: FormView, viewer: TeamsViewer): AdaptiveCard {
  const { t, locale, timeZone } = viewer;
  const error = (text: Text | undefined) => (text ? teamsText(text, viewer) : undefined);
  switch (view.form) {
    case "fields":
      return teamsForm(view, viewer);
    case "plan":
      return planCard(
        {
          slots: view.slots,
          partner: view.partner,
          days: view.days,
          pairId: view.pairId,
          ...(view.askedAt ? { askedAt: view.askedAt } : {}),
          typed: view.values,
          errors: { slot: error(view.errors.slot), date: error(view.errors.date), time: error(view.errors.time) },
        },
        t,
        locale,
        timeZone,
      );
    case "log":
      return logCard(
        view.partners.map((p) => ({ id: p.id, name: p.name || t("rhythm.actions.you") })),
        view.defaults,
        { pairId: view.pairId, sessionId: view.sessionId },
        t,
        view.values ?? (view.saved ? typedFromLog(view.saved) : {}),
        Object.fromEntries(Object.entries(view.errors ?? {}).map(([field, text]) => [field, error(text)])),
      );
  }
}

/** Sends a use case's replies in the conversation: words as text, forms and lists as cards. */
export async function sendToTeams(request: TeamsRequest, replies: Reply | Reply[]): Promise<void> {
  const { viewer } = request;
  for (const reply of Array.isArray(replies) ? replies : [replies]) {
    if (reply.kind === "form") await request.card(teamsFormCard(reply.view, viewer));
    else if (reply.kind === "pairs")
      await request.card(pairsOverviewCard(reply.pairs, viewer.t, viewer.locale, viewer.timeZone));
    else if (reply.kind === "screen") await request.card(teamsScreen(reply.screen, viewer));
    else if (reply.kind === "action-items")
      await request.card(actionItemsCard(reply.groups, reply.today, viewer.t, viewer.locale));
    else await request.reply(teamsText(reply.text, viewer));
  }
}
