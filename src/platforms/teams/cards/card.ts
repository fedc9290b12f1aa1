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

/** Slack's inline code marks read oddly in Teams' markdown subset; Teams shows them as plain text. */
export function fromSlackMarkup(text: string): string {
  return text.replace(/`([^`]+)`/g, "**$1**");
}
