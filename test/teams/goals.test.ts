import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";
import { teamsPair } from "../support/teams-builders";
import { button, buttonTitles, cardOf, cardText, errorsOf, input, type Card } from "../support/teams-cards";

const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };
const outsider: TeamsUser = { id: "29:otro", aadObjectId: "aad-otro", name: "Otro" };

/** The pair's goals in Teams: write one (mistakes under their fields), pick it, tick a phase off; nobody else can touch them. */
describe("goals in Teams", () => {
  let app: TestApp;
  let cohort: Cohort;
  let board: Card;

  async function answer(activity: Record<string, any>): Promise<Record<string, any>> {
    await app.activities.post(activity);
    return (await app.teams.waitFor((a) => a.replyToId === activity.id)).activity;
  }
  const press = (user: TeamsUser, data: Record<string, unknown>, inputs: Record<string, unknown> = {}) =>
    answer(app.activities.submit(user, { ...data, ...inputs }));

  beforeAll(async () => {
    app = await startTestApp();
    ({ cohort } = await teamsPair(app, lucia, jorge, "Digital Mentoring"));
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 9 }).toJSDate());
  });
  afterAll(() => app.stop());

  it("shows an empty board with the framework and Add a goal", async () => {
    board = cardOf(await answer(app.activities.message(jorge, "goals")))!;
    expect(cardText(board)).toContain("You have no goals yet.");
    expect(cardText(board)).toContain("With Lucía · Digital Mentoring · Only the two of you see them.");
    expect(buttonTitles(board)).toEqual(["➕ Add a goal"]);
  });

  it("refuses a goal without a title or with a past date, under those fields, keeping what was typed", async () => {
    const form = cardOf(await press(jorge, button(board, "➕ Add a goal")))!;
    const yesterday = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" })
      .minus({ days: 1 })
      .toISODate()!;
    const refused = cardOf(
      await press(jorge, button(form, "Save"), {
        title: "",
        specific: "Use Copilot for reports",
        timeBound: yesterday,
        phase1: "Install it",
      }),
    )!;
    expect(Object.keys(errorsOf(refused)).sort()).toEqual(["timeBound", "title"]);
    expect(input(refused, "specific").value).toBe("Use Copilot for reports");
    expect(input(refused, "phase1").value).toBe("Install it");
    expect(await app.tandem.services.db.goal.count()).toBe(0);

    const nextMonth = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" })
      .plus({ months: 1 })
      .toISODate()!;
    board = cardOf(
      await press(jorge, button(refused, "Save"), {
        title: "Write reports with AI",
        specific: "Use Copilot for reports",
        timeBound: nextMonth,
        phase1: "Install it",
      }),
    )!;
    expect(cardText(board)).toContain("Written, not picked");
    expect(cardText(board)).toContain("**Write reports with AI**");
  });

  it("picks the goal and ticks off its first phase; Lucía sees the same board", async () => {
    board = cardOf(await press(jorge, button(board, "Pick")))!;
    expect(cardText(board)).toContain("Picked, by priority");
    expect(cardText(board)).toContain("**1. Write reports with AI**");
    board = cardOf(await press(jorge, button(board, "Mark phase 1 done")))!;
    expect(cardText(board)).toContain("✅ **1 · First step:** Install it");
    const hers = cardOf(await answer(app.activities.message(lucia, "metas", { locale: "es-ES" })))!;
    expect(cardText(hers)).toContain("**1. Write reports with AI**");
  });

  it("refuses the pair's goals to someone outside it, even with a forged button", async () => {
    const goalId = button(board, "Unpick").goalId;
    const refused = await press(outsider, { action: "goals.remove", goalId });
    expect(refused.text).toBe("Only the two people in a pair can see or change its goals.");
    expect(JSON.stringify(refused)).not.toContain("Write reports");
    expect(await app.tandem.services.db.goal.count()).toBe(1);
  });
});
