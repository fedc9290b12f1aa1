import type { Clock } from "../clock";
import type { FieldError } from "../forms";
import type { PairRecord } from "../pairing/proposal";
import {
  editGoal,
  goalsInOrder,
  moveGoal,
  newGoal,
  removeGoal,
  setPhaseDone,
  unpickGoal,
  validateGoalForm,
  type Goal,
  type PhaseNumber,
} from "./goals";
import { isPartner } from "./session-log";

/** Enough for the toolkit's "write for five minutes, then pick" and still one Slack modal. */
export const MAX_GOALS_PER_PAIR = 20;

export interface GoalRepository {
  /** A pair's goals, oldest first. */
  listByPair(pairId: string): Promise<Goal[]>;
  find(id: string): Promise<Goal | null>;
  countByPair(pairId: string): Promise<number>;
  create(goal: Omit<Goal, "id">): Promise<Goal>;
  /** Saves these goals of one pair together (text, priority, phases). */
  save(goals: Goal[]): Promise<void>;
  /** Deletes one goal and saves the others' new priorities, together. */
  remove(id: string, renumbered: Goal[]): Promise<void>;
}

/** What the goals need to know about pairs (PairingService has it). */
export interface PairLookup {
  findPair(id: string): Promise<PairRecord | null>;
  currentPairsOf(personId: string): Promise<PairRecord[]>;
}

export interface Actor {
  id: string;
}

export type GoalRefusal = "not-found" | "not-in-pair";

/** The pair's goals in order (picked by priority, then the rest), as every change returns them. */
export type GoalsResult = { ok: true; pair: PairRecord; goals: Goal[] } | { ok: false; reason: GoalRefusal };

export type GoalResult = { ok: true; pair: PairRecord; goal: Goal } | { ok: false; reason: GoalRefusal };

export type GoalSaveResult =
  | { ok: true; pair: PairRecord; goal: Goal; goals: Goal[] }
  | { ok: false; reason: GoalRefusal | "too-many" }
  | { ok: false; reason: "invalid"; errors: FieldError[] };

export type MoveDirection = "up" | "down";

/**
 * A pair's goals (the toolkit's framework), private to the pair: every method takes the person
 * acting and refuses anyone who is not one of the pair's two partners, coordinators included.
 * Form input is validated here, so nothing is saved half-way whichever platform sent it.
 */
export class GoalService {
  constructor(
    private readonly repo: GoalRepository,
    private readonly pairs: PairLookup,
    private readonly clock: Clock,
  ) {}

  /** The pairs whose goals this person can open (current ones, newest first). */
  pairsOf(actor: Actor): Promise<PairRecord[]> {
    return this.pairs.currentPairsOf(actor.id);
  }

  async list(actor: Actor, pairId: string): Promise<GoalsResult> {
    const pair = await this.pairFor(actor, pairId);
    if (!pair.ok) return pair;
    return { ok: true, pair: pair.pair, goals: goalsInOrder(await this.repo.listByPair(pairId)) };
  }

  /** One goal, e.g. to fill the form for an edit. */
  async find(actor: Actor, goalId: string): Promise<GoalResult> {
    const goal = await this.repo.find(goalId);
    if (!goal) return { ok: false, reason: "not-found" };
    const pair = await this.pairFor(actor, goal.pairId);
    return pair.ok ? { ok: true, pair: pair.pair, goal } : pair;
  }

  /** A new goal from the form; `timeZone` is the writer's, for what "today" means. */
  async create(
    actor: Actor,
    pairId: string,
    input: Record<string, unknown>,
    timeZone: string,
  ): Promise<GoalSaveResult> {
    const pair = await this.pairFor(actor, pairId);
    if (!pair.ok) return pair;
    const now = this.clock.now();
    const form = validateGoalForm(input, { now, timeZone });
    if (!form.ok) return { ok: false, reason: "invalid", errors: form.errors };
    if ((await this.repo.countByPair(pairId)) >= MAX_GOALS_PER_PAIR) return { ok: false, reason: "too-many" };
    const { id: _unsaved, ...draft } = newGoal(form.value, { id: "", pairId, now });
    const goal = await this.repo.create(draft);
    return { ok: true, pair: pair.pair, goal, goals: goalsInOrder(await this.repo.listByPair(pairId)) };
  }

  /** The form again over a goal: its priority and the phases already done stay. */
  async edit(actor: Actor, goalId: string, input: Record<string, unknown>, timeZone: string): Promise<GoalSaveResult> {
    const found = await this.find(actor, goalId);
    if (!found.ok) return found;
    const form = validateGoalForm(input, {
      now: this.clock.now(),
      timeZone,
      currentTimeBound: found.goal.smart.timeBound,
    });
    if (!form.ok) return { ok: false, reason: "invalid", errors: form.errors };
    const goal = editGoal(found.goal, form.value);
    await this.repo.save([goal]);
    return { ok: true, pair: found.pair, goal, goals: goalsInOrder(await this.repo.listByPair(goal.pairId)) };
  }

  /** Picks a goal written but not picked: it comes last among the picked ones. */
  pick(actor: Actor, goalId: string): Promise<GoalsResult> {
    return this.change(actor, goalId, (goals, goal) =>
      goal.priority !== null ? goals : moveGoal(goals, goal.id, picked(goals) + 1),
    );
  }

  /** One place up or down among the picked goals (a goal not picked is picked, last). */
  move(actor: Actor, goalId: string, direction: MoveDirection): Promise<GoalsResult> {
    return this.change(actor, goalId, (goals, goal) => {
      if (goal.priority === null) return moveGoal(goals, goal.id, picked(goals) + 1);
      return moveGoal(goals, goal.id, goal.priority + (direction === "up" ? -1 : 1));
    });
  }

  unpick(actor: Actor, goalId: string): Promise<GoalsResult> {
    return this.change(actor, goalId, (goals, goal) => unpickGoal(goals, goal.id));
  }

  setPhaseDone(actor: Actor, goalId: string, phase: PhaseNumber, done: boolean): Promise<GoalsResult> {
    return this.change(actor, goalId, (goals, goal) =>
      goals.map((g) => (g.id === goal.id ? setPhaseDone(g, phase, done) : g)),
    );
  }

  async remove(actor: Actor, goalId: string): Promise<GoalsResult> {
    const found = await this.find(actor, goalId);
    if (!found.ok) return found;
    const before = await this.repo.listByPair(found.pair.id);
    const after = removeGoal(before, goalId);
    await this.repo.remove(goalId, changed(before, after));
    return { ok: true, pair: found.pair, goals: goalsInOrder(after) };
  }

  /** Reads the pair's goals, applies a change, saves only the goals it touched. */
  private async change(
    actor: Actor,
    goalId: string,
    apply: (goals: Goal[], goal: Goal) => Goal[],
  ): Promise<GoalsResult> {
    const found = await this.find(actor, goalId);
    if (!found.ok) return found;
    const before = await this.repo.listByPair(found.pair.id);
    const goal = before.find((g) => g.id === goalId);
    if (!goal) return { ok: false, reason: "not-found" };
    const after = apply(before, goal);
    await this.repo.save(changed(before, after));
    return { ok: true, pair: found.pair, goals: goalsInOrder(after) };
  }

  /** The privacy rule, in one place. */
  private async pairFor(
    actor: Actor,
    pairId: string,
  ): Promise<{ ok: true; pair: PairRecord } | { ok: false; reason: GoalRefusal }> {
    const pair = await this.pairs.findPair(pairId);
    if (!pair) return { ok: false, reason: "not-found" };
    if (!isPartner(pair, actor.id)) return { ok: false, reason: "not-in-pair" };
    return { ok: true, pair };
  }
}

const picked = (goals: readonly Goal[]) => goals.filter((goal) => goal.priority !== null).length;

function changed(before: readonly Goal[], after: readonly Goal[]): Goal[] {
  const old = new Map(before.map((goal) => [goal.id, JSON.stringify(goal)]));
  return after.filter((goal) => old.get(goal.id) !== JSON.stringify(goal));
}
