import { teamsText } from "../render";
import { goalRefusal, fieldErrorKey } from "../../../app/refusals";
import { z } from "zod";
import { MAX_GOALS_PER_PAIR, type GoalRefusal, type GoalsResult } from "../../../domain/meetings/goal-service";
import { goalFormValues, type Goal } from "../../../domain/meetings/goals";
import type { PairRecord } from "../../../domain/pairing/proposal";
import { textOf } from "../cards/card";
import { GOAL_FIELDS, goalFormCard, goalsBoardCard, goalsChooserCard } from "../cards/goals";
import type { TeamsRequest } from "../request";

const partnerOf = (pair: PairRecord, personId: string) =>
  pair.mentorPersonId === personId ? pair.menteePersonId : pair.mentorPersonId;

/** Why a goal or pair cannot be shown to this person, in their words (never what it holds). */
function refusal(request: TeamsRequest, reason: GoalRefusal | "too-many", about: "pair" | "goal"): string {
  return teamsText(goalRefusal(reason, about), request.viewer);
}

async function showBoard(request: TeamsRequest, pair: PairRecord, goals: Goal[]): Promise<void> {
  const { services, viewer } = request;
  const [partner, cohort] = await Promise.all([
    services.people.findById(partnerOf(pair, viewer.person.id)),
    services.cohorts.findById(pair.cohortId),
  ]);
  await request.card(
    goalsBoardCard(
      { pairId: pair.id, partner: partner?.displayName ?? "—", cohortName: cohort?.name ?? "", goals },
      viewer.t,
      viewer.locale,
    ),
  );
}

/** `goals` and the Set goals buttons: one pair's board, a choice when in several, or why not. */
export async function goalsCommand(request: TeamsRequest, pairId?: string): Promise<void> {
  const { services, viewer } = request;
  if (!pairId) {
    const pairs = await services.goals.pairsOf(viewer.person);
    if (pairs.length === 0) return request.reply(viewer.t("goals.noPair"));
    if (pairs.length > 1) {
      const people = await services.people.byIds(pairs.map((p) => partnerOf(p, viewer.person.id)));
      const choices = [];
      for (const pair of pairs)
        choices.push({
          pairId: pair.id,
          partner: people.get(partnerOf(pair, viewer.person.id))?.displayName ?? "—",
          cohortName: (await services.cohorts.findById(pair.cohortId))?.name ?? "",
        });
      return request.card(goalsChooserCard(choices, viewer.t));
    }
    pairId = pairs[0]!.id;
  }
  const listed = await services.goals.list(viewer.person, pairId);
  if (!listed.ok) return request.reply(refusal(request, listed.reason, "pair"));
  await showBoard(request, listed.pair, listed.goals);
}

export async function goalsOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  await goalsCommand(request, z.object({ pairId: z.string().min(1) }).safeParse(value).data?.pairId ?? "-");
}

/** After a change: the board as it is now; a refusal never carries a goal's content. */
async function showResult(request: TeamsRequest, result: GoalsResult | undefined): Promise<void> {
  if (result?.ok) return showBoard(request, result.pair, result.goals);
  await request.reply(refusal(request, result?.reason ?? "not-found", "goal"));
}

const goalValue = z.object({ goalId: z.string().min(1).max(100) });
const phaseValue = goalValue.extend({ phase: z.union([z.literal(1), z.literal(2), z.literal(3)]), done: z.boolean() });
const moveValue = goalValue.extend({ direction: z.enum(["up", "down"]) });

export async function goalPhase(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const parsed = phaseValue.safeParse(value);
  await showResult(
    request,
    parsed.success
      ? await request.services.goals.setPhaseDone(
          request.viewer.person,
          parsed.data.goalId,
          parsed.data.phase,
          parsed.data.done,
        )
      : undefined,
  );
}

export async function goalMove(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const parsed = moveValue.safeParse(value);
  await showResult(
    request,
    parsed.success
      ? await request.services.goals.move(request.viewer.person, parsed.data.goalId, parsed.data.direction)
      : undefined,
  );
}

export async function goalPick(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const parsed = goalValue.safeParse(value);
  await showResult(
    request,
    parsed.success ? await request.services.goals.pick(request.viewer.person, parsed.data.goalId) : undefined,
  );
}

export async function goalUnpick(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const parsed = goalValue.safeParse(value);
  await showResult(
    request,
    parsed.success ? await request.services.goals.unpick(request.viewer.person, parsed.data.goalId) : undefined,
  );
}

export async function goalRemove(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const parsed = goalValue.safeParse(value);
  await showResult(
    request,
    parsed.success ? await request.services.goals.remove(request.viewer.person, parsed.data.goalId) : undefined,
  );
}

/** Add a goal (an empty form for the pair) or Edit one (the form as saved). */
export async function goalFormOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const goalId = goalValue.safeParse(value).data?.goalId;
  if (goalId) {
    const found = await services.goals.find(viewer.person, goalId);
    if (!found.ok) return request.reply(refusal(request, found.reason, "goal"));
    return request.card(
      goalFormCard(goalFormValues(found.goal), { pairId: found.pair.id, goalId: found.goal.id }, viewer.t),
    );
  }
  const pairId = z.object({ pairId: z.string().min(1) }).safeParse(value).data?.pairId;
  const listed = pairId ? await services.goals.list(viewer.person, pairId) : undefined;
  if (!listed?.ok) return request.reply(refusal(request, listed?.reason ?? "not-found", "pair"));
  if (listed.goals.length >= MAX_GOALS_PER_PAIR) return request.reply(refusal(request, "too-many", "pair"));
  await request.card(goalFormCard({}, { pairId: listed.pair.id }, viewer.t));
}

/** Save on the goal form: mistakes under their fields, nothing saved; then the board. */
export async function goalSaved(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const pairId = textOf(value.pairId) ?? "-";
  const goalId = textOf(value.goalId) || undefined;
  const input: Record<string, string> = {};
  for (const key of GOAL_FIELDS) {
    const text = textOf(value[key]);
    if (text !== undefined) input[key] = text;
  }
  const saved = goalId
    ? await services.goals.edit(viewer.person, goalId, input, viewer.timeZone)
    : await services.goals.create(viewer.person, pairId, input, viewer.timeZone);
  if (!saved.ok) {
    if (!("errors" in saved)) return request.reply(refusal(request, saved.reason, goalId ? "goal" : "pair"));
    const errors: Record<string, string> = {};
    for (const error of saved.errors) errors[error.field] = viewer.t(fieldErrorKey(error));
    return request.card(goalFormCard(input, { pairId, goalId }, viewer.t, errors));
  }
  await showBoard(request, saved.pair, saved.goals);
}
