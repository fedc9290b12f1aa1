import { LOCALES, type Locale } from "../../../domain/locale";
import type { Translate } from "../../../i18n";
import { adaptiveCard, field, textBlock, title, type AdaptiveCard } from "./card";

export const SETTINGS_SUBMIT = "settings.submit";

/** The preferences form, with errors shown under their fields and the typed values kept. */
export function settingsCard(
  values: { locale: Locale | string; timeZone: string },
  t: Translate,
  errors: Partial<Record<"language" | "timeZone", string>> = {},
): AdaptiveCard {
  const body = [
    title(t("settings.title")),
    ...field(
      {
        type: "Input.ChoiceSet",
        id: "language",
        label: t("settings.language"),
        value: values.locale,
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        choices: LOCALES.map((locale: Locale) => ({ title: t(`languageName.${locale}`), value: locale })),
      },
      errors,
    ),
    ...field(
      {
        type: "Input.Text",
        id: "timeZone",
        label: t("settings.timeZone"),
        value: values.timeZone,
        placeholder: "Europe/Madrid",
        maxLength: 64,
      },
      errors,
    ),
    textBlock(t("settings.timeZoneHint"), { isSubtle: true, size: "Small" }),
  ];
  return adaptiveCard(body, [
    { type: "Action.Submit", title: t("settings.submit"), data: { action: SETTINGS_SUBMIT } },
  ]);
}
