import type { ModalView, PlainTextOption } from "@slack/types";
import { LOCALES, type Locale } from "../../../domain/locale";
import type { Translate } from "../../../i18n";
import { BLOCK_IDS, VIEW_IDS } from "../ids";
import { textInput } from "./text";

/** The preferences modal: language and time zone, pre-filled with what is in use now. */
export function settingsModal(current: { locale: Locale; timeZone: string }, t: Translate): ModalView {
  const option = (locale: Locale): PlainTextOption => ({
    text: { type: "plain_text", text: t(`languageName.${locale}`) },
    value: locale,
  });
  return {
    type: "modal",
    callback_id: VIEW_IDS.settings,
    title: { type: "plain_text", text: t("settings.title") },
    submit: { type: "plain_text", text: t("settings.submit") },
    close: { type: "plain_text", text: t("settings.cancel") },
    blocks: [
      {
        type: "input",
        block_id: BLOCK_IDS.settingsLanguage,
        label: { type: "plain_text", text: t("settings.language") },
        element: {
          type: "static_select",
          action_id: "value",
          options: LOCALES.map(option),
          initial_option: option(current.locale),
        },
      },
      {
        type: "input",
        block_id: BLOCK_IDS.settingsTimeZone,
        label: { type: "plain_text", text: t("settings.timeZone") },
        hint: { type: "plain_text", text: t("settings.timeZoneHint") },
        element: { type: "plain_text_input", action_id: "value", ...textInput(current.timeZone, 64) },
      },
    ],
  };
}
