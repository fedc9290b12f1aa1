import type { Text } from "../../app/reply";
import type { Screen, ScreenAction, ScreenBlock, ScreenButton } from "../../app/screen";
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
import { TEAMS_ACTIONS } from "./cards/ids";
import type { TeamsViewer } from "./identify";
import { teamsText } from "./render";

/** Each screen button's `data.action` (what the bot routes a submission by). */
const TEAMS_SCREEN_ACTIONS = {
  "cohort.nudge": TEAMS_ACTIONS.cohortNudge,
  "match.pair": TEAMS_ACTIONS.matchPair,
  "match.page": TEAMS_ACTIONS.matchPage,
  "match.rerun": TEAMS_ACTIONS.matchRerun,
  "match.approve": TEAMS_ACTIONS.matchApprove,
  "match.download": TEAMS_ACTIONS.matchDownload,
  "cohort.edit": TEAMS_ACTIONS.cohortEdit,
  "session.plan": TEAMS_ACTIONS.sessionPlanOpen,
  "plenary.generate": TEAMS_ACTIONS.plenaryGenerate,
  "plenary.edit": TEAMS_ACTIONS.plenaryEditOpen,
  "plenary.attendance": TEAMS_ACTIONS.plenaryAttendanceOpen,
} as const satisfies Record<ScreenAction, string>;

const LINES_PER_BLOCK = 10;
const SUBTLE = { isSubtle: true, size: "Small" };
const SEPARATED = { separator: true, spacing: "Medium" };

/** A screen as an Adaptive Card: the title large, paragraphs and lists in Teams markdown, buttons beside their item. */
export function teamsScreen(screen: Screen, viewer: TeamsViewer): AdaptiveCard {
  const words = (text: Text) => teamsText(text, viewer);
  // Buttons that end the screen are about all of it: they go in the card's action bar (six at most).
  const last = screen.blocks.at(-1);
  const bar = last?.kind === "buttons" && last.buttons.length <= 6 ? last.buttons : undefined;
  const body = bar ? screen.blocks.slice(0, -1) : screen.blocks;
  return adaptiveCard(
    body.flatMap((part) => teamsElements(part, words)),
    bar?.map((button) => teamsButton(button, words)),
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
        paragraph(words(part.text)),
        ...(part.note ? [textBlock(words(part.note), { ...SUBTLE, spacing: "None", italic: true })] : []),
      ];
      if (!part.button) return text;
      return [
        {
          type: "ColumnSet",
          columns: [
            { type: "Column", width: "stretch", items: text },
            { type: "Column", width: "auto", items: [actionSet([teamsButton(part.button, words)])] },
          ],
        },
      ];
    }
    case "buttons":
      return [actionSet(part.buttons.map((button) => teamsButton(button, words)))];
    case "facts":
      return [{ type: "FactSet", facts: part.facts.map((f) => ({ title: words(f.label), value: words(f.value) })) }];
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

function teamsButton(button: ScreenButton, words: (text: Text) => string): CardElement {
  const style = button.style === "primary" ? "positive" : button.style === "danger" ? "destructive" : undefined;
  return submit(plainText(words(button.label)), { action: TEAMS_SCREEN_ACTIONS[button.action], ...button.data }, style);
}
