import type { Locale } from "../domain/locale";
import type { RhythmItem, RhythmMessage } from "../domain/meetings/rhythm-messages";
import { formatDate, formatDateTime, same, type Escape, type Translate } from ".";

/** An ISO calendar date ("2026-12-01") in the reader's words, read as that day (no zone shift). */
export function calendarDate(isoDate: string, locale: Locale): string {
  return formatDate(new Date(`${isoDate}T12:00:00Z`), locale, "UTC");
}

/** The open action items as lines, the reader's own first named "you"; `escape` guards the platform's markup. */
export function itemLines(
  items: RhythmItem[],
  partner: string,
  t: Translate,
  locale: Locale,
  escape: Escape = same,
): string {
  if (items.length === 0) return t("rhythm.reminder.noItems");
  return items
    .map((item) =>
      t(item.mine ? "rhythm.reminder.itemMine" : "rhythm.reminder.itemPartner", {
        text: escape(item.text),
        partner: escape(partner),
        due: calendarDate(item.dueDate, locale),
      }),
    )
    .join("\n");
}

/** A rhythm message's main sentence (and the items), in the reader's language and zone; names and items go through `escape`. */
export function rhythmText(
  message: RhythmMessage,
  t: Translate,
  locale: Locale,
  zone: string,
  escape: Escape = same,
): string {
  switch (message.type) {
    case "proposal":
      return t("rhythm.proposal.text", {
        name: escape(message.proposerName),
        when: formatDateTime(new Date(message.startsAt), locale, zone),
        minutes: message.durationMinutes,
      });
    case "reminder":
      return `${t("rhythm.reminder.text", { partner: escape(message.partnerName), when: formatDateTime(new Date(message.startsAt), locale, zone), minutes: message.durationMinutes })}\n\n${t("rhythm.reminder.itemsTitle")}\n${itemLines(message.items, message.partnerName, t, locale, escape)}`;
    case "check-in":
      return t("rhythm.checkIn.text", {
        partner: escape(message.partnerName),
        when: formatDateTime(new Date(message.sessionAt), locale, zone),
      });
    case "nudge":
      return t("rhythm.nudge.text", { partner: escape(message.partnerName), days: message.cadenceDays });
  }
}
