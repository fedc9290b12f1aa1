import { z } from "zod";
import { sessionRefusal } from "../../../app/refusals";
import { logSubmitted as saveLog, openLog, openPlan, planSubmitted as proposeSession } from "../../../app/sessions";
import { inviteJob } from "../../../domain/meetings/meetings";
import { formatDateTime } from "../../../i18n";
import { textOf } from "../cards/card";
import { sendToTeams, teamsText } from "../render";
import type { TeamsRequest } from "../request";

const pairValue = z.object({ pairId: z.string().min(1).max(100) });
const pairIdOf = (value: Record<string, unknown>) => pairValue.safeParse(value).data?.pairId ?? "-";

/** "Plan a session" / "Reschedule" / "Propose another time": the slot picker. */
export async function planOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  await sendToTeams(request, await openPlan(request.services, request.viewer, pairIdOf(value)));
}

/**
 * "Propose": the picked slot, or the date and time typed (in the viewer's zone). A time in the
 * past or outside the cohort is refused under the field it came from; nothing is proposed half-way.
 */
export async function planSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const reply = await proposeSession(request.services, request.viewer, {
    pairId: pairIdOf(value),
    askedAt: textOf(value.askedAt) || undefined,
    slot: textOf(value.slot) || undefined,
    date: textOf(value.date) || undefined,
    time: textOf(value.time) || undefined,
  });
  await sendToTeams(request, reply);
}

/** "Accept" on a partner's proposal: the session is on (the proposer is told by the domain). */
export async function sessionAccept(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const sessionId = z.object({ sessionId: z.string().min(1) }).safeParse(value).data?.sessionId ?? "-";
  const result = await services.sessions.accept(viewer.person, sessionId);
  if (!result.ok) return request.reply(teamsText(sessionRefusal(result.reason), viewer));
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
  const reply = await openLog(request.services, request.viewer, {
    pairId: pairIdOf(value),
    sessionId: textOf(value.sessionId) || undefined,
    edit: value.edit === true,
  });
  await sendToTeams(request, reply);
}

/** The session log: every mistake under its field at once, nothing saved until all is right. */
export async function logSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const reply = await saveLog(request.services, request.viewer, {
    pairId: pairIdOf(value),
    sessionId: textOf(value.sessionId) || undefined,
    fields: value,
  });
  await sendToTeams(request, reply);
}
