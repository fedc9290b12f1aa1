/** Adaptive Card 1.5 building blocks: plain JSON, so cards stay pure and testable. */
export type CardElement = Record<string, unknown> & { type: string };

export interface AdaptiveCard {
  type: "AdaptiveCard";
  $schema: string;
  version: "1.5";
  body: CardElement[];
  actions?: CardElement[];
}

export function adaptiveCard(body: CardElement[], actions?: CardElement[]): AdaptiveCard {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body,
    ...(actions && actions.length > 0 ? { actions } : {}),
  };
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: "TextBlock", text, wrap: true, ...options };
}

export function title(text: string): CardElement {
  return textBlock(text, { size: "Large", weight: "Bolder" });
}

/**
 * What a person typed (a name, a reason, a goal), shown literally in Teams' markdown. Nothing Teams
 * renders as markdown should carry a person's text without it; the viewer's `tEscaped` applies it
 * to every value by itself.
 */
export { escapeTeamsMarkdown } from "../../../i18n";

/** A message's text block, in Teams markdown (the viewer's `t` renders the catalogue's markup for Teams). */
export function paragraph(text: string, options: Record<string, unknown> = {}): CardElement {
  return textBlock(text, options);
}

/** The message shown under a field the server refused: red, right below its input. */
export function fieldError(id: string, message: string | undefined): CardElement[] {
  return message
    ? [textBlock(message, { id: `${id}.error`, color: "Attention", spacing: "None", size: "Small", isVisible: true })]
    : [];
}

/**
 * An input followed by its error, if any. The error also goes in `errorMessage`, which Teams shows
 * for its own checks (required fields), so both read the same.
 */
export function field(input: CardElement & { id: string }, errors: Record<string, string | undefined>): CardElement[] {
  const error = errors[input.id];
  return [{ ...showable(input), ...(error ? { errorMessage: plainText(error) } : {}) }, ...fieldError(input.id, error)];
}

/**
 * An input re-shown with what was typed keeps only a value it can show: a choice that is not among
 * its choices shows nothing selected, and a date or time in another format shows garbage. What was
 * wrong with it is said under the field.
 */
function showable(input: CardElement): CardElement {
  const { value } = input;
  if (value === undefined || value === "") return input;
  const { value: _dropped, ...without } = input;
  switch (input.type) {
    case "Input.ChoiceSet": {
      if (input["choices.data"]) return input; // a people picker: Teams looks the value up itself
      const known = new Set(((input.choices as { value: string }[] | undefined) ?? []).map((c) => c.value));
      const kept = (input.isMultiSelect ? String(value).split(",") : [String(value)]).filter((v) => known.has(v));
      return kept.length > 0 ? { ...input, value: kept.join(",") } : without;
    }
    case "Input.Date":
      return /^\d{4}-\d{2}-\d{2}$/.test(String(value)) ? input : without;
    case "Input.Time":
      return /^\d{2}:\d{2}$/.test(String(value)) ? input : without;
    case "Input.Number":
      return Number.isFinite(Number(value)) ? input : without;
    default:
      return input;
  }
}

/**
 * Catalogue text for places Teams shows as they are (an input's error message, a notification's
 * summary): the markup goes, the words stay, and what a person typed reads as typed.
 */
export function plainText(text: string): string {
  return text
    .replace(/\[([^\]]*)\]\(https?:[^)]*\)/g, "$1")
    .replace(/\*\*|(?<!\\)[*`]/g, "")
    .replace(/\\([\\`*_~[\]#+\-.)])/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** A button that sends its data (and the card's inputs) back to the bot as a message. */
export function submit(label: string, data: Record<string, unknown>, style?: "positive" | "destructive"): CardElement {
  return { type: "Action.Submit", title: label, data, ...(style ? { style } : {}) };
}

/**
 * A button that sends its data without the card's inputs (Cancel, Back to a list): Teams checks
 * a card's required inputs before any other submit, so such a button could not be pressed on a
 * half-filled form.
 */
export function navigate(label: string, data: Record<string, unknown>): CardElement {
  return { type: "Action.Submit", title: label, data, associatedInputs: "none" };
}

/** Buttons inside the body, under the text they belong to. */
export function actionSet(actions: CardElement[]): CardElement {
  return { type: "ActionSet", actions };
}

/** Choices of a multi-select as Teams sends them ("a,b,c") or as a list. */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String).filter((v) => v !== "");
  if (typeof value === "string")
    return value
      .split(",")
      .map((v) => v.trim())
      .filter((v) => v !== "");
  return [];
}

/** Text inputs arrive as strings; an empty one as "" or missing. */
export function textOf(value: unknown): string | undefined {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;
}
