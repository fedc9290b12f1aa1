import { fieldErrorKey } from "../../app/refusals";
import { CardFactory, MessageFactory, type TurnContext } from "./transport";
import { validateForm } from "../../domain/forms";
import { settingsForm } from "../../domain/settings-form";
import { translator } from "../../i18n";
import type { Services } from "../../services";
import { settingsCard } from "./cards/settings";
import type { TeamsViewer } from "./identify";

/** The settings card's Submit: a wrong zone re-renders the card with the message and what was typed. */
export async function settingsSubmitted(
  services: Services,
  context: TurnContext,
  viewer: TeamsViewer,
  value: Record<string, unknown>,
) {
  const input = { language: value.language, timeZone: value.timeZone };
  const result = validateForm(settingsForm, input);
  if (!result.ok) {
    const errors: Record<string, string> = {};
    for (const error of result.errors)
      errors[error.field] = viewer.t(fieldErrorKey(error), { zone: String(input.timeZone ?? ""), prefix: "" });
    const typed = { locale: String(input.language ?? viewer.locale), timeZone: String(input.timeZone ?? "") };
    await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(settingsCard(typed, viewer.t, errors))),
    );
    return;
  }
  await services.people.chooseLanguage(viewer.person, result.value.language);
  const updated = await services.people.chooseTimeZone(viewer.person, result.value.timeZone);
  const person = updated.ok ? updated.person : viewer.person;
  const locale = services.people.localeOf(person);
  const t = translator(locale, "teams");
  await context.sendActivity(
    MessageFactory.text(
      t("settings.saved", { language: t(`languageName.${locale}`), zone: services.people.timeZoneOf(person) }),
    ),
  );
}
