import type { Locale } from "../domain/locale";
import type { PlenaryMessage } from "../domain/meetings/plenary-messages";
import { formatDateTime, formatTime, type Translate } from ".";

/** A plenary message's text, in the reader's language and zone (Slack's fallback, Teams' message). */
export function plenaryText(message: PlenaryMessage, t: Translate, locale: Locale, zone: string): string {
  const startsAt = new Date(message.startsAt);
  const vars = { number: message.number, cohort: message.cohortName, when: formatDateTime(startsAt, locale, zone), minutes: message.durationMinutes };
  switch (message.type) {
    case "reminder":
      return t("plenaries.reminder", vars);
    case "check-in":
      return t("plenaries.checkInMessage", { ...vars, until: formatTime(new Date(startsAt.getTime() + message.durationMinutes * 60_000), locale, zone) });
  }
}
