import { describe, expect, it } from "vitest";
import { MAX_GOALS_PER_PAIR } from "../../../src/domain/meetings/goal-service";
import { GOAL_LIMITS, type Goal } from "../../../src/domain/meetings/goals";
import { translator } from "../../../src/i18n";
import { goalFormModal, goalsBoardModal, goalsChooserModal } from "../../../src/platforms/slack/views/goals";
import { introductionScreen } from "../../../src/app/introduction-screen";
import { slackReaderIn } from "../../../src/platforms/slack/people";
import { slackScreen } from "../../../src/platforms/slack/render-screen";

/** The longest goal a person can write, in characters mrkdwn has to escape. */
function longestGoal(index: number, priority: number | null): Goal {
  const text = (n: number) => "&<>".repeat(Math.ceil(n / 3)).slice(0, n);
  return {
    id: `c${String(index).padStart(24, "0")}`,
    pairId: "pair-1",
    title: text(GOAL_LIMITS.maxTitleLength),
    priority,
    smart: {
      specific: text(1000),
      measurable: text(1000),
      achievable: text(1000),
      relevant: "",
      timeBound: "2027-01-31",
    },
    phases: [
      { text: text(GOAL_LIMITS.maxPhaseLength), done: true },
      { text: text(GOAL_LIMITS.maxPhaseLength), done: false },
      { text: "", done: false },
    ],
    createdAt: new Date(Date.UTC(2026, 10, 1, 0, index)),
  };
}

function plainTexts(
  value: unknown,
  into: { text: string; where: string }[] = [],
  where = "",
): { text: string; where: string }[] {
  if (Array.isArray(value)) value.forEach((v, i) => plainTexts(v, into, `${where}[${i}]`));
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (record.type === "plain_text" && typeof record.text === "string") into.push({ text: record.text, where });
    for (const [key, v] of Object.entries(record)) plainTexts(v, into, `${where}.${key}`);
  }
  return into;
}

describe("goal views stay inside Slack's limits", () => {
  for (const locale of ["es", "en"] as const) {
    const t = translator(locale, "slack");

    it(`fits a pair's full board in one modal (${locale})`, () => {
      const goals = Array.from({ length: MAX_GOALS_PER_PAIR }, (_, i) => longestGoal(i, i < 12 ? i + 1 : null));
      const view = goalsBoardModal(
        { pairId: "pair-1", partner: "<@U1>", cohortName: "Mentoría Digital 2027", goals },
        t,
        locale,
      );
      expect(view.blocks.length).toBeLessThanOrEqual(100);
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      const blocks = view.blocks as any[];
      // Every goal is on the board, with its buttons.
      expect(blocks.filter((b) => b.type === "actions" && String(b.block_id).startsWith("goal:"))).toHaveLength(
        MAX_GOALS_PER_PAIR,
      );
      for (const b of blocks.filter((b) => b.type === "section")) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      for (const b of blocks.filter((b) => b.type === "actions")) {
        expect(b.elements.length).toBeLessThanOrEqual(25);
        for (const e of b.elements) {
          expect(e.text.text.length).toBeLessThanOrEqual(75);
          expect(e.value.length).toBeLessThanOrEqual(2000);
          if (e.confirm) expect(e.confirm.text.text.length).toBeLessThanOrEqual(300);
        }
        expect(new Set(b.elements.map((e: any) => e.action_id)).size).toBe(b.elements.length);
      }
      // A full board offers no Add, and says why.
      expect(JSON.stringify(blocks)).not.toContain("goals.add");
    });

    it(`keeps the form's and the chooser's texts within their limits (${locale})`, () => {
      const form = goalFormModal({}, t, { pairId: "pair-1" });
      const chooser = goalsChooserModal([{ pairId: "p", partner: "<@U1>", cohortName: "x".repeat(300) }], t);
      for (const view of [form, chooser]) {
        expect(view.title.text.length).toBeLessThanOrEqual(24);
        for (const { text, where } of plainTexts(view.blocks))
          expect(text.length, where).toBeLessThanOrEqual(
            where.endsWith(".label") || where.endsWith(".hint") ? 2000 : 150,
          );
      }
    });
  }

  it("puts Set goals, with the pair, in the introduction's actions block", () => {
    const message = slackScreen(
      introductionScreen({
        pairId: "pair-1",
        cohortName: "Mentoría Digital 2027",
        mode: "reverse",
        mentor: {
          personId: "person-ana",
          name: "Ana",
          platformId: "UANA",
          jobTitle: "Analista",
          department: "Digital",
        },
        mentee: {
          personId: "person-luis",
          name: "Luis",
          platformId: "ULUIS",
          jobTitle: "Jefe de unidad",
          department: "Hacienda",
        },
        reasons: [],
        skills: [],
        sessionMinutes: 60,
        cadenceDays: 14,
        minSessions: 4,
      }),
      slackReaderIn("es", "Europe/Madrid"),
    );
    const actions = (message.blocks as any[]).findLast((b) => b.type === "actions");
    expect(actions.elements).toEqual([
      expect.objectContaining({ action_id: "session.plan", value: JSON.stringify({ pairId: "pair-1" }) }),
      expect.objectContaining({
        action_id: "goals.open",
        value: JSON.stringify({ pairId: "pair-1" }),
        text: expect.objectContaining({ text: "🎯 Fijar metas" }),
      }),
    ]);
  });
});
