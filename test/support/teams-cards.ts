/** Reading Adaptive Cards the bot sent, as a person would: inputs, the message under each, buttons. */
export type Card = { version?: string; body: any[]; actions?: any[] };

export const cardOf = (activity: Record<string, any>): Card | undefined => activity.attachments?.[0]?.content;

/** Every element of a card, containers and column sets opened. */
export function elements(card: Card): any[] {
  const all: any[] = [];
  const walk = (items: any[] | undefined) => {
    for (const item of items ?? []) {
      all.push(item);
      walk(item.items);
      walk(item.columns);
      walk(item.actions);
    }
  };
  walk(card.body);
  walk(card.actions);
  return all;
}

export function input(card: Card, id: string): any {
  return card.body.find((e) => e.id === id);
}

/** The red message right under an input, if any. */
export function errorUnder(card: Card, id: string): string | undefined {
  const index = card.body.findIndex((e) => e.id === id);
  const next = card.body[index + 1];
  return index >= 0 && next?.type === "TextBlock" && next.color === "Attention" ? next.text : undefined;
}

/** Every message shown under an input, by the input's id. */
export function errorsOf(card: Card): Record<string, string> {
  const errors: Record<string, string> = {};
  card.body.forEach((e, i) => {
    const next = card.body[i + 1];
    if (e.id && next?.type === "TextBlock" && next.color === "Attention") errors[e.id] = next.text;
  });
  return errors;
}

/** A button's data, found by its title. */
export function button(card: Card, title: string): Record<string, unknown> {
  const action = elements(card).find(
    (e) => typeof e.type === "string" && e.type.startsWith("Action.") && e.title === title,
  );
  if (!action) throw new Error(`no button "${title}" in ${JSON.stringify(card).slice(0, 400)}`);
  return action.data;
}

export function buttonTitles(card: Card): string[] {
  return elements(card)
    .filter((e) => typeof e.type === "string" && e.type.startsWith("Action."))
    .map((e) => e.title);
}

/** All the text a card shows, one string. */
export function cardText(card: Card): string {
  return elements(card)
    .map((e) => e.text ?? e.title ?? e.label ?? "")
    .join("\n");
}

/** What a button with a confirmation sends once it is opened and its confirming button pressed. */
export function confirmedButton(card: Card, title: string): Record<string, unknown> {
  const opened = elements(card).find((e) => e.type === "Action.ShowCard" && e.title === title);
  if (!opened) throw new Error(`no button "${title}" asking first in ${JSON.stringify(card).slice(0, 400)}`);
  return opened.card.actions[0].data;
}
