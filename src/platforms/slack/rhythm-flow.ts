import { attendanceRate } from "../../domain/meetings/plenaries";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";
import type { HomePair } from "./views/home";

/** The viewer's pairs as the Home tab shows them. */
export async function homePairs(services: Services, viewer: SlackViewer): Promise<HomePair[]> {
  const pairs = await services.pairing.currentPairsOf(viewer.person.id);
  const items = await services.actionItems.openActionItems(viewer.person);
  const result: HomePair[] = [];
  for (const pair of pairs) {
    const found = await services.sessions.pairFor(viewer.person, pair.id);
    if (!found.ok) continue;
    const { cohort, partner } = found.context;
    const next = await services.sessions.nextSession(pair.id);
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
      held: await services.sessions.heldCount(pair.id),
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
