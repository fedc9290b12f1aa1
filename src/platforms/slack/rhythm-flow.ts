import { isoDateIn } from "../../domain/meetings/calendar-dates";
import type { WebClient } from "@slack/web-api";
import type { PairContext } from "../../domain/meetings/meeting-service";
import type { SessionLogValues } from "../../domain/meetings/session-log";
import { attendanceRate } from "../../domain/meetings/plenaries";
import type { Services } from "../../services";
import type { ViewMetadata } from "./ids";
import type { SlackViewer } from "./people";
import type { HomePair } from "./views/home";
import { logSessionModal, pairsOverviewMessage, planSessionModal } from "./views/rhythm";
import type { SlackMessage } from "./views/text";
import { plainMessage } from "./views/text";

/** The pair a click or command is about, for one of its partners; otherwise why not, as a reply. */
export async function pairForViewer(
  services: Services,
  viewer: SlackViewer,
  pairId?: string,
): Promise<{ ok: true; context: PairContext } | { ok: false; message: SlackMessage }> {
  const found = await services.meetings.pairFor(viewer.person, pairId);
  if (found.ok) return found;
  if (found.reason === "several") return { ok: false, message: await pairsOverview(services, viewer) };
  return {
    ok: false,
    message: plainMessage(viewer.t(found.reason === "no-pair" ? "rhythm.noPair" : "rhythm.notPartner")),
  };
}

/** Every current pair of the viewer with its next session, progress and buttons. */
export async function pairsOverview(services: Services, viewer: SlackViewer): Promise<SlackMessage> {
  const overviews = await services.meetings.overviewsFor(viewer.person);
  if (overviews.length === 0) return plainMessage(viewer.t("rhythm.noPair"));
  return pairsOverviewMessage(overviews, viewer.t, viewer.locale, viewer.timeZone);
}

/** Opens "Plan a session" with the slots in both partners' hours. */
export async function openPlanModal(
  services: Services,
  client: WebClient,
  viewer: SlackViewer,
  context: PairContext,
  triggerId: string,
  extra: ViewMetadata = {},
): Promise<void> {
  const slots = services.meetings.slots(context);
  const partnerZone = context.hours[context.partner.id]?.timeZone ?? viewer.timeZone;
  const view = planSessionModal(
    slots,
    { name: context.partner.displayName, zone: partnerZone },
    context.cohort.cadenceDays + 7,
    { pairId: context.pair.id, ...extra },
    viewer.t,
    viewer.locale,
    viewer.timeZone,
  );
  await client.views.open({ trigger_id: triggerId, view });
}

/** Opens the session log, dated today in the viewer's zone, owners limited to the two partners. */
export async function openLogModal(
  services: Services,
  client: WebClient,
  viewer: SlackViewer,
  context: PairContext,
  triggerId: string,
  sessionId?: string,
  saved?: SessionLogValues,
): Promise<void> {
  const today = isoDateIn(services.clock.now(), viewer.timeZone);
  const partners = [
    { id: viewer.person.id, name: viewer.person.displayName || viewer.t("rhythm.actions.you") },
    { id: context.partner.id, name: context.partner.displayName },
  ];
  const view = logSessionModal(
    partners,
    { date: today, minutes: context.cohort.sessionMinutes },
    { pairId: context.pair.id, ...(sessionId ? { sessionId } : {}) },
    viewer.t,
    saved,
  );
  await client.views.open({ trigger_id: triggerId, view });
}

/** The viewer's pairs as the Home tab shows them. */
export async function homePairs(services: Services, viewer: SlackViewer): Promise<HomePair[]> {
  const pairs = await services.pairing.currentPairsOf(viewer.person.id);
  const items = await services.meetings.openActionItems(viewer.person);
  const result: HomePair[] = [];
  for (const pair of pairs) {
    const found = await services.meetings.pairFor(viewer.person, pair.id);
    if (!found.ok) continue;
    const { cohort, partner } = found.context;
    const next = await services.meetings.nextSession(pair.id);
    const goals = await services.goals.list(viewer.person, pair.id);
    const list = goals.ok ? goals.goals : [];
    const attendance = await services.plenaries.attendanceOf(viewer.person.id, cohort.id);
    const percent = attendanceRate(attendance.attended, attendance.held);
    result.push({
      pairId: pair.id,
      partnerName: partner.displayName,
      cohortName: cohort.name,
      next: next
        ? {
            status: next.status,
            startsAt: next.startsAt,
            durationMinutes: next.durationMinutes,
            proposedByMe: next.proposedById === viewer.person.id,
          }
        : null,
      held: await services.meetings.heldCount(pair.id),
      minSessions: cohort.minSessions,
      attendance: {
        ...attendance,
        percent: percent === null ? null : Math.floor(percent),
        threshold: cohort.attendanceThreshold,
      },
      goals: {
        total: list.length,
        picked: list.filter((g) => g.priority !== null).length,
        phasesDone: list.reduce((sum, g) => sum + g.phases.filter((p) => p.done).length, 0),
        phases: list.length * 3,
      },
      items: (items.find((g) => g.pair.id === pair.id)?.items ?? []).map((i) => ({
        id: i.id,
        text: i.text,
        dueDate: i.dueDate,
        mine: i.ownerPersonId === viewer.person.id,
      })),
    });
  }
  return result;
}
