import type { Locale } from "../../../domain/locale";
import { MAX_GOALS_PER_PAIR } from "../../../domain/meetings/goal-service";
import { GOAL_LIMITS, goalProgress, isSmart, type Goal, type PhaseNumber } from "../../../domain/meetings/goals";
import type { Translate } from "../../../i18n";
import { calendarDate } from "../../../i18n/rhythm-text";
import {
  actionSet,
  adaptiveCard,
  escapeTeamsMarkdown,
  field,
  navigate,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

/** The goal card's input ids are the domain's field names (see domain/meetings/goals.ts). */
export const GOAL_FIELDS = [
  "title",
  "specific",
  "measurable",
  "achievable",
  "relevant",
  "timeBound",
  "phase1",
  "phase2",
  "phase3",
] as const;
const PHASES: readonly PhaseNumber[] = [1, 2, 3];

export interface GoalsBoard {
  pairId: string;
  partner: string;
  cohortName: string;
  goals: Goal[];
}

function goalLines(goal: Goal, t: Translate, locale: Locale): string {
  const name = escapeTeamsMarkdown(goal.title);
  const head = goal.priority !== null ? `**${goal.priority}. ${name}**` : `**${name}**`;
  const missing = (["specific", "measurable", "achievable", "relevant"] as const)
    .filter((k) => goal.smart[k].trim() === "")
    .map((k) => t(`goals.smartNames.${k}`));
  if (goal.smart.timeBound === null) missing.push(t("goals.smartNames.timeBound"));
  const facts = [isSmart(goal) ? t("goals.smartDone") : t("goals.smartMissing", { missing: missing.join(", ") })];
  if (goal.smart.timeBound) facts.push(t("goals.by", { date: calendarDate(goal.smart.timeBound, locale) }));
  facts.push(t("goals.progress", { done: Math.round(goalProgress(goal) * 3) }));
  const lines = [head, facts.join(" · ")];
  for (const phase of PHASES) {
    const { text, done } = goal.phases[phase - 1]!;
    lines.push(
      `${done ? "✅" : "⬜"} **${phase} · ${t(`goals.phaseNames.${phase}`)}:** ${text ? escapeTeamsMarkdown(text) : `_${t("goals.phaseEmpty")}_`}`,
    );
  }
  return lines.join("\n\n");
}

function goalButtons(goal: Goal, pickedCount: number, t: Translate): CardElement {
  const goalId = goal.id;
  const buttons: CardElement[] = [];
  for (const phase of PHASES) {
    const { text, done } = goal.phases[phase - 1]!;
    if (!text && !done) continue;
    buttons.push(
      submit(t(done ? "goals.markUndone" : "goals.markDone", { phase }), {
        action: TEAMS_ACTIONS.goalPhase,
        goalId,
        phase,
        done: !done,
      }),
    );
  }
  buttons.push(submit(t("goals.edit"), { action: TEAMS_ACTIONS.goalFormOpen, goalId }));
  if (goal.priority !== null) {
    if (goal.priority > 1)
      buttons.push(submit(t("goals.up"), { action: TEAMS_ACTIONS.goalMove, goalId, direction: "up" }));
    if (goal.priority < pickedCount)
      buttons.push(submit(t("goals.down"), { action: TEAMS_ACTIONS.goalMove, goalId, direction: "down" }));
    buttons.push(submit(t("goals.unpick"), { action: TEAMS_ACTIONS.goalUnpick, goalId }));
  } else {
    buttons.push(submit(t("goals.pick"), { action: TEAMS_ACTIONS.goalPick, goalId }, "positive"));
  }
  buttons.push(submit(t("goals.remove"), { action: TEAMS_ACTIONS.goalRemove, goalId }, "destructive"));
  return actionSet(buttons);
}

/** The pair's goals: picked ones by priority, then those written but not picked, each with its buttons. */
export function goalsBoardCard(board: GoalsBoard, t: Translate, locale: Locale): AdaptiveCard {
  const picked = board.goals.filter((g) => g.priority !== null);
  const unpicked = board.goals.filter((g) => g.priority === null);
  const body: CardElement[] = [
    title(t("goals.title")),
    paragraph(
      t("goals.with", { partner: escapeTeamsMarkdown(board.partner), cohort: escapeTeamsMarkdown(board.cohortName) }),
      { isSubtle: true, spacing: "None" },
    ),
    paragraph(t("goals.framework"), { size: "Small" }),
  ];
  if (board.goals.length === 0) body.push(paragraph(t("goals.empty")));
  const group = (heading: string, goals: Goal[]) => {
    if (goals.length === 0) return;
    body.push(textBlock(heading, { weight: "Bolder", size: "Medium", spacing: "Large", separator: true }));
    for (const goal of goals)
      body.push(paragraph(goalLines(goal, t, locale), { spacing: "Medium" }), goalButtons(goal, picked.length, t));
  };
  group(t("goals.pickedHeader"), picked);
  group(t("goals.unpickedHeader"), unpicked);
  if (board.goals.length < MAX_GOALS_PER_PAIR)
    return adaptiveCard(body, [
      submit(t("goals.add"), { action: TEAMS_ACTIONS.goalFormOpen, pairId: board.pairId }, "positive"),
    ]);
  body.push(textBlock(t("goals.tooMany", { max: MAX_GOALS_PER_PAIR }), { isSubtle: true }));
  return adaptiveCard(body);
}

/** Someone in several pairs picks whose goals to open. */
export function goalsChooserCard(
  choices: { pairId: string; partner: string; cohortName: string }[],
  t: Translate,
): AdaptiveCard {
  const body: CardElement[] = [paragraph(t("goals.choosePair"))];
  for (const choice of choices) {
    body.push(
      paragraph(
        t("goals.pairLine", {
          partner: escapeTeamsMarkdown(choice.partner),
          cohort: escapeTeamsMarkdown(choice.cohortName),
        }),
        { separator: true },
      ),
      actionSet([submit(t("goals.openPair"), { action: TEAMS_ACTIONS.goalsOpen, pairId: choice.pairId })]),
    );
  }
  return adaptiveCard(body);
}

/** The goal form: title, the five SMART criteria and the three phases; typed values kept, errors under fields. */
export function goalFormCard(
  values: Partial<Record<(typeof GOAL_FIELDS)[number], string>>,
  target: { pairId: string; goalId?: string },
  t: Translate,
  errors: Record<string, string | undefined> = {},
): AdaptiveCard {
  const text = (
    id: (typeof GOAL_FIELDS)[number],
    label: string,
    max: number,
    options: { required?: boolean; multiline?: boolean; hint?: string; placeholder?: string } = {},
  ) => [
    ...field(
      {
        type: "Input.Text",
        id,
        label,
        maxLength: max,
        isMultiline: options.multiline ?? false,
        isRequired: options.required ?? false,
        errorMessage: t("teams.requiredField"),
        ...(values[id] ? { value: values[id] } : {}),
        ...(options.placeholder ? { placeholder: options.placeholder } : {}),
      },
      errors,
    ),
    ...(options.hint ? [textBlock(options.hint, { isSubtle: true, size: "Small", spacing: "None" })] : []),
  ];
  const smart = GOAL_LIMITS.maxSmartLength;
  const phase = GOAL_LIMITS.maxPhaseLength;
  const body: CardElement[] = [
    title(t(target.goalId ? "goals.form.titleEdit" : "goals.form.titleNew")),
    paragraph(t("goals.form.intro"), { size: "Small" }),
    ...text("title", t("goals.form.title"), GOAL_LIMITS.maxTitleLength, {
      required: true,
      placeholder: t("goals.form.titlePlaceholder"),
    }),
    textBlock(t("goals.form.smartHeader"), { weight: "Bolder", spacing: "Large" }),
    ...text("specific", t("goals.form.specific"), smart, { multiline: true }),
    ...text("measurable", t("goals.form.measurable"), smart, { multiline: true }),
    ...text("achievable", t("goals.form.achievable"), smart, { multiline: true }),
    ...text("relevant", t("goals.form.relevant"), smart, { multiline: true }),
    ...field(
      {
        type: "Input.Date",
        id: "timeBound",
        label: t("goals.form.timeBound"),
        ...(values.timeBound ? { value: values.timeBound } : {}),
      },
      errors,
    ),
    textBlock(t("goals.form.phasesHeader"), { weight: "Bolder", spacing: "Large" }),
    ...text("phase1", t("goals.form.phase1"), phase, { multiline: true, hint: t("goals.form.phase1Hint") }),
    ...text("phase2", t("goals.form.phase2"), phase, { multiline: true, hint: t("goals.form.phase2Hint") }),
    ...text("phase3", t("goals.form.phase3"), phase, { multiline: true, hint: t("goals.form.phase3Hint") }),
  ];
  return adaptiveCard(body, [
    submit(
      t("goals.form.save"),
      { action: TEAMS_ACTIONS.goalSave, pairId: target.pairId, ...(target.goalId ? { goalId: target.goalId } : {}) },
      "positive",
    ),
    navigate(t("goals.form.cancel"), { action: TEAMS_ACTIONS.goalsOpen, pairId: target.pairId }),
  ]);
}
