import type { Notice } from "../../../domain/jobs";
import type { MessageKey, Translate } from "../../../i18n";
import { fromSlackMarkup } from "./card";

/** A one-off notice as a plain Teams message (markdown). */
export function noticeText(notice: Notice, t: Translate): string {
  return fromSlackMarkup(t(notice.key as MessageKey, notice.vars));
}
