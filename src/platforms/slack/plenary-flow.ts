import type { PlenaryView } from "../../app/plenaries";
import { attendanceSummaryScreen, plenaryListScreen } from "../../app/plenaries-screen";
import type { SlackViewer } from "./people";
import { slackMessage } from "./render";
import { slackScreen } from "./render-screen";
import type { SlackMessage } from "./views/text";

/** The plenaries' answer as Slack shows it: the list (under what was just planned), or the attendance. */
export function plenaryMessage(view: PlenaryView, viewer: SlackViewer): SlackMessage {
  switch (view.kind) {
    case "reply":
      return slackMessage(view.reply, viewer);
    case "attendance":
      return slackScreen(attendanceSummaryScreen(view.cohort, view.rows), viewer);
    case "list":
      return slackScreen(plenaryListScreen(view.list, viewer.timeZone, view.note), viewer);
  }
}
