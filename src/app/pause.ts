import { pauseWords } from "../domain/command-words";
import type { PairContext } from "../domain/meetings/meetings";
import { defaultPauseDate, pauseEndOf } from "../domain/meetings/pause";
import { pairOf } from "./pairs";
import { sessionRefusal } from "./refusals";
import type { NeutralForm } from "./form";
import { form, message, type Reply, type Text, text } from "./reply";
import type { App, Asker } from "./request";

/**
 * Pausing a pair's reminders and nudges, the same on every platform: `pause` (and the Pause button)
 * opens the form offering two weeks from today; `pause YYYY-MM-DD` pauses until the end of that day
 * in the reader's zone; `pause resume` (and Resume) turns them back on now.
 */

/** `pause`, `pause YYYY-MM-DD`, `pause resume`. */
export async function pauseCommand(app: App, who: Asker, words: string[]): Promise<Reply> {
  const parsed = pauseWords(words[0]);
  if (parsed.kind === "usage") return message("rhythm.pause.usage");
  const until = parsed.kind === "until" ? pauseEndOf(parsed.isoDate, who.timeZone) : null;
  if (parsed.kind === "until" && !until) return message("rhythm.pause.usage");
  const found = await pairOf(app, who);
  if (!found.ok) return found.reply;
  if (parsed.kind === "form") return pauseForm(app, who, found.context);
  return pauseUntil(app, who, found.context, until);
}

/** The Pause button. */
export async function openPause(app: App, who: Asker, pairId: string): Promise<Reply> {
  const found = await pairOf(app, who, pairId);
  return found.ok ? pauseForm(app, who, found.context) : found.reply;
}

/** The Resume button. */
export async function resumePair(app: App, who: Asker, pairId: string): Promise<Reply> {
  const found = await pairOf(app, who, pairId);
  return found.ok ? pauseUntil(app, who, found.context, null) : found.reply;
}

/** The form sent: a day that is not a date, or already past, is refused under the field. */
export async function pauseSubmitted(app: App, who: Asker, input: { pairId: string; until: string }): Promise<Reply> {
  const found = await pairOf(app, who, input.pairId);
  if (!found.ok) return found.reply;
  const refused = (error: Text): Reply => form(pauseFormOf(found.context, input.until, error));
  const until = pauseEndOf(input.until, who.timeZone);
  if (!until) return refused(text("meetings.errors.dateInvalid"));
  const result = await app.rhythm.pause(who.person, found.context.pair.id, until);
  if (!result.ok) return refused(sessionRefusal(result.reason));
  return message("rhythm.pause.paused", { until: { date: until }, partner: found.context.partner.displayName });
}

function pauseForm(app: App, who: Asker, context: PairContext): Reply {
  return form(pauseFormOf(context, defaultPauseDate(app.clock.now(), who.timeZone)));
}

/** Until when: one day, the end of which (the reader's zone) turns reminders back on. */
function pauseFormOf(context: PairContext, until: string, error?: Text): NeutralForm {
  return {
    form: "fields",
    name: "pause",
    title: text("rhythm.pause.title"),
    submit: text("rhythm.pause.submit"),
    fields: [{ id: "until", label: text("rhythm.pause.until"), kind: "date", value: until }],
    data: { pairId: context.pair.id },
    errors: error ? { until: error } : {},
  };
}

async function pauseUntil(app: App, who: Asker, context: PairContext, until: Date | null): Promise<Reply> {
  const result = await app.rhythm.pause(who.person, context.pair.id, until);
  if (!result.ok) return { kind: "message", text: sessionRefusal(result.reason) };
  const partner = context.partner.displayName;
  return until
    ? message("rhythm.pause.paused", { until: { date: until }, partner })
    : message("rhythm.pause.resumed", { partner });
}
