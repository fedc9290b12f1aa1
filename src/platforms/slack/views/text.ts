import type { KnownBlock } from "@slack/types";

/** Escapes the three characters Slack's mrkdwn treats as control characters. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function section(text: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

export function header(text: string): KnownBlock {
  return { type: "header", text: { type: "plain_text", text: text.slice(0, 150), emoji: true } };
}

export function context(text: string): KnownBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text }] };
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
