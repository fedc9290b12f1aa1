import type { Locale } from "../../src/domain/locale";
import type { Person } from "../../src/domain/people";
import { escapingTranslator, translator } from "../../src/i18n";
import type { SlackViewer } from "../../src/platforms/slack/people";
import type { TeamsViewer } from "../../src/platforms/teams/identify";

/** A reader of a rendered screen, as each platform's request builds it (for renderer unit tests). */
export function slackReader(person: Person, locale: Locale = "en", timeZone = "Europe/Madrid"): SlackViewer {
  return {
    person,
    locale,
    timeZone,
    isCoordinator: true,
    t: translator(locale, "slack"),
    tEscaped: escapingTranslator(locale, "slack"),
    surface: "slack",
  };
}

export function teamsReader(person: Person, locale: Locale = "en", timeZone = "Europe/Madrid"): TeamsViewer {
  return {
    person,
    locale,
    timeZone,
    isCoordinator: true,
    t: translator(locale, "teams"),
    tEscaped: escapingTranslator(locale, "teams"),
    surface: "teams",
  };
}
