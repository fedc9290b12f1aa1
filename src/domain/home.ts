import { can, type Actor } from "./policy";
import type { Locale } from "./locale";
import type { Person } from "./people";

/** What a person's dashboard (Slack App Home, Teams welcome card) shows. Later phases add sections. */
export interface HomeView {
  name: string;
  /** The coordinator's section: the policy's call. */
  coordinatorTools: boolean;
  locale: Locale;
  timeZone: string;
  timeZoneChosen: boolean;
  localeChosen: boolean;
}

export function homeView(person: Person, effective: Actor & { locale: Locale; timeZone: string }): HomeView {
  return {
    name: person.displayName,
    coordinatorTools: can(effective, "coordinator.view"),
    locale: effective.locale,
    timeZone: effective.timeZone,
    timeZoneChosen: person.timeZoneChosen,
    localeChosen: person.localeChosen,
  };
}
