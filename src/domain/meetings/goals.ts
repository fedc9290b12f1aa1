import { z } from "zod";
import { validateForm, type FormResult } from "../forms";
import { isIsoDate, isoDateIn, textOf } from "./calendar-dates";
import { MEETING_ERRORS } from "./errors";
import { fieldOf, type Parsed } from "./parsed-field";

/**
 * The toolkit's goal framework, private to the pair: write goals, pick and prioritise some, make
 * each SMART, and split each into three phases (an easy first step, the main action, making it a
 * habit), ticking each phase off as it is done.
 */

export const GOAL_LIMITS = { maxTitleLength: 200, maxSmartLength: 1000, maxPhaseLength: 500 } as const;

export type PhaseNumber = 1 | 2 | 3;

export interface GoalPhase {
  text: string;
  done: boolean;
}

export interface SmartCriteria {
  specific: string;
  measurable: string;
  achievable: string;
  relevant: string;
  /** Calendar date it should be reached by, "yyyy-mm-dd"; null until they set one. */
  timeBound: string | null;
}

export interface Goal {
  id: string;
  pairId: string;
  title: string;
  /** 1 is the most important of the goals they picked; null for a goal written but not picked. */
  priority: number | null;
  smart: SmartCriteria;
  /** 1 an easy first step, 2 the main action, 3 make it a habit. */
  phases: [GoalPhase, GoalPhase, GoalPhase];
  createdAt: Date;
}

/** Field names: title, specific, measurable, achievable, relevant, timeBound, phase1, phase2, phase3. */
export interface GoalFormValues {
  title: string;
  smart: SmartCriteria;
  phases: [string, string, string];
}

export interface GoalFormContext {
  now: Date;
  /** The zone "today" is read in (the person editing). */
  timeZone: string;
  /** The goal's current date when editing: an unchanged date that has passed is not an error. */
  currentTimeBound?: string | null;
}

const limited =
  (max: number) =>
  (value: unknown): Parsed<string> => {
    const text = textOf(value);
    return text.length > max ? { ok: false, error: MEETING_ERRORS.tooLong } : { ok: true, value: text };
  };

function parseTitle(value: unknown): Parsed<string> {
  const title = textOf(value);
  if (title === "") return { ok: false, error: MEETING_ERRORS.goalTitleRequired };
  if (title.length > GOAL_LIMITS.maxTitleLength) return { ok: false, error: MEETING_ERRORS.goalTitleTooLong };
  return { ok: true, value: title };
}

function parseTimeBound(value: unknown, context: GoalFormContext): Parsed<string | null> {
  const date = textOf(value);
  if (date === "") return { ok: true, value: null };
  if (!isIsoDate(date)) return { ok: false, error: MEETING_ERRORS.goalDateInvalid };
  if (date !== context.currentTimeBound && date < isoDateIn(context.now, context.timeZone))
    return { ok: false, error: MEETING_ERRORS.goalDateInPast };
  return { ok: true, value: date };
}

/** Validates the goal form; every field's mistake at once (the form has no rules between fields). */
export function validateGoalForm(input: Record<string, unknown>, context: GoalFormContext): FormResult<GoalFormValues> {
  const smart = limited(GOAL_LIMITS.maxSmartLength);
  const phase = limited(GOAL_LIMITS.maxPhaseLength);
  const schema = z
    .object({
      title: fieldOf(parseTitle),
      specific: fieldOf(smart),
      measurable: fieldOf(smart),
      achievable: fieldOf(smart),
      relevant: fieldOf(smart),
      timeBound: fieldOf((value) => parseTimeBound(value, context)),
      phase1: fieldOf(phase),
      phase2: fieldOf(phase),
      phase3: fieldOf(phase),
    })
    .transform(
      (form): GoalFormValues => ({
        title: form.title,
        smart: {
          specific: form.specific,
          measurable: form.measurable,
          achievable: form.achievable,
          relevant: form.relevant,
          timeBound: form.timeBound,
        },
        phases: [form.phase1, form.phase2, form.phase3],
      }),
    );
  return validateForm(schema, input);
}

/** A goal just written: not picked yet, nothing done. */
export function newGoal(values: GoalFormValues, origin: { id: string; pairId: string; now: Date }): Goal {
  return {
    id: origin.id,
    pairId: origin.pairId,
    title: values.title,
    priority: null,
    smart: values.smart,
    phases: [
      { text: values.phases[0], done: false },
      { text: values.phases[1], done: false },
      { text: values.phases[2], done: false },
    ],
    createdAt: origin.now,
  };
}

/** An edited goal keeps its priority and what is already done. */
export function editGoal(goal: Goal, values: GoalFormValues): Goal {
  return {
    ...goal,
    title: values.title,
    smart: values.smart,
    phases: [
      { text: values.phases[0], done: goal.phases[0].done },
      { text: values.phases[1], done: goal.phases[1].done },
      { text: values.phases[2], done: goal.phases[2].done },
    ],
  };
}

/** The form's field values for a goal, as the platforms pre-fill them. */
export function goalFormValues(goal: Goal): Record<string, string> {
  return {
    title: goal.title,
    specific: goal.smart.specific,
    measurable: goal.smart.measurable,
    achievable: goal.smart.achievable,
    relevant: goal.smart.relevant,
    timeBound: goal.smart.timeBound ?? "",
    phase1: goal.phases[0].text,
    phase2: goal.phases[1].text,
    phase3: goal.phases[2].text,
  };
}

/** True once all five SMART criteria are written. */
export function isSmart(goal: Pick<Goal, "smart">): boolean {
  const { specific, measurable, achievable, relevant, timeBound } = goal.smart;
  return [specific, measurable, achievable, relevant].every((text) => text.trim() !== "") && timeBound !== null;
}

export function setPhaseDone(goal: Goal, phase: PhaseNumber, done: boolean): Goal {
  const phases = goal.phases.map((p, index) => (index === phase - 1 ? { ...p, done } : p)) as Goal["phases"];
  return { ...goal, phases };
}

/** Share of the three phases done, 0 to 1. */
export function goalProgress(goal: Pick<Goal, "phases">): number {
  return goal.phases.filter((phase) => phase.done).length / 3;
}

/** Picked goals by priority, then the ones not picked, oldest first. */
export function goalsInOrder(goals: readonly Goal[]): Goal[] {
  return [...goals].sort((a, b) => {
    if (a.priority !== null && b.priority !== null) return a.priority - b.priority;
    if (a.priority !== null) return -1;
    if (b.priority !== null) return 1;
    return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

/** Priorities 1…n over the picked goals in the given order, null for the rest. */
function numbered(goals: readonly Goal[], pickedInOrder: readonly string[]): Goal[] {
  return goals.map((goal) => {
    const index = pickedInOrder.indexOf(goal.id);
    return { ...goal, priority: index === -1 ? null : index + 1 };
  });
}

function pickedIds(goals: readonly Goal[]): string[] {
  return goalsInOrder(goals)
    .filter((goal) => goal.priority !== null)
    .map((goal) => goal.id);
}

/** The pair's choice at once: these goals, most important first; every other goal is unpicked. */
export function prioritise(goals: readonly Goal[], orderedIds: readonly string[]): Goal[] {
  const known = new Set(goals.map((goal) => goal.id));
  return numbered(
    goals,
    [...new Set(orderedIds)].filter((id) => known.has(id)),
  );
}

/** Puts one goal (picked or not) at a priority, moving the others down; the position is clamped to 1…n. */
export function moveGoal(goals: readonly Goal[], id: string, priority: number): Goal[] {
  if (!goals.some((goal) => goal.id === id)) return [...goals];
  const others = pickedIds(goals).filter((other) => other !== id);
  const position = Math.min(Math.max(Math.round(priority), 1), others.length + 1) - 1;
  others.splice(position, 0, id);
  return numbered(goals, others);
}

/** Drops a goal from the picked ones; the rest close up (1, 2, 3 stays without gaps). */
export function unpickGoal(goals: readonly Goal[], id: string): Goal[] {
  return numbered(
    goals,
    pickedIds(goals).filter((other) => other !== id),
  );
}

/** Deletes a goal; the picked ones that remain close up. */
export function removeGoal(goals: readonly Goal[], id: string): Goal[] {
  return unpickGoal(goals, id).filter((goal) => goal.id !== id);
}
