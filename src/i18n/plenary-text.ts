import type { Locale } from "../domain/locale";
import type { PlenaryMessage } from "../domain/meetings/plenary-messages";
import type { CheckInResult } from "../domain/meetings/plenary-service";
import { formatDateTime, formatTime, same, type Escape, type Translate } from ".";

/** A plenary message's text, in the reader's language and zone (Slack's fallback, Teams' message); the cohort's name goes through `escape`. */
export function plenaryText(
  message: PlenaryMessage,
  t: Translate,
  locale: Locale,
  zone: string,
  escape: Escape = same,
): string {
  const startsAt = new Date(message.startsAt);
  const vars = {
    number: message.number,
    cohort: escape(message.cohortName),
    when: formatDateTime(startsAt, locale, zone),
    minutes: message.durationMinutes,
  };
  switch (message.type) {
    case "reminder":
      return t("plenaries.reminder", vars);
    case "check-in":
      return t("plenaries.checkInMessage", {
        ...vars,
        until: formatTime(new Date(startsAt.getTime() + message.durationMinutes * 60_000), locale, zone),
      });
  }
}

/** Why "I'm here" did not count, in the reader's words and zone. */
export function plenaryCheckInRefusal(
  result: Extract<CheckInResult, { ok: false }>,
  t: Translate,
  locale: Locale,
  zone: string,
): string {
  const number = result.plenary?.number ?? 0;
  switch (result.reason) {
    case "not-started":
      return t("plenaries.notStarted", { number, when: formatDateTime(result.plenary!.startsAt, locale, zone) });
    case "ended":
      return t("plenaries.ended", { number });
    case "not-in-cohort":
      return t("plenaries.notInCohort");
    default:
      return t("plenaries.notFound");
  }
}
