import { describe, expect, it } from "vitest";
import type { FormResult } from "../../../src/domain/forms";
import {
  editGoal,
  goalFormValues,
  goalProgress,
  goalsInOrder,
  isSmart,
  MEETING_ERRORS,
  moveGoal,
  newGoal,
  prioritise,
  removeGoal,
  setPhaseDone,
  unpickGoal,
  validateGoalForm,
  type Goal,
  type GoalFormValues,
} from "../../../src/domain/meetings";
import { at, MADRID } from "./time";

const context = { now: at("2026-03-25 12:00", MADRID), timeZone: MADRID };

const form = {
  title: "Use shared documents instead of email attachments",
  specific: "Move the weekly report to a shared document",
  measurable: "Four reports written together",
  achievable: "Bruno already has access",
  relevant: "The team loses time merging versions",
  timeBound: "2026-05-29",
  phase1: "Open last week's report in the shared drive",
  phase2: "Write the next report there with a colleague",
  phase3: "Make it the team's default",
};

function errorsOf<T>(result: FormResult<T>): Record<string, string> {
  if (result.ok) throw new Error("expected the form to be refused");
  return Object.fromEntries(result.errors.map((error) => [error.field, error.message]));
}

function valuesOf(input: Record<string, unknown>): GoalFormValues {
  const result = validateGoalForm(input, context);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

let sequence = 0;
function goal(title: string, priority: number | null = null): Goal {
  sequence++;
  return {
    ...newGoal(valuesOf({ title }), { id: title, pairId: "pair-1", now: new Date(Date.UTC(2026, 2, 1, 0, sequence)) }),
    priority,
  };
}

describe("the goal form", () => {
  it("turns a SMART goal with its three phases into values", () => {
    expect(valuesOf(form)).toEqual({
      title: form.title,
      smart: {
        specific: form.specific,
        measurable: form.measurable,
        achievable: form.achievable,
        relevant: form.relevant,
        timeBound: "2026-05-29",
      },
      phases: [form.phase1, form.phase2, form.phase3],
    });
  });

  it("lets a goal be only a title at first", () => {
    const values = valuesOf({ title: "Learn the video-call tool" });
    expect(values.smart).toEqual({ specific: "", measurable: "", achievable: "", relevant: "", timeBound: null });
    expect(isSmart(newGoal(values, { id: "g", pairId: "p", now: context.now }))).toBe(false);
    expect(isSmart(newGoal(valuesOf(form), { id: "g", pairId: "p", now: context.now }))).toBe(true);
  });

  it("reports every mistake at once, each on its field", () => {
    const result = validateGoalForm(
      { ...form, title: " ", measurable: "m".repeat(1001), timeBound: "end of May", phase2: "p".repeat(501) },
      context,
    );
    expect(errorsOf(result)).toEqual({
      title: MEETING_ERRORS.goalTitleRequired,
      measurable: MEETING_ERRORS.tooLong,
      timeBound: MEETING_ERRORS.goalDateInvalid,
      phase2: MEETING_ERRORS.tooLong,
    });
    expect(errorsOf(validateGoalForm({ ...form, title: "t".repeat(201) }, context))).toEqual({
      title: MEETING_ERRORS.goalTitleTooLong,
    });
  });

  it("refuses a target date that has passed, unless it is the one the goal already had", () => {
    expect(errorsOf(validateGoalForm({ ...form, timeBound: "2026-03-24" }, context))).toEqual({
      timeBound: MEETING_ERRORS.goalDateInPast,
    });
    expect(validateGoalForm({ ...form, timeBound: "2026-03-25" }, context).ok).toBe(true);
    expect(
      validateGoalForm({ ...form, timeBound: "2026-03-24" }, { ...context, currentTimeBound: "2026-03-24" }).ok,
    ).toBe(true);
  });

  it("pre-fills the form from a goal, and an edit keeps its priority and the phases already done", () => {
    const written = {
      ...setPhaseDone(newGoal(valuesOf(form), { id: "g", pairId: "p", now: context.now }), 1, true),
      priority: 2,
    };
    expect(goalFormValues(written)).toEqual(form);
    const edited = editGoal(
      written,
      valuesOf({ ...form, title: "Shared documents for the report", phase2: "Write it with Carla" }),
    );
    expect(edited.title).toBe("Shared documents for the report");
    expect(edited.priority).toBe(2);
    expect(edited.phases.map((phase) => [phase.text, phase.done])).toEqual([
      [form.phase1, true],
      ["Write it with Carla", false],
      [form.phase3, false],
    ]);
  });
});

describe("goal progress", () => {
  it("is the share of the three phases done", () => {
    const start = newGoal(valuesOf(form), { id: "g", pairId: "p", now: context.now });
    expect(goalProgress(start)).toBe(0);
    const one = setPhaseDone(start, 1, true);
    expect(goalProgress(one)).toBeCloseTo(1 / 3);
    expect(goalProgress(setPhaseDone(setPhaseDone(one, 3, true), 2, true))).toBe(1);
    expect(goalProgress(setPhaseDone(one, 1, false))).toBe(0);
    // The original goal is untouched.
    expect(goalProgress(start)).toBe(0);
  });
});

describe("picking and prioritising goals", () => {
  const ids = (goals: Goal[]) => goalsInOrder(goals).map((g) => `${g.id}:${g.priority ?? "-"}`);

  it("numbers the chosen goals 1…n in the order given and leaves the rest unpicked", () => {
    const goals = [goal("a"), goal("b"), goal("c"), goal("d")];
    expect(ids(prioritise(goals, ["c", "a", "c", "unknown"]))).toEqual(["c:1", "a:2", "b:-", "d:-"]);
  });

  it("moves a goal up or down, or picks a new one at a position, without gaps", () => {
    const goals = prioritise([goal("a"), goal("b"), goal("c"), goal("d")], ["a", "b", "c"]);
    expect(ids(moveGoal(goals, "c", 1))).toEqual(["c:1", "a:2", "b:3", "d:-"]);
    expect(ids(moveGoal(goals, "a", 3))).toEqual(["b:1", "c:2", "a:3", "d:-"]);
    expect(ids(moveGoal(goals, "d", 2))).toEqual(["a:1", "d:2", "b:3", "c:4"]);
    expect(ids(moveGoal(goals, "d", 99))).toEqual(["a:1", "b:2", "c:3", "d:4"]);
  });

  it("closes the gap when a goal is unpicked or deleted", () => {
    const goals = prioritise([goal("a"), goal("b"), goal("c")], ["a", "b", "c"]);
    expect(ids(unpickGoal(goals, "a"))).toEqual(["b:1", "c:2", "a:-"]);
    expect(ids(removeGoal(goals, "b"))).toEqual(["a:1", "c:2"]);
  });
});
