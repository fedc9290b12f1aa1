import type { PlenaryView } from "../../app/plenaries";
import type { SlackViewer } from "./people";
import { slackMessage, slackText } from "./render";
import { attendanceSummaryMessage, plenaryListMessage } from "./views/plenaries";
import { section, type SlackMessage } from "./views/text";

/** The plenaries' answer as Slack shows it: the list (under what was just planned), or the attendance. */
export function plenaryMessage(view: PlenaryView, viewer: SlackViewer): SlackMessage {
  const { t, locale, timeZone } = viewer;
  switch (view.kind) {
    case "reply":
      return slackMessage(view.reply, viewer);
    case "attendance":
      return attendanceSummaryMessage(view.cohort, view.rows, t);
    case "list": {
      const list = plenaryListMessage(view.list, t, locale, timeZone);
      if (!view.note) return list;
      const note = slackText(view.note, viewer);
      return { text: note, blocks: [section(note), ...list.blocks] };
    }
  }
}
