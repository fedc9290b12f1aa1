import { logInputFromFields } from "../../../domain/meetings/session-log";
import { DateTime } from "luxon";
import { z } from "zod";
import { isoDateIn } from "../../../domain/meetings/calendar-dates";
import { inviteJob, type PairContext } from "../../../domain/meetings/meeting-service";
import { formatDateTime, type MessageKey } from "../../../i18n";
import { calendarDate } from "../../../i18n/rhythm-text";
import { textOf } from "../cards/card";
import { logCard, pairsOverviewCard, planCard, typedFromLog, type FieldErrors, type LogTyped } from "../cards/rhythm";
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

export async function pairOf(request: TeamsRequest, value: Record<string, unknown>): Promise<PairContext | undefined> {
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

export async function sendPlanCard(
  request: TeamsRequest,
  context: PairContext,
  extra: { askedAt?: string; typed?: { slot?: string; date?: string; time?: string }; errors?: FieldErrors } = {},
): Promise<void> {
  const { services, viewer } = request;
  const partnerZone = context.hours[context.partner.id]?.timeZone ?? viewer.timeZone;
  const input = {
    slots: services.meetings.slots(context),
    partner: { name: context.partner.displayName, zone: partnerZone },
    days: context.cohort.cadenceDays + 7,
    pairId: context.pair.id,
    ...extra,
  };
  await request.card(planCard(input, viewer.t, viewer.locale, viewer.timeZone));
}

function partnersOf(request: TeamsRequest, context: PairContext) {
  const { viewer } = request;
  return [
    { id: viewer.person.id, name: viewer.person.displayName || viewer.t("rhythm.actions.you") },
    { id: context.partner.id, name: context.partner.displayName },
  ];
}

export async function sendLogCard(
  request: TeamsRequest,
  context: PairContext,
  sessionId?: string,
  typed: LogTyped = {},
  errors: FieldErrors = {},
): Promise<void> {
  const { services, viewer } = request;
  const today = isoDateIn(services.clock.now(), viewer.timeZone);
  await request.card(
    logCard(
      partnersOf(request, context),
      { date: today, minutes: context.cohort.sessionMinutes },
      { pairId: context.pair.id, sessionId },
      viewer.t,
      typed,
      errors,
    ),
  );
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
  const typed = {
    slot: textOf(value.slot) || undefined,
    date: textOf(value.date) || undefined,
    time: textOf(value.time) || undefined,
  };
  const again = (field: string, key: MessageKey) =>
    sendPlanCard(request, context, { askedAt, typed, errors: { [field]: t(key) } });
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
    const key = (
      result.reason === "not-partner" || result.reason === "not-found"
        ? "rhythm.notPartner"
        : result.reason === "own-proposal" || result.reason === "not-open"
          ? "rhythm.proposal.notOpen"
          : result.reason
    ) as MessageKey;
    return again(field, key);
  }
  if (askedAt)
    await services.meetings.answerCheckIn(viewer.person, context.pair.id, new Date(askedAt), {
      kind: "rescheduled",
      sessionAt: startsAt,
    });
  await request.reply(
    viewer.tEscaped("rhythm.plan.proposedDone", {
      partner: context.partner.displayName,
      when: formatDateTime(startsAt, viewer.locale, viewer.timeZone),
    }),
  );
}

/** "Accept" on a partner's proposal: the session is on (the proposer is told by the domain). */
export async function sessionAccept(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const sessionId = z.object({ sessionId: z.string().min(1) }).safeParse(value).data?.sessionId ?? "-";
  const result = await services.meetings.accept(viewer.person, sessionId);
  if (!result.ok) {
    const key =
      result.reason === "not-partner" || result.reason === "not-found"
        ? "rhythm.notPartner"
        : result.reason === "own-proposal"
          ? "rhythm.proposal.ownProposal"
          : result.reason === "not-open"
            ? "rhythm.proposal.notOpen"
            : result.reason;
    return request.reply(t(key as MessageKey));
  }
  const when = formatDateTime(result.session.startsAt, viewer.locale, viewer.timeZone);
  await request.reply(viewer.tEscaped("teams.rhythm.accepted", { when, partner: result.context.partner.displayName }));
  // The calendar file: offered here to whoever accepted, and to the proposer by a job (Teams has no
  // chat of the pair to post it to once for both; each is asked for consent in their own chat).
  await services.jobs.enqueue([inviteJob(result.session, result.session.proposedById, services.clock.now())]);
  await request.file(
    { kind: "session-invite", pairId: result.context.pair.id, sessionId: result.session.id },
    t("teams.files.inviteOffer"),
  );
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
  const result = await services.meetings.log(
    viewer.person,
    context.pair.id,
    logInputFromFields(value),
    viewer.timeZone,
    sessionId,
  );
  if (!result.ok) {
    if (!("errors" in result)) return request.reply(t("rhythm.notPartner"));
    const errors: FieldErrors = {};
    for (const error of result.errors) errors[error.field] = t(error.message as MessageKey);
    return sendLogCard(request, context, sessionId, typed, errors);
  }
  await request.reply(
    viewer.tEscaped("rhythm.log.saved", {
      date: calendarDate(String(value.date), viewer.locale),
      count: result.items.length,
      partner: context.partner.displayName,
    }),
  );
}
