import { expect } from "vitest";

/**
 * What the escaping tests look for: the texts each platform renders as markup, and the markup a
 * hostile payload would make live there.
 */

/** Markup Slack would act on: a link with a label, @channel, a mention. */
export const SLACK_LIVE = [/<https?:\/\/evil/, /<!channel>/, /<@UCOORD>/];
/** Markup Teams would act on: a markdown link or bold from the payload, Slack's link turned into Teams', a tag. */
export const TEAMS_LIVE = [
  /(?<!\\)\]\(https:\/\/evil/,
  /(?<!\\)\*\*(urgent|u\b)/,
  /<https?:\/\/evil/,
  /<!channel>/,
  /<@UCOORD>/,
];

/** Every text Slack renders as mrkdwn in a call: message texts, mrkdwn objects, file comments (not plain_text). */
export function slackTexts(args: Record<string, any>): string[] {
  const found: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    if (object.type === "plain_text") return;
    for (const [key, value] of Object.entries(object)) {
      if ((key === "text" || key === "initial_comment") && typeof value === "string") found.push(value);
      else walk(value);
    }
  };
  walk(args);
  return found;
}

/** Every text Teams renders as markdown in an activity: message text, TextBlocks, FactSets. */
export function teamsTexts(activity: Record<string, any>): string[] {
  const found: string[] = typeof activity.text === "string" ? [activity.text] : [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== "object") return;
    const object = node as Record<string, any>;
    if (object.type === "TextBlock" && typeof object.text === "string") found.push(object.text);
    if (object.type === "FactSet") for (const fact of object.facts ?? []) found.push(fact.title, fact.value);
    for (const value of Object.values(object)) walk(value);
  };
  walk(activity.attachments?.map((a: any) => a.content));
  return found;
}

/** The payload reached the reader in these Slack texts (shown as typed), and none of it is live. */
export function expectSlackTextsEscaped(texts: string[]): void {
  expect(texts.join("\n")).toContain("&lt;!channel&gt;");
  for (const live of SLACK_LIVE) expect(texts.filter((t) => live.test(t))).toEqual([]);
}

/** The same for what Teams received. */
export function expectTeamsEscaped(activities: Record<string, any>[]): void {
  const texts = activities.flatMap(teamsTexts);
  expect(texts.join("\n")).toContain("&lt;!channel&gt;");
  for (const live of TEAMS_LIVE) expect(texts.filter((t) => live.test(t))).toEqual([]);
}
