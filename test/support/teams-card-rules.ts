import { createRequire } from "node:module";

/**
 * What Teams would refuse or show wrongly, checked on every activity the fake connector receives:
 * the official Adaptive Cards SDK parses and validates each card at version 1.5, and the rules it
 * does not know are Teams' own (its markdown subset, plain-text error messages, buttons that must
 * send without validating the form, deep links, message size). Each problem names its rule and
 * where in the activity it is.
 */

// The package's ESM build imports without file extensions, which Node refuses; its UMD bundle loads.
const AdaptiveCards = createRequire(import.meta.url)(
  "adaptivecards/dist/adaptivecards.js",
) as typeof import("adaptivecards");

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
/** Teams refuses a message over 100 KB (and advises staying under 80 KB). */
export const TEAMS_MESSAGE_LIMIT = 100 * 1024;

type Json = Record<string, unknown>;

export function teamsActivityProblems(activity: Json): string[] {
  const problems: string[] = [];
  const size = Buffer.byteLength(JSON.stringify(activity), "utf8");
  if (size > TEAMS_MESSAGE_LIMIT) problems.push(`size: the message is ${size} bytes, over Teams' 100 KB limit`);
  if (typeof activity.text === "string") problems.push(...markdownProblems(activity.text, "text"));
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as Json[]) : [];
  attachments.forEach((attachment, index) => {
    if (attachment.contentType === ADAPTIVE_CARD)
      problems.push(...cardProblems(attachment.content as Json, `attachments[${index}].content`));
  });
  return problems;
}

export function cardProblems(card: Json, path = "card"): string[] {
  const problems: string[] = [];
  if (card.type !== "AdaptiveCard") problems.push(`${path}.type: not an AdaptiveCard`);
  if (typeof card.version !== "string" || !/^1\.[0-5]$/.test(card.version))
    problems.push(`${path}.version: Teams renders Adaptive Cards up to 1.5, got ${String(card.version)}`);

  const parsed = new AdaptiveCards.AdaptiveCard();
  // Teams shows up to six buttons in a card's action bar (the SDK's default host allows five).
  parsed.hostConfig = new AdaptiveCards.HostConfig({ actions: { maxActions: 6 } });
  const context = new AdaptiveCards.SerializationContext(new AdaptiveCards.Version(1, 5));
  parsed.parse(card, context);
  const sdk: string[] = [];
  for (let i = 0; i < context.eventCount; i++) sdk.push(context.getEventAt(i).message);
  for (const event of parsed.validateProperties().validationEvents) sdk.push(event.message);
  const peoplePicker = JSON.stringify(card).includes('"choices.data"');
  for (const message of sdk) {
    // Teams' people picker (choices.data with Data.Query) is a Teams extension it supports at 1.5,
    // and its choices come from the directory.
    if (
      peoplePicker &&
      (/"choices\.data" is supported in version 1\.6/.test(message) || /must have at least one choice/.test(message))
    )
      continue;
    problems.push(`${path}: SDK: ${message}`);
  }

  walk(card, path, (node, at) => {
    switch (node.type) {
      case "TextBlock":
        if (typeof node.text === "string") problems.push(...markdownProblems(node.text, `${at}.text`));
        break;
      case "FactSet":
        for (const [i, fact] of ((node.facts as Json[] | undefined) ?? []).entries()) {
          problems.push(
            ...markdownProblems(String(fact.title ?? ""), `${at}.facts[${i}].title`),
            ...markdownProblems(String(fact.value ?? ""), `${at}.facts[${i}].value`),
          );
        }
        break;
      case "Input.ChoiceSet": {
        const values = new Set(((node.choices as Json[] | undefined) ?? []).map((c) => String(c.value)));
        if (node.value !== undefined && node.value !== "") {
          const chosen = node.isMultiSelect ? String(node.value).split(",") : [String(node.value)];
          for (const v of chosen)
            if (!values.has(v))
              problems.push(`${at}.value: "${v}" is not one of the choices, so Teams shows nothing selected`);
        }
        break;
      }
      case "Input.Date":
        if (node.value !== undefined && node.value !== "" && !/^\d{4}-\d{2}-\d{2}$/.test(String(node.value)))
          problems.push(`${at}.value: "${String(node.value)}" is not a YYYY-MM-DD date`);
        break;
      case "Input.Time":
        if (node.value !== undefined && node.value !== "" && !/^\d{2}:\d{2}$/.test(String(node.value)))
          problems.push(`${at}.value: "${String(node.value)}" is not an HH:MM time`);
        break;
      case "Input.Number":
        if (node.value !== undefined && node.value !== "" && !Number.isFinite(Number(node.value)))
          problems.push(`${at}.value: "${String(node.value)}" is not a number`);
        break;
      case "Input.Toggle": {
        const allowed = [String(node.valueOn ?? "true"), String(node.valueOff ?? "false")];
        if (node.value !== undefined && !allowed.includes(String(node.value)))
          problems.push(`${at}.value: "${String(node.value)}" is neither valueOn nor valueOff`);
        break;
      }
      case "Action.OpenUrl":
        if (typeof node.url === "string") problems.push(...deepLinkProblems(node.url, `${at}.url`));
        break;
    }
    if (node.type.startsWith("Input.")) {
      for (const key of ["errorMessage", "label", "placeholder"] as const) {
        if (typeof node[key] === "string") problems.push(...plainTextProblems(node[key], `${at}.${key}`));
      }
    }
  });
  problems.push(...submitProblems(card, path));
  return problems;
}

/**
 * Teams validates every required input of the card before an Action.Submit sends, unless the
 * button says `associatedInputs: "none"`. A form has one button that submits it; every other
 * button (save a draft, back, cancel) must send without validating, or it cannot be pressed
 * while the form is half filled.
 */
function submitProblems(card: Json, path: string): string[] {
  let required = false;
  const validating: string[] = [];
  walk(card, path, (node, at) => {
    if (node.type.startsWith("Input.") && node.isRequired === true) required = true;
    if ((node.type === "Action.Submit" || node.type === "Action.Execute") && node.associatedInputs !== "none")
      validating.push(`${at} ("${String(node.title)}")`);
  });
  if (!required || validating.length <= 1) return [];
  return [
    `${path}: the card has required inputs and ${validating.length} buttons that validate them (${validating.join(", ")}); all but the one that submits the form need associatedInputs: "none"`,
  ];
}

/** Teams' TextBlock/message markdown: bold, italic, lists, links; no inline code, headings or HTML. */
function markdownProblems(text: string, at: string): string[] {
  const problems: string[] = [];
  const unescaped = text.replace(/\\./g, "");
  if (unescaped.includes("`"))
    problems.push(`${at}: inline code (backticks) is not rendered by Teams: ${JSON.stringify(text.slice(0, 80))}`);
  if (/<\/?[A-Za-z][^>]*>/.test(unescaped))
    problems.push(`${at}: HTML-like tags are not Teams markdown: ${JSON.stringify(text.slice(0, 80))}`);
  for (const match of text.matchAll(/\]\((https?:[^)\s]+)\)/g)) problems.push(...deepLinkProblems(match[1]!, at));
  return problems;
}

/** Texts Teams shows as they are (error messages, labels, notification summaries): no markup at all. */
function plainTextProblems(text: string, at: string): string[] {
  // Only the catalogue's own markup can be told apart here: what a person typed shows as typed.
  if (/\*\*|__|`/.test(text))
    return [`${at}: markup in a plain-text field shows literally: ${JSON.stringify(text.slice(0, 80))}`];
  return [];
}

/** Teams' chat deep link takes sign-in addresses, and names only group chats (three people or more). */
function deepLinkProblems(url: string, at: string): string[] {
  if (!url.startsWith("https://teams.microsoft.com/l/chat/0/0")) return [];
  const params = new URL(url).searchParams;
  const users = (params.get("users") ?? "").split(",").filter(Boolean);
  const problems: string[] = [];
  if (users.length === 0) problems.push(`${at}: a chat deep link with no users`);
  for (const user of users)
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(user))
      problems.push(`${at}: chat deep link users must be user principal names (sign-in addresses), got "${user}"`);
  if (params.has("topicName") && users.length < 2) problems.push(`${at}: topicName is ignored in a one-to-one chat`);
  return problems;
}

function walk(node: unknown, at: string, visit: (node: Json & { type: string }, at: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => walk(child, `${at}[${i}]`, visit));
    return;
  }
  if (!node || typeof node !== "object") return;
  const object = node as Json;
  if (typeof object.type === "string") visit(object as Json & { type: string }, at);
  for (const [key, value] of Object.entries(object)) {
    if (key === "data") continue; // a button's data is the bot's own, never shown
    if (value && typeof value === "object") walk(value, `${at}.${key}`, visit);
  }
}
