import type { KnownBlock } from "@slack/types";

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export { escapeMrkdwn } from "../../../i18n";

/** Slack's limits: blocks in a message and in a modal or Home tab, and the text of a section. */
export const MESSAGE_MAX_BLOCKS = 50;
export const VIEW_MAX_BLOCKS = 100;
export const SECTION_MAX_TEXT = 3000;

export function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text: clipMrkdwn(text, SECTION_MAX_TEXT) } };
}

export function header(text: string): KnownBlock {
  return { type: "header", text: { type: "plain_text", text: text.slice(0, 150), emoji: true } };
}

export function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: clipMrkdwn(text, SECTION_MAX_TEXT) }] };
}

/**
 * Mrkdwn cut to `max` characters, as Slack refuses a longer text: whole lines while any fit, then
 * "…" on a line of its own; never inside an entity (&amp;) or a mention or link (<…>).
 */
export function clipMrkdwn(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - 2).join("");
  const lastLine = room.lastIndexOf("\n");
  if (lastLine > 0) return `${room.slice(0, lastLine)}\n…`;
  // One long line: cut before an entity or a <…> that the cut would leave open.
  const open = Math.max(
    room.lastIndexOf("&") > room.lastIndexOf(";") ? room.lastIndexOf("&") : -1,
    room.lastIndexOf("<") > room.lastIndexOf(">") ? room.lastIndexOf("<") : -1,
  );
  return `${open >= 0 ? room.slice(0, open) : room}…`;
}

/**
 * The blocks of a list within `room` blocks: items while they fit, then one line counting the rest
 * ("… +3"), as Slack refuses a message or view over its block limit.
 */
export function fitList<T>(items: readonly T[], render: (item: T) => KnownBlock[], room: number): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  for (const [index, item] of items.entries()) {
    const next = render(item);
    const left = items.length - index;
    if (blocks.length + next.length > room - (left > 1 ? 1 : 0)) {
      blocks.push(context(`… +${left}`));
      return blocks;
    }
    blocks.push(...next);
  }
  return blocks;
}

export const divider: KnownBlock = { type: "divider" };

/** What chat.postMessage, respond() and chat.postEphemeral take: blocks plus the notification text. */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

/** A short message with no layout beyond one section. */
export function plainMessage(text: string): SlackMessage {
  return { text, blocks: [section(text)] };
}

/** Slack's limit for option texts and a few other plain_text fields. */
export function clip(text: string, max = 75): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

export function plainText(text: string, max = 75) {
  return { type: "plain_text" as const, text: clip(text, max), emoji: true };
}

export function option(text: string, value: string) {
  return { text: plainText(text), value };
}

/** A block assembled from parts whose shape Slack's types cannot follow (conditional fields). */
export function block(parts: object): KnownBlock {
  return parts as unknown as KnownBlock;
}

/** Slack's confirmation dialog on a button that cannot be undone. */
export function confirmDialog(parts: { title: string; text: string; confirm: string; deny: string; danger?: boolean }) {
  return {
    title: { type: "plain_text", text: parts.title },
    text: { type: "mrkdwn", text: parts.text },
    confirm: { type: "plain_text", text: parts.confirm },
    deny: { type: "plain_text", text: parts.deny },
    ...(parts.danger ? { style: "danger" } : {}),
  };
}

/**
 * The same text for a place Slack shows as plain text (an error under a modal's field): the
 * catalogue's mrkdwn (`code`, *bold*) and the entities of escaped names would show literally.
 */
export function plainFromMrkdwn(text: string): string {
  return text
    .replace(/`([^`\n]*)`/g, "$1")
    .replace(/\*([^*\n]+)\*/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** `response_action: "errors"` with each message under its block, as the plain text Slack shows there. */
export function fieldErrors(errors: Record<string, string>) {
  return {
    response_action: "errors" as const,
    errors: Object.fromEntries(Object.entries(errors).map(([block, text]) => [block, plainFromMrkdwn(text)])),
  };
}

/** Slack's ceiling for a plain_text_input's max_length (and so for its initial value). */
const TEXT_INPUT_CEILING = 3000;

/**
 * A text input's max_length and initial value. Slack refuses a whole modal whose initial value is
 * longer than max_length, so a saved value longer than the field allows (a draft kept as typed,
 * a value from Teams) widens the field to show it all; the form's own check then says it is too
 * long. Only past Slack's ceiling is it cut.
 */
export function textInput(
  value: string | null | undefined,
  max: number,
): { max_length: number; initial_value?: string } {
  if (!value) return { max_length: max };
  const length = [...value].length;
  if (length <= max) return { max_length: max, initial_value: value };
  return {
    max_length: Math.min(TEXT_INPUT_CEILING, length),
    initial_value: length <= TEXT_INPUT_CEILING ? value : [...value].slice(0, TEXT_INPUT_CEILING).join(""),
  };
}
