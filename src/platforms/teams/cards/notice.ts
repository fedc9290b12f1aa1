import type { Notice } from "../../../domain/jobs";
import type { Locale } from "../../../domain/locale";
import { noticeText as renderNotice } from "../../../i18n";

/** A one-off notice as a plain Teams message (markdown), in the reader's language and zone. */
export function noticeText(notice: Notice, locale: Locale, zone: string): string {
  return renderNotice(notice, locale, zone, "teams");
}
