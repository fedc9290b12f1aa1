import type { KnownBlock } from "@slack/types";
import type { Screen, ScreenAction, ScreenBlock, ScreenButton } from "../../app/screen";
import { ACTION_IDS } from "./ids";
import type { SlackViewer } from "./people";
import { slackText } from "./render";
import {
  block,
  confirmDialog,
  context,
  divider,
  header,
  MESSAGE_MAX_BLOCKS,
  plainFromMrkdwn,
  plainText,
  SECTION_MAX_TEXT,
  section,
  type SlackMessage,
} from "./views/text";

/** Each screen button's action_id (what the listeners register). */
const SLACK_SCREEN_ACTIONS = {
  "cohort.nudge": ACTION_IDS.cohortNudge,
  "match.pair": ACTION_IDS.matchPair,
  "match.page": ACTION_IDS.matchPage,
  "match.rerun": ACTION_IDS.matchRerun,
  "match.approve": ACTION_IDS.matchApprove,
  "match.download": ACTION_IDS.matchDownload,
  "cohort.edit": ACTION_IDS.editCohort,
  "session.plan": ACTION_IDS.sessionPlan,
  "plenary.generate": ACTION_IDS.plenaryGenerate,
  "plenary.edit": ACTION_IDS.plenaryEdit,
  "plenary.attendance": ACTION_IDS.plenaryAttendance,
} as const satisfies Record<ScreenAction, string>;

/** Lines per section: a section holds 3,000 characters. */
const LINES_PER_SECTION = 10;
/** Slack's overflow menu holds five options. */
const OVERFLOW_MAX_OPTIONS = 5;

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
    case "buttons": {
      // Two buttons of one block need distinct ids: a repeated one gets its place ("match.page:1").
      const ids: string[] = part.buttons.map((button) => SLACK_SCREEN_ACTIONS[button.action]);
      const repeated = (id: string) => ids.indexOf(id) !== ids.lastIndexOf(id);
      const elements = part.buttons.map((button, i) => {
        const shown = slackButton(button, words);
        return repeated(shown.action_id) ? { ...shown, action_id: `${shown.action_id}:${i}` } : shown;
      });
      return [block({ type: "actions", elements })];
    }
    case "facts":
      return factSections(part.facts.map(({ label, value }) => `*${words(label)}:* ${words(value)}`));
    case "entry": {
      const lines = [words(part.text), ...(part.details ?? []).map((line) => `• ${words(line)}`)];
      const menu = part.menu;
      return [
        block({
          type: "section",
          text: { type: "mrkdwn", text: lines.join("\n") },
          ...(menu
            ? {
                // An overflow option carries only its value: what the menu is about rides in the block id.
                block_id: JSON.stringify(menu.data),
                accessory: {
                  type: "overflow",
                  action_id: SLACK_SCREEN_ACTIONS[menu.action],
                  options: menu.choices
                    .slice(0, OVERFLOW_MAX_OPTIONS)
                    .map((choice) => ({ text: plainText(plainFromMrkdwn(words(choice.label))), value: choice.value })),
                },
              }
            : {}),
        }),
      ];
    }
    case "heading": {
      const shown = section(`*${words(part.text)}*`);
      return part.separated ? [divider, shown] : [shown];
    }
    case "warning":
      return [section(words(part.text)), ...(part.hint ? [context(words(part.hint))] : [])];
  }
}

/** Facts in as few sections as hold them (3,000 characters each), none cut. */
function factSections(lines: string[]): KnownBlock[] {
  const sections: string[] = [];
  for (const line of lines) {
    const last = sections.length - 1;
    if (last >= 0 && [...sections[last]!].length + 1 + [...line].length <= SECTION_MAX_TEXT)
      sections[last] = `${sections[last]}\n${line}`;
    else sections.push(line);
  }
  return sections.map(section);
}

function slackButton(button: ScreenButton, words: (text: Parameters<typeof slackText>[0]) => string) {
  return {
    type: "button",
    action_id: SLACK_SCREEN_ACTIONS[button.action],
    text: plainText(plainFromMrkdwn(words(button.label))),
    value: JSON.stringify(button.data),
    ...(button.style ? { style: button.style } : {}),
    ...(button.confirm
      ? {
          confirm: confirmDialog({
            title: plainFromMrkdwn(words(button.confirm.title)),
            text: words(button.confirm.text),
            confirm: plainFromMrkdwn(words(button.confirm.confirm)),
            deny: plainFromMrkdwn(words(button.confirm.deny)),
          }),
        }
      : {}),
  };
}
