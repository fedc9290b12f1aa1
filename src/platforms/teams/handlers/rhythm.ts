import { DateTime } from "luxon";
import { z } from "zod";
import { isoDateIn } from "../../../domain/meetings/calendar-dates";
import { pauseEndOf } from "../../../domain/meetings/pause";
import type { PairContext } from "../../../domain/meetings/meeting-service";
import { formatDate, formatDateTime, type MessageKey } from "../../../i18n";
import { calendarDate } from "../../../i18n/rhythm-text";
import { textOf } from "../cards/card";
import { actionItemsCard, logCard, logFormInput, pairsOverviewCard, pauseCard, planCard, typedFromLog, type FieldErrors, type LogTyped } from "../cards/rhythm";
import type { TeamsRequest } from "../request";

const pairValue = z.object({ pairId: z.string().min(1).max(100) });

/** The pair a command or button is about, for one of its partners; otherwise they are told why not. */
export async function pairFor(request: TeamsRequest, pairId?: string): Promise<PairContext | undefined> {
  const { services, viewer } = request;
  const found = await services.meetings.pairFor(viewer.person, pairId);
  if (found.ok) return found.context;
  if (found.reason === "several") await overview(request);
  else await request.reply(viewer.t(found.reason === "no-pair" ? "rhythm.noPair" : "rhythm.notPartner"));
  return undefined;
}

async function pairOf(request: TeamsRequest, value: Record<string, unknown>): Promise<PairContext | undefined> {
  return pairFor(request, pairValue.safeParse(value).data?.pairId ?? "-");
}

/** Each of the viewer's pairs with its next session, progress and buttons. */
async function overview(request: TeamsRequest): Promise<void> {
  const { services, viewer } = request;
  const overviews = await services.meetings.overviewsFor(viewer.person);
  if (overviews.length === 0) return request.reply(viewer.t("rhythm.noPair"));
  await request.card(pairsOverviewCard(overviews, viewer.t, viewer.locale, viewer.timeZone));
}

const PLAN = new Set(["plan", "planificar", "planear", "proponer", "new", "nueva"]);
const LOG = new Set(["log", "registrar", "registro", "anotar"]);

/** `session`, `session plan`, `session log`. */
export async function sessionCommand(request: TeamsRequest, args: string[]): Promise<void> {
  const word = (args[0] ?? "").toLowerCase();
  if (!PLAN.has(word) && !LOG.has(word)) return overview(request);
  const context = await pairFor(request);
  if (!context) return;
  if (PLAN.has(word)) await sendPlanCard(request, context);
  else await sendLogCard(request, context);
}

async function sendPlanCard(request: TeamsRequest, context: PairContext, extra: { askedAt?: string; typed?: { slot?: string; date?: string; time?: string }; errors?: FieldErrors } = {}): Promise<void> {
  const { services, viewer } = request;
  const partnerZone = context.hours[context.partner.id]?.timeZone ?? viewer.timeZone;
  const input = { slots: services.meetings.slots(context), partner: { name: context.partner.displayName, zone: partnerZone }, days: context.cohort.cadenceDays + 7, pairId: context.pair.id, ...extra };
  await request.card(planCard(input, viewer.t, viewer.locale, viewer.timeZone));
}

function partnersOf(request: TeamsRequest, context: PairContext) {
  const { viewer } = request;
  return [
    { id: viewer.person.id, name: viewer.person.displayName || viewer.t("rhythm.actions.you") },
    { id: context.partner.id, name: context.partner.displayName },
  ];
}

async function sendLogCard(request: TeamsRequest, context: PairContext, sessionId?: string, typed: LogTyped = {}, errors: FieldErrors = {}): Promise<void> {
  const { services, viewer } = request;
  const today = isoDateIn(services.clock.now(), viewer.timeZone);
  await request.card(logCard(partnersOf(request, context), { date: today, minutes: context.cohort.sessionMinutes }, { pairId: context.pair.id, sessionId }, viewer.t, typed, errors));
}

/** "Plan a session" / "Reschedule" / "Propose another time": the slot picker. */
export async function planOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const context = await pairOf(request, value);
  if (context) await sendPlanCard(request, context);
}

/**
 * "Propose": the picked slot, or the date and time typed (in the viewer's zone). A time in the
 * past or outside the cohort is refused under the field it came from; nothing is proposed half-way.
 */
export async function planSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const context = await pairOf(request, value);
  if (!context) return;
  const askedAt = textOf(value.askedAt) || undefined;
  const typed = { slot: textOf(value.slot) || undefined, date: textOf(value.date) || undefined, time: textOf(value.time) || undefined };
  const again = (field: string, key: MessageKey) => sendPlanCard(request, context, { askedAt, typed, errors: { [field]: t(key) } });
  let startsAt: Date | undefined;
  let field = "slot";
  if (typed.date || typed.time) {
    field = typed.date ? "time" : "date";
    if (!typed.date || !typed.time) return again(field, "rhythm.plan.pickOne");
    const local = DateTime.fromISO(`${typed.date}T${typed.time}`, { zone: viewer.timeZone });
    if (!local.isValid) return again("date", "meetings.errors.dateInvalid" as MessageKey);
    startsAt = local.toJSDate();
    field = "date";
  } else if (typed.slot) {
    const slot = new Date(typed.slot);
    if (Number.isNaN(slot.getTime())) return again("slot", "rhythm.plan.pickOne");
    startsAt = slot;
  } else {
    return again(services.meetings.slots(context).length > 0 ? "slot" : "date", "rhythm.plan.pickOne");
  }
  const result = await services.meetings.propose(viewer.person, context.pair.id, startsAt);
  if (!result.ok) {
    const key = (result.reason === "not-partner" || result.reason === "not-found" ? "rhythm.notPartner" : result.reason === "own-proposal" || result.reason === "not-open" ? "rhythm.proposal.notOpen" : result.reason) as MessageKey;
    return again(field, key);
  }
  if (askedAt) await services.meetings.answerCheckIn(viewer.person, context.pair.id, new Date(askedAt), { kind: "rescheduled", sessionAt: startsAt });
  await request.reply(t("rhythm.plan.proposedDone", { partner: context.partner.displayName, when: formatDateTime(startsAt, viewer.locale, viewer.timeZone) }));
}

/** "Accept" on a partner's proposal: the session is on (the proposer is told by the domain). */
export async function sessionAccept(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const sessionId = z.object({ sessionId: z.string().min(1) }).safeParse(value).data?.sessionId ?? "-";
  const result = await services.meetings.accept(viewer.person, sessionId);
  if (!result.ok) {
    const key = result.reason === "not-partner" || result.reason === "not-found" ? "rhythm.notPartner" : result.reason === "own-proposal" ? "rhythm.proposal.ownProposal" : result.reason === "not-open" ? "rhythm.proposal.notOpen" : result.reason;
    return request.reply(t(key as MessageKey));
  }
  const when = formatDateTime(result.session.startsAt, viewer.locale, viewer.timeZone);
  await request.reply(t("teams.rhythm.accepted", { when, partner: result.context.partner.displayName }));
}

/** "Log a session" (for the reminded session when the button came with one), or "Edit last log". */
export async function logOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const context = await pairOf(request, value);
  if (!context) return;
  const sessionId = textOf(value.sessionId) || undefined;
  if (sessionId && value.edit === true) {
    const { services, viewer } = request;
    const saved = await services.meetings.loggedSession(viewer.person, context.pair.id, sessionId, viewer.timeZone);
    if (!saved) return request.reply(viewer.t("rhythm.notPartner"));
    return sendLogCard(request, context, saved.session.id, typedFromLog(saved.values));
  }
  await sendLogCard(request, context, sessionId);
}

/** The session log: every mistake under its field at once, nothing saved until all is right. */
export async function logSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const context = await pairOf(request, value);
  if (!context) return;
  const sessionId = textOf(value.sessionId) || undefined;
  const typed: LogTyped = {};
  for (const [key, v] of Object.entries(value)) if (typeof v === "string") typed[key] = v;
  const result = await services.meetings.log(viewer.person, context.pair.id, logFormInput(value), viewer.timeZone, sessionId);
  if (!result.ok) {
    if (!("errors" in result)) return request.reply(t("rhythm.notPartner"));
    const errors: FieldErrors = {};
    for (const error of result.errors) errors[error.field] = t(error.message as MessageKey);
    return sendLogCard(request, context, sessionId, typed, errors);
  }
  await request.reply(t("rhythm.log.saved", { date: calendarDate(String(value.date), viewer.locale), count: result.items.length, partner: context.partner.displayName }));
}

const answerValue = z.object({ pairId: z.string().min(1), askedAt: z.string().min(1), answer: z.enum(["met", "moved", "not-yet"]) });

/** "Did you meet?": yes brings the log; "we moved it" the slot picker; "not yet" asks again later. */
export async function checkInAnswered(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const parsed = answerValue.safeParse(value);
  const context = await pairFor(request, parsed.data?.pairId ?? "-");
  if (!context) return;
  if (!parsed.success) return request.reply(t("rhythm.notPartner"));
  const { answer, askedAt } = parsed.data;
  if (answer === "moved") return sendPlanCard(request, context, { askedAt });
  const result = await services.meetings.answerCheckIn(viewer.person, context.pair.id, new Date(askedAt), answer === "met" ? { kind: "met" } : { kind: "not-yet" });
  if (!result.ok) return request.reply(t((result.reason === "not-partner" ? "rhythm.notPartner" : result.reason) as MessageKey));
  const { effect } = result.step;
  if (effect.kind === "open-log") {
    await request.reply(t("rhythm.checkIn.logNow"));
    return sendLogCard(request, context);
  }
  if (effect.kind === "ask-again") await request.reply(t("rhythm.checkIn.askAgain", { when: formatDateTime(effect.at, viewer.locale, viewer.timeZone) }));
}

/** "Pause": until when (two weeks from today to start with). */
export async function pauseOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const context = await pairOf(request, value);
  if (!context) return;
  const initial = DateTime.fromJSDate(request.services.clock.now(), { zone: request.viewer.timeZone }).plus({ days: 14 }).toISODate()!;
  await request.card(pauseCard(context.pair.id, initial, request.viewer.t));
}

/** Pause until the end of the chosen day (the reader's zone); a past day is refused under the field. */
export async function pauseSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const context = await pairOf(request, value);
  if (!context) return;
  const typed = textOf(value.until) ?? "";
  const until = pauseEndOf(typed, viewer.timeZone);
  if (!until) return request.card(pauseCard(context.pair.id, typed, t, t("meetings.errors.dateInvalid" as MessageKey), typed));
  const result = await services.meetings.pause(viewer.person, context.pair.id, until);
  if (!result.ok) return request.card(pauseCard(context.pair.id, typed, t, t((result.reason === "not-partner" ? "rhythm.notPartner" : result.reason) as MessageKey), typed));
  await request.reply(t("rhythm.pause.paused", { until: formatDate(until, viewer.locale, viewer.timeZone), partner: context.partner.displayName }));
}

/** "Resume": reminders and nudges again from now. */
export async function resumePair(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const context = await pairOf(request, value);
  if (!context) return;
  const result = await request.services.meetings.pause(request.viewer.person, context.pair.id, null);
  await request.reply(result.ok ? request.viewer.t("rhythm.pause.resumed", { partner: context.partner.displayName }) : request.viewer.t("rhythm.notPartner"));
}

const RESUME = new Set(["resume", "reanudar", "seguir", "off"]);

/** `pause YYYY-MM-DD` (until the end of that day, in your zone) or `pause resume`; bare `pause` shows the card. */
export async function pauseCommand(request: TeamsRequest, args: string[]): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const word = (args[0] ?? "").toLowerCase();
  const context = word === "" || RESUME.has(word) || /^\d{4}-\d{2}-\d{2}$/.test(word) ? await pairFor(request) : undefined;
  if (word !== "" && !RESUME.has(word) && !/^\d{4}-\d{2}-\d{2}$/.test(word)) return request.reply(t("rhythm.pause.usage"));
  if (!context) return;
  if (word === "") return pauseOpen(request, { pairId: context.pair.id });
  if (RESUME.has(word)) return resumePair(request, { pairId: context.pair.id });
  return pauseSubmitted(request, { pairId: context.pair.id, until: word });
}

/** `support <why>`: the coordinators hear who asks and why, never the pair's notes. */
export async function supportCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { t } = request.viewer;
  if (!rest.trim()) return request.reply(t("rhythm.support.usage"));
  const context = await pairFor(request);
  if (!context) return;
  const result = await request.services.meetings.askForHelp(request.viewer.person, context.pair.id, rest);
  await request.reply(t(result.ok ? "rhythm.support.sent" : "rhythm.support.usage"));
}

/** `actions`: what either partner committed to, until it is done. */
export async function actionsCommand(request: TeamsRequest): Promise<void> {
  const { services, viewer } = request;
  const groups = await services.meetings.openActionItems(viewer.person);
  if (groups.length === 0) return request.reply(viewer.t("rhythm.noPair"));
  const rows = [];
  for (const { pair, items } of groups) {
    const partnerId = pair.mentorPersonId === viewer.person.id ? pair.menteePersonId : pair.mentorPersonId;
    const [partner, cohort] = await Promise.all([services.people.findById(partnerId), services.cohorts.findById(pair.cohortId)]);
    rows.push({ partnerName: partner?.displayName ?? "—", cohortName: cohort?.name ?? "—", partnerId, items });
  }
  await request.card(actionItemsCard(rows, isoDateIn(services.clock.now(), viewer.timeZone), viewer.t, viewer.locale));
}

/** "Done" on an action item (either partner): the list is shown again without it. */
export async function actionItemDone(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const itemId = z.object({ itemId: z.string().min(1) }).safeParse(value).data?.itemId;
  const item = itemId ? await request.services.meetings.setActionItemDone(request.viewer.person, itemId, true) : null;
  if (!item) return request.reply(request.viewer.t("rhythm.notPartner"));
  await actionsCommand(request);
}

/** "I'm here" under a plenary's start: attendance while it is on; otherwise why not. */
export async function plenaryCheckIn(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const plenaryId = z.object({ plenaryId: z.string().min(1) }).safeParse(value).data?.plenaryId ?? "-";
  const result = await services.plenaries.checkIn(viewer.person, plenaryId);
  if (result.ok) return request.reply(t(result.already ? "plenaries.alreadyCheckedIn" : "plenaries.checkedIn", { number: result.plenary.number, cohort: result.cohort.name }));
  const number = result.plenary?.number ?? 0;
  const text =
    result.reason === "not-started"
      ? t("plenaries.notStarted", { number, when: formatDateTime(result.plenary!.startsAt, viewer.locale, viewer.timeZone) })
      : result.reason === "ended"
        ? t("plenaries.ended", { number })
        : result.reason === "not-in-cohort"
          ? t("plenaries.notInCohort")
          : t("plenaries.notFound");
  await request.reply(text);
}
