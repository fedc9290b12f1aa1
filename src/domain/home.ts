import type { Locale } from "./locale";
import type { Person } from "./people";

/** What a person's dashboard (Slack App Home, Teams welcome card) shows. Later phases add sections. */
export interface HomeView {
  name: string;
  isCoordinator: boolean;
  locale: Locale;
  timeZone: string;
  timeZoneChosen: boolean;
  localeChosen: boolean;
}

export function homeView(
  person: Person,
  effective: { locale: Locale; timeZone: string; isCoordinator: boolean },
): HomeView {
  return {
    name: person.displayName,
    isCoordinator: effective.isCoordinator,
    locale: effective.locale,
    timeZone: effective.timeZone,
    timeZoneChosen: person.timeZoneChosen,
    localeChosen: person.localeChosen,
  };
}
