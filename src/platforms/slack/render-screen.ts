import type { KnownBlock } from "@slack/types";
import type { Screen, ScreenAction, ScreenBlock, ScreenButton, ScreenLink } from "../../app/screen";
import { ACTION_IDS } from "./ids";
import type { SlackReader } from "./people";
import { slackText } from "./render";
import {
  block,
  clipMrkdwn,
  confirmDialog,
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
  "applicants.page": ACTION_IDS.applicantsPage,
  "applicants.override": ACTION_IDS.applicantOverride,
  "application.apply": ACTION_IDS.apply,
  "pair.plan": ACTION_IDS.sessionPlan,
  "pair.goals": ACTION_IDS.openGoals,
  "sponsor.endorse": ACTION_IDS.sponsorEndorse,
  "sponsor.decline": ACTION_IDS.sponsorDecline,
  "match.pair": ACTION_IDS.matchPair,
  "match.page": ACTION_IDS.matchPage,
  "match.rerun": ACTION_IDS.matchRerun,
  "match.approve": ACTION_IDS.matchApprove,
  "match.download": ACTION_IDS.matchDownload,
  "cohort.edit": ACTION_IDS.editCohort,
  "plenary.generate": ACTION_IDS.plenaryGenerate,
  "plenary.edit": ACTION_IDS.plenaryEdit,
  "plenary.attendance": ACTION_IDS.plenaryAttendance,
} as const satisfies Record<ScreenAction, string>;

/**
 * Listeners that read the button's value as one id, not as JSON (as messages sent before carry
 * it): the field of the data that is the value.
 */
const SLACK_BARE_VALUES: Partial<Record<ScreenAction, string>> = {
  "applicants.override": "applicationId",
  "application.apply": "cohortId",
  "sponsor.endorse": "applicationId",
  "sponsor.decline": "applicationId",
};

/** Lines per section: a section holds 3,000 characters. */
const LINES_PER_SECTION = 10;
/** A section holds ten fields of 2,000 characters each. */
const FIELDS_PER_SECTION = 10;
const FIELD_MAX_TEXT = 2000;
/** Slack's overflow menu holds five options. */
const OVERFLOW_MAX_OPTIONS = 5;

/** A screen as a Slack message: the title as a header, paragraphs as sections, notes as context. */
export function slackScreen(screen: Screen, viewer: SlackReader): SlackMessage {
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
        ...(part.separated ? [divider] : []),
        block({
          type: "section",
          text: { type: "mrkdwn", text: part.note ? `${words(part.text)}\n_${words(part.note)}_` : words(part.text) },
          ...(part.button ? { accessory: slackButton(part.button, words) } : {}),
        }),
      ];
    case "buttons":
      return [
        block({
          type: "actions",
          elements: part.buttons.map((button, i) =>
            "url" in button ? slackLink(button, i, words) : slackButton(button, words),
          ),
        }),
      ];
    case "link":
      // An address cannot break out of its <…|…>: its delimiters are percent-encoded.
      return [section(`<${part.url.replace(/[<>|]/g, encodeURIComponent)}|${words(part.text)}>`)];
    case "facts": {
      const fields = part.facts.map((fact) => ({
        type: "mrkdwn",
        text: clipMrkdwn(`*${words(fact.label)}*\n${words(fact.value)}`, FIELD_MAX_TEXT),
      }));
      const blocks: KnownBlock[] = [];
      for (let i = 0; i < fields.length; i += FIELDS_PER_SECTION)
        blocks.push(block({ type: "section", fields: fields.slice(i, i + FIELDS_PER_SECTION) }));
      return blocks;
    }
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

function slackButton(button: ScreenButton, words: (text: Parameters<typeof slackText>[0]) => string) {
  const id = SLACK_SCREEN_ACTIONS[button.action];
  const { confirm } = button;
  const bare = SLACK_BARE_VALUES[button.action];
  // `reason` needs nothing here: the listener of an action that asks for one opens a modal.
  return {
    type: "button",
    action_id: button.tag === undefined ? id : `${id}:${button.tag}`,
    value: bare ? (button.data[bare] ?? "") : JSON.stringify(button.data),
    text: plainText(plainFromMrkdwn(words(button.label))),
    ...(button.style ? { style: button.style } : {}),
    ...(confirm
      ? {
          confirm: confirmDialog({
            title: plainFromMrkdwn(words(confirm.title)),
            text: words(confirm.text),
            confirm: plainFromMrkdwn(words(confirm.yes)),
            deny: plainFromMrkdwn(words(confirm.no)),
          }),
        }
      : {}),
  };
}

/** A link button still sends Slack an action: its id (one per place in the block) is acknowledged and ignored. */
function slackLink(link: ScreenLink, index: number, words: (text: Parameters<typeof slackText>[0]) => string) {
  return {
    type: "button",
    action_id: `${ACTION_IDS.openLink}:${index}`,
    text: plainText(plainFromMrkdwn(words(link.label))),
    url: link.url,
  };
}
