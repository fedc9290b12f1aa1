import type { Locale } from "../../src/domain/locale";
import type { Person } from "../../src/domain/people";
import { escapingTranslator, translator } from "../../src/i18n";
import type { SlackViewer } from "../../src/platforms/slack/people";
import type { TeamsViewer } from "../../src/platforms/teams/identify";

/** A reader of a rendered screen or form, as each platform's request builds it (for renderer unit tests). */
function reader<S extends "slack" | "teams">(surface: S, person: Person, locale: Locale, timeZone: string) {
  const t = translator(locale, surface);
  return { person, locale, timeZone, isCoordinator: true, t, tEscaped: escapingTranslator(locale, surface), surface };
}

export const slackReader = (person: Person, locale: Locale = "en", timeZone = "Europe/Madrid"): SlackViewer =>
  reader("slack", person, locale, timeZone);

export const teamsReader = (person: Person, locale: Locale = "en", timeZone = "Europe/Madrid"): TeamsViewer =>
  reader("teams", person, locale, timeZone);
