import type { Text } from "../../app/reply";
import type { Screen, ScreenAction, ScreenBlock, ScreenButton, ScreenLink } from "../../app/screen";
import {
  actionSet,
  adaptiveCard,
  type AdaptiveCard,
  type CardElement,
  paragraph,
  plainText,
  submit,
  textBlock,
  title,
} from "./cards/card";
import { SPONSOR_DECISION, TEAMS_ACTIONS } from "./cards/ids";
import type { TeamsReader } from "./identify";
import { teamsText } from "./render";

/** Each screen button's `data.action` (what the bot routes a submission by). */
const TEAMS_SCREEN_ACTIONS = {
  "cohort.nudge": TEAMS_ACTIONS.cohortNudge,
  "applicants.page": TEAMS_ACTIONS.applicantsPage,
  "applicants.override": TEAMS_ACTIONS.applicantOverride,
  "application.apply": TEAMS_ACTIONS.applyStart,
  "pair.plan": TEAMS_ACTIONS.sessionPlanOpen,
  "pair.goals": TEAMS_ACTIONS.goalsOpen,
  "sponsor.endorse": SPONSOR_DECISION,
  "sponsor.decline": SPONSOR_DECISION,
  "match.pair": TEAMS_ACTIONS.matchPair,
  "match.page": TEAMS_ACTIONS.matchPage,
  "match.rerun": TEAMS_ACTIONS.matchRerun,
  "match.approve": TEAMS_ACTIONS.matchApprove,
  "match.download": TEAMS_ACTIONS.matchDownload,
  "cohort.edit": TEAMS_ACTIONS.cohortEdit,
  "plenary.generate": TEAMS_ACTIONS.plenaryGenerate,
  "plenary.edit": TEAMS_ACTIONS.plenaryEditOpen,
  "plenary.attendance": TEAMS_ACTIONS.plenaryAttendanceOpen,
} as const satisfies Record<ScreenAction, string>;

const LINES_PER_BLOCK = 10;
const SUBTLE = { isSubtle: true, size: "Small" };
const SEPARATED = { separator: true, spacing: "Medium" };

/** A screen as an Adaptive Card: the title large, paragraphs and lists in Teams markdown, buttons beside their item. */
export function teamsScreen(screen: Screen, viewer: TeamsReader): AdaptiveCard {
  const words = (text: Text) => teamsText(text, viewer);
  // Buttons that end the screen go in the card's action bar, under everything, as Teams shows a card's own.
  const last = screen.blocks.at(-1);
  const bar = last?.kind === "buttons" ? last : undefined;
  const body = bar ? screen.blocks.slice(0, -1) : screen.blocks;
  return adaptiveCard(
    [...body.flatMap((part) => teamsElements(part, words)), ...(bar ? reasonFields(bar.buttons, words) : [])],
    bar?.buttons.map((button) => teamsAction(button, words)),
  );
}

function teamsElements(part: ScreenBlock, words: (text: Text) => string): CardElement[] {
  switch (part.kind) {
    case "title":
      return [title(words(part.text))];
    case "text":
      return [paragraph(words(part.text), { ...(part.subtle ? SUBTLE : {}), ...(part.separated ? SEPARATED : {}) })];
    case "lines": {
      const lines = part.lines.map((line) => `- ${words(line)}`);
      const elements: CardElement[] = [];
      for (let i = 0; i < lines.length; i += LINES_PER_BLOCK)
        elements.push(
          textBlock(lines.slice(i, i + LINES_PER_BLOCK).join("\n"), {
            ...(part.subtle ? SUBTLE : {}),
            ...(i > 0 ? { spacing: "None" } : {}),
          }),
        );
      return elements;
    }
    case "item": {
      const text = [
        paragraph(words(part.text), part.separated && !part.button ? SEPARATED : {}),
        ...(part.note ? [textBlock(words(part.note), { ...SUBTLE, spacing: "None", italic: true })] : []),
      ];
      if (!part.button) return text;
      return [
        {
          type: "ColumnSet",
          ...(part.separated ? SEPARATED : {}),
          columns: [
            { type: "Column", width: "stretch", items: text },
            { type: "Column", width: "auto", items: [actionSet([teamsButton(part.button, words)])] },
          ],
        },
      ];
    }
    case "buttons":
      return [...reasonFields(part.buttons, words), actionSet(part.buttons.map((b) => teamsAction(b, words)))];
    case "link":
      // An address cannot end its (…) early: brackets and spaces are percent-encoded.
      return [textBlock(`[${words(part.text)}](${part.url.replace(/[()\s]/g, encodeURIComponent)})`)];
    case "facts":
      return [
        {
          type: "FactSet",
          facts: part.facts.map((fact) => ({ title: words(fact.label), value: words(fact.value) })),
        },
      ];
    case "entry": {
      const details = (part.details ?? []).map((line) => `- ${words(line)}`).join("\n");
      const shown = paragraph([words(part.text), details].filter(Boolean).join("\n\n"), { separator: true });
      const menu = part.menu;
      if (!menu) return [shown];
      const data = { action: TEAMS_SCREEN_ACTIONS[menu.action], ...menu.data };
      return [
        shown,
        actionSet(
          menu.choices.map((choice) =>
            submit(
              plainText(words(choice.label)),
              { ...data, choice: choice.value },
              choice.style === "danger" ? "destructive" : undefined,
            ),
          ),
        ),
      ];
    }
    case "heading":
      return [textBlock(words(part.text), { weight: "Bolder", ...(part.separated ? SEPARATED : {}) })];
    case "warning":
      return [
        paragraph(words(part.text), { color: "Warning", separator: true }),
        ...(part.hint ? [textBlock(words(part.hint), { ...SUBTLE, spacing: "None" })] : []),
      ];
  }
}

function teamsAction(button: ScreenButton | ScreenLink, words: (text: Text) => string): CardElement {
  return "url" in button ? teamsLink(button, words) : teamsButton(button, words);
}

function teamsButton(button: ScreenButton, words: (text: Text) => string): CardElement {
  const style = button.style === "primary" ? "positive" : button.style === "danger" ? "destructive" : undefined;
  const label = plainText(words(button.label));
  const send = (title: string) => submit(title, { action: TEAMS_SCREEN_ACTIONS[button.action], ...button.data }, style);
  // Adaptive Cards have no dialogs: what is asked first opens under the button, with the button that sends.
  if (button.confirm)
    return showCard(label, [paragraph(words(button.confirm.text))], send(plainText(words(button.confirm.yes))));
  return send(label);
}

/** The optional reason a button sends, as a field above the buttons (every button of the card sends it). */
function reasonFields(buttons: (ScreenButton | ScreenLink)[], words: (text: Text) => string): CardElement[] {
  const asking = buttons.find((button): button is ScreenButton => "action" in button && !!button.reason);
  if (!asking?.reason) return [];
  const label = plainText(words(asking.reason.label));
  return [{ type: "Input.Text", id: "reason", label, isMultiline: true, maxLength: 1000 }];
}

function showCard(title: string, body: CardElement[], action: CardElement): CardElement {
  return { type: "Action.ShowCard", title, card: { type: "AdaptiveCard", body, actions: [action] } };
}

function teamsLink(link: ScreenLink, words: (text: Text) => string): CardElement {
  return { type: "Action.OpenUrl", title: plainText(words(link.label)), url: link.url };
}
