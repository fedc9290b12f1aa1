import type { Text } from "./reply";

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
export type ScreenAction = "cohort.nudge";

export interface ScreenButton {
  action: ScreenAction;
  label: Text;
  /** What the button carries back (ids only). */
  data: Record<string, string>;
  style?: "primary" | "danger";
}

export type ScreenBlock =
  /** The screen's heading: plain words (Slack's header shows no markup). */
  | { kind: "title"; text: Text }
  /** A paragraph; `subtle` is small, secondary text; `separated` starts a new part of the screen. */
  | { kind: "text"; text: Text; subtle?: boolean; separated?: boolean }
  /** Short lines of one kind (pairs, log entries), one under the other. */
  | { kind: "lines"; lines: Text[]; subtle?: boolean }
  /** One thing with what is wrong or notable about it, and the button that acts on it. */
  | { kind: "item"; text: Text; note?: Text; button?: ScreenButton }
  /** Buttons under the text they belong to. */
  | { kind: "buttons"; buttons: ScreenButton[] };

export function screen(summary: Text, blocks: (ScreenBlock | false | undefined)[]): Screen {
  return { summary, blocks: blocks.filter((block): block is ScreenBlock => !!block) };
}
