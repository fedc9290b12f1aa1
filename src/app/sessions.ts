import { DateTime } from "luxon";
import { sessionVerb } from "../domain/command-words";
import { isoDateIn } from "../domain/meetings/calendar-dates";
import type { PairContext } from "../domain/meetings/meetings";
import { logInputFromFields } from "../domain/meetings/session-log";
import { pairOf, pairsOverview } from "./pairs";
import { meetingFieldError, sessionRefusal } from "./refusals";
import { form, message, text, type LogForm, type PlanForm, type Reply, type Text } from "./reply";
import type { App, Asker } from "./request";

/** `session` (the overview), `session plan` and `session log` (the forms, when in one pair). */
export async function sessionCommand(app: App, who: Asker, words: string[]): Promise<Reply> {
  const verb = sessionVerb(words[0]);
  if (!verb) return pairsOverview(app, who);
  const found = await pairOf(app, who);
  if (!found.ok) return found.reply;
  return verb === "plan" ? planForm(app, who, found.context) : logForm(app, who, found.context);
}

/** "Plan a session" / "Reschedule" / "Propose another time", and "we moved it" (with `askedAt`). */
export async function openPlan(app: App, who: Asker, pairId: string, askedAt?: string): Promise<Reply> {
  const found = await pairOf(app, who, pairId);
  return found.ok ? planForm(app, who, found.context, { askedAt }) : found.reply;
}

/** What a plan form sends back: a slot, a moment picked (Slack), or a date and time typed (Teams). */
export interface PlanInput {
  pairId: string;
  askedAt?: string;
  slot?: string;
  /** A date and time picked as one moment. */
  at?: Date;
  /** A date and a time typed apart, in the reader's zone. */
  date?: string;
  time?: string;
}

/**
 * "Propose": the picked slot, or the date and time agreed. A time in the past or outside the cohort
 * is refused under the field it came from; nothing is proposed half-way. In answer to a check-in,
 * proposing closes the question in the same transaction.
 */
export async function planSubmitted(app: App, who: Asker, input: PlanInput): Promise<Reply> {
  const found = await pairOf(app, who, input.pairId);
  if (!found.ok) return found.reply;
  const { context } = found;
  const values = { slot: input.slot, date: input.date, time: input.time };
  const again = (field: keyof PlanForm["errors"], error: Text) =>
    planForm(app, who, context, { askedAt: input.askedAt, values, errors: { [field]: error } });
  let startsAt: Date;
  let field: keyof PlanForm["errors"] = "date";
  if (input.at) {
    startsAt = input.at;
  } else if (input.date || input.time) {
    if (!input.date || !input.time) return again(input.date ? "time" : "date", text("rhythm.plan.pickOne"));
    const local = DateTime.fromISO(`${input.date}T${input.time}`, { zone: who.timeZone });
    if (!local.isValid) return again("date", text("meetings.errors.dateInvalid"));
    startsAt = local.toJSDate();
  } else if (input.slot) {
    startsAt = new Date(input.slot);
    field = "slot";
    if (Number.isNaN(startsAt.getTime())) return again("slot", text("rhythm.plan.pickOne"));
  } else {
    return again(app.sessions.slots(context).length > 0 ? "slot" : "date", text("rhythm.plan.pickOne"));
  }
  const answering = input.askedAt ? new Date(input.askedAt) : undefined;
  const result = await app.sessions.propose(who.person, context.pair.id, startsAt, {
    answering: answering && !Number.isNaN(answering.getTime()) ? answering : undefined,
  });
  if (!result.ok) return again(field, sessionRefusal(result.reason));
  return message("rhythm.plan.proposedDone", { partner: context.partner.displayName, when: { dateTime: startsAt } });
}

/** "Log a session" (for the reminded session when the button came with one), or "Edit last log". */
export async function openLog(
  app: App,
  who: Asker,
  input: { pairId: string; sessionId?: string; edit?: boolean },
): Promise<Reply> {
  const found = await pairOf(app, who, input.pairId);
  if (!found.ok) return found.reply;
  if (!input.sessionId || !input.edit) return logForm(app, who, found.context, input.sessionId);
  const saved = await app.sessions.loggedSession(who.person, found.context.pair.id, input.sessionId, who.timeZone);
  if (!saved) return message("rhythm.notPartner");
  return logForm(app, who, found.context, saved.session.id, saved.values);
}

export function planForm(
  app: App,
  who: Asker,
  context: PairContext,
  extra: Partial<Pick<PlanForm, "askedAt" | "values" | "errors">> = {},
): Reply {
  return form({
    form: "plan",
    pairId: context.pair.id,
    ...(extra.askedAt ? { askedAt: extra.askedAt } : {}),
    slots: app.sessions.slots(context),
    partner: {
      name: context.partner.displayName,
      zone: context.hours[context.partner.id]?.timeZone ?? who.timeZone,
    },
    days: context.cohort.cadenceDays + 7,
    values: extra.values ?? {},
    errors: extra.errors ?? {},
  });
}

/** The log form, dated today in the reader's zone, its action items' owners the two partners. */
export function logForm(
  app: App,
  who: Asker,
  context: PairContext,
  sessionId?: string,
  saved?: LogForm["saved"],
): Reply {
  return form(logView(app, who, context, sessionId, saved));
}

function logView(app: App, who: Asker, context: PairContext, sessionId?: string, saved?: LogForm["saved"]): LogForm {
  return {
    form: "log",
    pairId: context.pair.id,
    ...(sessionId ? { sessionId } : {}),
    partners: [
      { id: who.person.id, name: who.person.displayName },
      { id: context.partner.id, name: context.partner.displayName },
    ],
    defaults: { date: isoDateIn(app.clock.now(), who.timeZone), minutes: context.cohort.sessionMinutes },
    ...(saved ? { saved } : {}),
  };
}

/** The log sent: every mistake under its field at once, nothing saved until all is right. */
export async function logSubmitted(
  app: App,
  who: Asker,
  input: { pairId: string; sessionId?: string; fields: Record<string, unknown> },
): Promise<Reply> {
  const found = await pairOf(app, who, input.pairId);
  if (!found.ok) return found.reply;
  const { context } = found;
  const result = await app.sessions.log(
    who.person,
    context.pair.id,
    logInputFromFields(input.fields),
    who.timeZone,
    input.sessionId,
  );
  if (!result.ok) {
    if (!("errors" in result)) return message("rhythm.notPartner");
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(input.fields)) if (typeof value === "string") values[key] = value;
    const errors: Partial<Record<string, Text>> = {};
    for (const error of result.errors) errors[error.field] ??= meetingFieldError(error);
    return form({ ...logView(app, who, context, input.sessionId), values, errors });
  }
  return message("rhythm.log.saved", {
    date: { day: isoDateIn(result.session.startsAt, who.timeZone) },
    count: result.items.length,
    partner: context.partner.displayName,
  });
}
