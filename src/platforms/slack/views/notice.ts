import type { Notice } from "../../../domain/jobs";
import type { MessageKey, Translate } from "../../../i18n";
import { plainMessage, type SlackMessage } from "./text";

/** A one-off notice to a person (catalogue key + variables), rendered in their language. */
export function noticeMessage(notice: Notice, t: Translate): SlackMessage {
  return plainMessage(t(notice.key as MessageKey, notice.vars));
}
