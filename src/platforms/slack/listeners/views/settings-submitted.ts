import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { validateForm } from "../../../../domain/forms";
import { settingsForm } from "../../../../domain/settings-form";
import { translator } from "../../../../i18n";
import type { Services } from "../../../../services";
import { BLOCK_IDS } from "../../ids";
import { identifySlackUser } from "../../people";
import { readViewState, viewErrors } from "../../view-state";
import { publishHome } from "../events/app-home-opened";
import { SLASH_COMMAND } from "../../slash-command";

const BLOCK_OF = { language: BLOCK_IDS.settingsLanguage, timeZone: BLOCK_IDS.settingsTimeZone };

/** Saves language and time zone; a wrong zone comes back next to its field, the rest kept. */
export function settingsSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const state = readViewState(view);
    const input = { language: state[BLOCK_OF.language], timeZone: state[BLOCK_OF.timeZone] };
    const result = validateForm(settingsForm, input);
    if (!result.ok) {
      await ack(
        viewErrors(result.errors, BLOCK_OF, viewer.t, {
          zone: String(input.timeZone ?? ""),
          prefix: `${SLASH_COMMAND} `,
        }),
      );
      return;
    }
    await ack();
    await services.people.chooseLanguage(viewer.person, result.value.language);
    const updated = await services.people.chooseTimeZone(viewer.person, result.value.timeZone);
    const person = updated.ok ? updated.person : viewer.person;
    const t = translator(services.people.localeOf(person), "slack");
    await client.chat.postMessage({
      channel: body.user.id,
      text: t("settings.saved", {
        language: t(`languageName.${services.people.localeOf(person)}`),
        zone: services.people.timeZoneOf(person),
      }),
    });
    await publishHome(services, client, body.team?.id ?? "", body.user.id);
  };
}
