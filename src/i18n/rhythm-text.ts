import type { Locale } from "../domain/locale";
import type { RhythmItem, RhythmMessage } from "../domain/meetings/rhythm-messages";
import { formatDate, formatDateTime, type Translate } from ".";

/** An ISO calendar date ("2026-12-01") in the reader's words, read as that day (no zone shift). */
export function calendarDate(isoDate: string, locale: Locale): string {
  return formatDate(new Date(`${isoDate}T12:00:00Z`), locale, "UTC");
}

/** The open action items as lines, the reader's own first named "you". */
export function itemLines(items: RhythmItem[], partner: string, t: Translate, locale: Locale): string {
  if (items.length === 0) return t("rhythm.reminder.noItems");
  return items.map((item) => t(item.mine ? "rhythm.reminder.itemMine" : "rhythm.reminder.itemPartner", { text: item.text, partner, due: calendarDate(item.dueDate, locale) })).join("\n");
}

/** A rhythm message's main sentence (and the items), in the reader's language and zone. */
export function rhythmText(message: RhythmMessage, t: Translate, locale: Locale, zone: string): string {
  switch (message.type) {
    case "proposal":
      return t("rhythm.proposal.text", { name: message.proposerName, when: formatDateTime(new Date(message.startsAt), locale, zone), minutes: message.durationMinutes });
    case "reminder":
      return `${t("rhythm.reminder.text", { partner: message.partnerName, when: formatDateTime(new Date(message.startsAt), locale, zone), minutes: message.durationMinutes })}\n\n${t("rhythm.reminder.itemsTitle")}\n${itemLines(message.items, message.partnerName, t, locale)}`;
    case "check-in":
      return t("rhythm.checkIn.text", { partner: message.partnerName, when: formatDateTime(new Date(message.sessionAt), locale, zone) });
    case "nudge":
      return t("rhythm.nudge.text", { partner: message.partnerName, days: message.cadenceDays });
  }
}
