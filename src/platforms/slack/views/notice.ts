import type { Notice } from "../../../domain/jobs";
import type { Locale } from "../../../domain/locale";
import { noticeText } from "../../../i18n";
import { plainMessage, type SlackMessage } from "./text";

/** A one-off notice to a person (catalogue key + variables), rendered in their language and zone. */
export function noticeMessage(notice: Notice, locale: Locale, zone: string): SlackMessage {
  return plainMessage(noticeText(notice, locale, zone, "slack"));
}
