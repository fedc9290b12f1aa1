import { type Text, type TextValue, text } from "./reply";

/**
 * A screen a use case shows, written once for both platforms: its blocks say what is shown and in
 * which order, never how. Slack renders it as Block Kit, Teams as an Adaptive Card; the words are
 * catalogue texts, so every value a person typed is escaped by the renderer, never by the screen.
 */
export interface Screen {
  /** The notification's words (Slack's `text`, Teams' summary): the title, usually. */
  summary: Text;
  blocks: ScreenBlock[];
}

/** A button's request, named once; each platform maps it to its own id (see each renderer's table). */
export type ScreenAction =
  | "cohort.nudge"
  | "applicants.page"
  | "applicants.override"
  | "application.apply"
  | "pair.plan"
  | "pair.goals"
  | "sponsor.endorse"
  | "sponsor.decline"
  | "match.pair"
  | "match.page"
  | "match.rerun"
  | "match.approve"
  | "match.download"
  | "cohort.edit"
  | "plenary.generate"
  | "plenary.edit"
  | "plenary.attendance";

export interface ScreenButton {
  action: ScreenAction;
  label: Text;
  /** What the button carries back (ids only). */
  data: Record<string, string>;
  style?: "primary" | "danger";
  /** Which of several buttons of one action in a block this is (Slack needs distinct ids there). */
  tag?: string;
  /** Asked before the button acts: it cannot be undone. */
  confirm?: { title: Text; text: Text; yes: Text; no: Text };
  /**
   * The button sends an optional reason along (`reason`): Teams has its field in the card, above
   * the buttons; in Slack the button's listener opens a modal for it.
   */
  reason?: { label: Text };
}

/** Choices about one thing, each sent back as the same request with its `value` as `choice`. */
export interface ScreenMenu {
  action: ScreenAction;
  /** What the choices are about (ids only; Slack carries it in a block id, 255 characters). */
  data: Record<string, string>;
  choices: { label: Text; value: string; style?: "danger" }[];
}

/** A button that opens an address (a chat, training material); nothing comes back to Tandem. */
export interface ScreenLink {
  url: string;
  label: Text;
}

export type ScreenBlock =
  /** The screen's heading: plain words (Slack's header shows no markup). */
  | { kind: "title"; text: Text }
  /** A paragraph; `subtle` is small, secondary text; `separated` starts a new part of the screen. */
  | { kind: "text"; text: Text; subtle?: boolean; separated?: boolean }
  /** Short lines of one kind (pairs, log entries), one under the other. */
  | { kind: "lines"; lines: Text[]; subtle?: boolean }
  /** One thing with what is wrong or notable about it, and the button that acts on it. */
  | { kind: "item"; text: Text; note?: Text; button?: ScreenButton; separated?: boolean }
  /** Buttons under the text they belong to. */
  | { kind: "buttons"; buttons: (ScreenButton | ScreenLink)[] }
  /** A link in the text, on its own line (training material). */
  | { kind: "link"; url: string; text: Text }
  /** Labelled values, one under the other (what someone answered, field by field). */
  | { kind: "facts"; facts: { label: Text; value: Text }[] }
  /** One entry of a list, its details as bullet lines, and a menu of what can be done with it. */
  | { kind: "entry"; text: Text; details?: Text[]; menu?: ScreenMenu }
  /** A part's heading inside the screen, in bold. */
  | { kind: "heading"; text: Text; separated?: boolean }
  /** Something the reader should act on (people out of reach), with a smaller hint under it. */
  | { kind: "warning"; text: Text; hint?: Text };

/** Words built from other words or from what a person typed (a name with its tag, `a · b · c`). */
export function words(value: TextValue): Text {
  return text("common.typed", { text: value });
}

export function joined(parts: Text[], separator: string): Text {
  return words({ join: parts, with: separator });
}

export function screen(summary: Text, blocks: (ScreenBlock | false | undefined)[]): Screen {
  return { summary, blocks: blocks.filter((block): block is ScreenBlock => !!block) };
}
