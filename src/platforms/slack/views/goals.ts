import type { KnownBlock, ModalView } from "@slack/types";
import { DateTime } from "luxon";
import { z } from "zod";
import type { Locale } from "../../../domain/locale";
import { MAX_GOALS_PER_PAIR } from "../../../domain/meetings/goal-service";
import { GOAL_LIMITS, goalProgress, isSmart, type Goal, type PhaseNumber } from "../../../domain/meetings/goals";
import type { Translate } from "../../../i18n";
import { ACTION_IDS, VIEW_IDS } from "../ids";
import { block, clip, confirmDialog, context, escapeMrkdwn, header, plainText, section, textInput } from "./text";

/** The goal form's block ids are its field names (see domain/meetings/goals.ts). */
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

const SLACK_MAX_BLOCKS = 100;
const SECTION_MAX = 3000;
const PHASES: readonly PhaseNumber[] = [1, 2, 3];

/** Which pair (and goal) a goals modal is about, and the board to refresh once a form is saved. */
const metadataSchema = z.object({
  pairId: z.string().min(1),
  goalId: z.string().min(1).optional(),
  boardViewId: z.string().min(1).optional(),
});
export type GoalsMetadata = z.infer<typeof metadataSchema>;

export function decodeGoalsMetadata(raw: string | undefined): GoalsMetadata | undefined {
  try {
    const parsed = metadataSchema.safeParse(JSON.parse(raw ?? ""));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Button values: the goal a click is about, and for a phase which one and what it becomes. */
export const goalButtonValue = z.object({ goalId: z.string().min(1).max(100) });
export const phaseButtonValue = goalButtonValue.extend({
  phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  done: z.boolean(),
});
export const pairButtonValue = z.object({ pairId: z.string().min(1).max(100) });

export interface GoalsBoard {
  pairId: string;
  /** How the partner is named: a mention in Slack, their name otherwise. */
  partner: string;
  cohortName: string;
  goals: Goal[];
}

export interface PairChoice {
  pairId: string;
  partner: string;
  cohortName: string;
}

/** A calendar date ("2026-05-29") in the reader's words, with no zone to shift it. */
function calendarDate(date: string, locale: Locale): string {
  return DateTime.fromISO(date, { zone: "UTC" }).setLocale(locale).toLocaleString(DateTime.DATE_FULL);
}

function goalText(goal: Goal, t: Translate, locale: Locale): string {
  const title = `*${escapeMrkdwn(goal.title)}*`;
  const lines = [goal.priority !== null ? `*${goal.priority}.* ${title}` : title];
  const missing = (["specific", "measurable", "achievable", "relevant"] as const)
    .filter((k) => goal.smart[k].trim() === "")
    .map((k) => t(`goals.smartNames.${k}`));
  if (goal.smart.timeBound === null) missing.push(t("goals.smartNames.timeBound"));
  const facts = [isSmart(goal) ? t("goals.smartDone") : t("goals.smartMissing", { missing: missing.join(", ") })];
  if (goal.smart.timeBound) facts.push(t("goals.by", { date: calendarDate(goal.smart.timeBound, locale) }));
  facts.push(t("goals.progress", { done: Math.round(goalProgress(goal) * 3) }));
  lines.push(facts.join(" · "));
  for (const phase of PHASES) {
    const { text, done } = goal.phases[phase - 1]!;
    const body = text ? escapeMrkdwn(clip(text, 280)) : `_${t("goals.phaseEmpty")}_`;
    lines.push(`${done ? "✅" : "⬜"} *${phase} · ${t(`goals.phaseNames.${phase}`)}:* ${body}`);
  }
  return clip(lines.join("\n"), SECTION_MAX);
}

function button(text: string, actionId: string, value: object, extra: Record<string, unknown> = {}) {
  return { type: "button", text: plainText(text), action_id: actionId, value: JSON.stringify(value), ...extra };
}

function goalButtons(goal: Goal, pickedCount: number, t: Translate): KnownBlock {
  const goalId = goal.id;
  const elements: object[] = [];
  for (const phase of PHASES) {
    const { text, done } = goal.phases[phase - 1]!;
    // An unwritten phase has nothing to tick off, unless it was ticked before its text was cleared.
    if (!text && !done) continue;
    elements.push(
      button(t(done ? "goals.markUndone" : "goals.markDone", { phase }), `${ACTION_IDS.goalPhase}:${phase}`, {
        goalId,
        phase,
        done: !done,
      }),
    );
  }
  elements.push(button(t("goals.edit"), ACTION_IDS.goalEdit, { goalId }));
  if (goal.priority !== null) {
    if (goal.priority > 1) elements.push(button(t("goals.up"), ACTION_IDS.goalUp, { goalId }));
    if (goal.priority < pickedCount) elements.push(button(t("goals.down"), ACTION_IDS.goalDown, { goalId }));
    elements.push(button(t("goals.unpick"), ACTION_IDS.goalUnpick, { goalId }));
  } else {
    elements.push(button(t("goals.pick"), ACTION_IDS.goalPick, { goalId }, { style: "primary" }));
  }
  elements.push(
    button(
      t("goals.remove"),
      ACTION_IDS.goalRemove,
      { goalId },
      {
        style: "danger",
        confirm: confirmDialog({
          title: clip(t("goals.removeConfirmTitle"), 100),
          text: clip(t("goals.removeConfirmText", { title: escapeMrkdwn(clip(goal.title, 120)) }), 300),
          confirm: clip(t("goals.removeConfirm"), 30),
          deny: clip(t("goals.removeDeny"), 30),
          danger: true,
        }),
      },
    ),
  );
  return block({ type: "actions", block_id: `goal:${goalId}`, elements });
}

/** The pair's goals: picked ones by priority, then the ones written but not picked, each with its buttons. */
export function goalsBoardModal(board: GoalsBoard, t: Translate, locale: Locale): ModalView {
  const picked = board.goals.filter((g) => g.priority !== null);
  const unpicked = board.goals.filter((g) => g.priority === null);
  const blocks: KnownBlock[] = [
    context(t("goals.with", { partner: board.partner, cohort: escapeMrkdwn(board.cohortName) })),
    context(t("goals.framework")),
  ];
  if (board.goals.length === 0) blocks.push(section(t("goals.empty")));
  const group = (title: string, goals: Goal[]) => {
    if (goals.length === 0) return;
    blocks.push(header(title));
    for (const goal of goals) blocks.push(section(goalText(goal, t, locale)), goalButtons(goal, picked.length, t));
  };
  group(t("goals.pickedHeader"), picked);
  group(t("goals.unpickedHeader"), unpicked);
  const footer: KnownBlock[] =
    board.goals.length < MAX_GOALS_PER_PAIR
      ? [
          block({
            type: "actions",
            block_id: "goals-add",
            elements: [button(t("goals.add"), ACTION_IDS.goalAdd, { pairId: board.pairId }, { style: "primary" })],
          }),
        ]
      : [context(t("goals.tooMany", { max: MAX_GOALS_PER_PAIR }))];
  return {
    type: "modal",
    callback_id: VIEW_IDS.goalsBoard,
    private_metadata: JSON.stringify({ pairId: board.pairId } satisfies GoalsMetadata),
    title: plainText(t("goals.title"), 24),
    close: plainText(t("goals.close"), 24),
    // MAX_GOALS_PER_PAIR keeps this far below Slack's limit; the slice is a last guard.
    blocks: [...blocks.slice(0, SLACK_MAX_BLOCKS - footer.length), ...footer],
  };
}

/** Someone in several pairs picks whose goals to open. */
export function goalsChooserModal(choices: PairChoice[], t: Translate): ModalView {
  const blocks: KnownBlock[] = [section(t("goals.choosePair"))];
  for (const choice of choices.slice(0, SLACK_MAX_BLOCKS - 1)) {
    blocks.push(
      block({
        type: "section",
        text: {
          type: "mrkdwn",
          text: t("goals.pairLine", { partner: choice.partner, cohort: escapeMrkdwn(choice.cohortName) }),
        },
        accessory: button(t("goals.openPair"), ACTION_IDS.openGoals, { pairId: choice.pairId }),
      }),
    );
  }
  return {
    type: "modal",
    callback_id: VIEW_IDS.goalsChooser,
    title: plainText(t("goals.chooserTitle"), 24),
    close: plainText(t("goals.close"), 24),
    blocks,
  };
}

/** The goal form: title, the five SMART criteria and the three phases, pre-filled for an edit. */
export function goalFormModal(
  values: Partial<Record<(typeof GOAL_FIELDS)[number], string>>,
  t: Translate,
  metadata: GoalsMetadata,
): ModalView {
  const text = (
    field: (typeof GOAL_FIELDS)[number],
    label: string,
    max: number,
    options: { optional?: boolean; multiline?: boolean; hint?: string; placeholder?: string } = {},
  ): KnownBlock =>
    block({
      type: "input",
      block_id: field,
      label: plainText(label, 2000),
      ...(options.optional !== false ? { optional: true } : {}),
      ...(options.hint ? { hint: plainText(options.hint, 2000) } : {}),
      element: {
        type: "plain_text_input",
        action_id: "value",
        multiline: options.multiline ?? false,
        ...textInput(values[field], max),
        ...(options.placeholder ? { placeholder: plainText(options.placeholder, 150) } : {}),
      },
    });
  const smart = GOAL_LIMITS.maxSmartLength;
  const phase = GOAL_LIMITS.maxPhaseLength;
  return {
    type: "modal",
    callback_id: VIEW_IDS.goalForm,
    private_metadata: JSON.stringify(metadata),
    title: plainText(t(metadata.goalId ? "goals.form.titleEdit" : "goals.form.titleNew"), 24),
    submit: plainText(t("goals.form.save"), 24),
    close: plainText(t("goals.form.cancel"), 24),
    blocks: [
      section(t("goals.form.intro")),
      text("title", t("goals.form.title"), GOAL_LIMITS.maxTitleLength, {
        optional: false,
        placeholder: t("goals.form.titlePlaceholder"),
      }),
      header(t("goals.form.smartHeader")),
      text("specific", t("goals.form.specific"), smart, { multiline: true }),
      text("measurable", t("goals.form.measurable"), smart, { multiline: true }),
      text("achievable", t("goals.form.achievable"), smart, { multiline: true }),
      text("relevant", t("goals.form.relevant"), smart, { multiline: true }),
      block({
        type: "input",
        block_id: "timeBound",
        optional: true,
        label: plainText(t("goals.form.timeBound"), 2000),
        element: {
          type: "datepicker",
          action_id: "value",
          ...(values.timeBound ? { initial_date: values.timeBound } : {}),
        },
      }),
      header(t("goals.form.phasesHeader")),
      text("phase1", t("goals.form.phase1"), phase, { multiline: true, hint: t("goals.form.phase1Hint") }),
      text("phase2", t("goals.form.phase2"), phase, { multiline: true, hint: t("goals.form.phase2Hint") }),
      text("phase3", t("goals.form.phase3"), phase, { multiline: true, hint: t("goals.form.phase3Hint") }),
    ],
  };
}
