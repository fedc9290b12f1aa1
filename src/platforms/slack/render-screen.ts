import type { KnownBlock } from "@slack/types";
import type { Screen, ScreenAction, ScreenBlock, ScreenButton } from "../../app/screen";
import { ACTION_IDS } from "./ids";
import type { SlackViewer } from "./people";
import { slackText } from "./render";
import {
  block,
  context,
  divider,
  header,
  MESSAGE_MAX_BLOCKS,
  plainFromMrkdwn,
  plainText,
  section,
  type SlackMessage,
} from "./views/text";

/** Each screen button's action_id (what the listeners register). */
const SLACK_SCREEN_ACTIONS = {
  "cohort.nudge": ACTION_IDS.cohortNudge,
} as const satisfies Record<ScreenAction, string>;

/** Lines per section: a section holds 3,000 characters. */
const LINES_PER_SECTION = 10;

/** A screen as a Slack message: the title as a header, paragraphs as sections, notes as context. */
export function slackScreen(screen: Screen, viewer: SlackViewer): SlackMessage {
  const words = (text: Parameters<typeof slackText>[0]) => slackText(text, viewer);
  const blocks = screen.blocks.flatMap((part) => slackBlocks(part, words));
  // Slack refuses a message over its block limit: the last ones give way to a count.
  const fitted =
    blocks.length <= MESSAGE_MAX_BLOCKS
      ? blocks
      : [...blocks.slice(0, MESSAGE_MAX_BLOCKS - 1), context(`… +${blocks.length - MESSAGE_MAX_BLOCKS + 1}`)];
  return { text: words(screen.summary), blocks: fitted };
}

function slackBlocks(part: ScreenBlock, words: (text: Parameters<typeof slackText>[0]) => string): KnownBlock[] {
  switch (part.kind) {
    case "title":
      // A header is plain text: the words as read, what a person typed included.
      return [header(plainFromMrkdwn(words(part.text)))];
    case "text": {
      const shown = part.subtle ? context(words(part.text)) : section(words(part.text));
      return part.separated ? [divider, shown] : [shown];
    }
    case "lines": {
      const lines = part.lines.map(words);
      const blocks: KnownBlock[] = [];
      for (let i = 0; i < lines.length; i += LINES_PER_SECTION) {
        const chunk = lines.slice(i, i + LINES_PER_SECTION).join("\n");
        blocks.push(part.subtle ? context(chunk) : section(chunk));
      }
      return blocks;
    }
    case "item":
      return [
        block({
          type: "section",
          text: { type: "mrkdwn", text: part.note ? `${words(part.text)}\n_${words(part.note)}_` : words(part.text) },
          ...(part.button ? { accessory: slackButton(part.button, words) } : {}),
        }),
      ];
    case "buttons":
      return [block({ type: "actions", elements: part.buttons.map((button) => slackButton(button, words)) })];
  }
}

function slackButton(button: ScreenButton, words: (text: Parameters<typeof slackText>[0]) => string) {
  return {
    type: "button",
    action_id: SLACK_SCREEN_ACTIONS[button.action],
    text: plainText(plainFromMrkdwn(words(button.label))),
    value: JSON.stringify(button.data),
    ...(button.style ? { style: button.style } : {}),
  };
}
