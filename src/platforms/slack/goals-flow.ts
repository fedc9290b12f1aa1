import { slackText } from "./render";
import { goalRefusal } from "../../app/refusals";
import type { ModalView } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import type { GoalRefusal } from "../../domain/meetings/goal-service";
import type { Goal } from "../../domain/meetings/goals";
import type { PairRecord } from "../../domain/pairing/proposal";
import type { Person } from "../../domain/people";
import type { Services } from "../../services";
import type { SlackViewer } from "./people";
import { goalsBoardModal, goalsChooserModal, type PairChoice } from "./views/goals";
import { escapeMrkdwn } from "./views/text";

/** Where a goals view goes: over a modal already open (the chooser, the board), or a new one. */
export type ModalTarget = { viewId: string } | { triggerId: string };

export async function showModal(client: WebClient, target: ModalTarget, view: ModalView): Promise<void> {
  if ("viewId" in target) await client.views.update({ view_id: target.viewId, view });
  else await client.views.open({ trigger_id: target.triggerId, view });
}

function partnerOf(pair: PairRecord, personId: string): string {
  return pair.mentorPersonId === personId ? pair.menteePersonId : pair.mentorPersonId;
}

function mention(person: Person | undefined): string {
  if (!person) return "—";
  return person.platform === "slack" ? `<@${person.userId}>` : escapeMrkdwn(person.displayName);
}

/** The board for a pair the viewer is in (the service has already checked that). */
export async function goalsBoardFor(
  services: Services,
  viewer: SlackViewer,
  pair: PairRecord,
  goals: Goal[],
): Promise<ModalView> {
  const [partner, cohort] = await Promise.all([
    services.people.findById(partnerOf(pair, viewer.person.id)),
    services.cohorts.findById(pair.cohortId),
  ]);
  return goalsBoardModal(
    { pairId: pair.id, partner: mention(partner ?? undefined), cohortName: cohort?.name ?? "", goals },
    viewer.t,
    viewer.locale,
  );
}

/** Why a goal or pair cannot be shown to this person, in their words (never what it holds). */
export function goalRefusalText(viewer: SlackViewer, reason: GoalRefusal | "too-many", about: "pair" | "goal"): string {
  return slackText(goalRefusal(reason, about), viewer);
}

/**
 * `/mentoring goals` and the Set goals buttons: one pair's board (the one named, or the person's
 * only pair), a choice when they are in several, or the text to tell them when there is none.
 */
export async function openGoals(
  services: Services,
  client: WebClient,
  viewer: SlackViewer,
  target: ModalTarget,
  pairId?: string,
): Promise<string | undefined> {
  if (!pairId) {
    const pairs = await services.goals.pairsOf(viewer.person);
    if (pairs.length === 0) return viewer.t("goals.noPair");
    if (pairs.length > 1) {
      await showModal(client, target, goalsChooserModal(await choices(services, viewer, pairs), viewer.t));
      return undefined;
    }
    pairId = pairs[0]!.id;
  }
  const listed = await services.goals.list(viewer.person, pairId);
  if (!listed.ok) return goalRefusalText(viewer, listed.reason, "pair");
  await showModal(client, target, await goalsBoardFor(services, viewer, listed.pair, listed.goals));
  return undefined;
}

async function choices(services: Services, viewer: SlackViewer, pairs: PairRecord[]): Promise<PairChoice[]> {
  const people = await services.people.byIds(pairs.map((p) => partnerOf(p, viewer.person.id)));
  const cohorts = new Map<string, string>();
  for (const id of new Set(pairs.map((p) => p.cohortId)))
    cohorts.set(id, (await services.cohorts.findById(id))?.name ?? "");
  return pairs.map((pair) => {
    const partner = people.get(partnerOf(pair, viewer.person.id));
    return { pairId: pair.id, partner: mention(partner), cohortName: cohorts.get(pair.cohortId) ?? "" };
  });
}
