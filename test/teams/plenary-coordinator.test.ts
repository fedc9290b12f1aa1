import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";
import { installTeamsUser, teamsPair } from "../support/teams-builders";
import { button, cardOf, cardText, elements, errorsOf, input, type Card } from "../support/teams-cards";

const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };

/** A coordinator in Teams moves a plenary from a card and, once it has started, corrects its attendance. */
describe("plenary date and attendance cards in Teams", () => {
  let app: TestApp;
  let cohort: Cohort;

  const answer = (activity: Record<string, any>) => app.activities.repliesTo(activity);
  const say = async (user: TeamsUser, text: string) => (await answer(app.activities.message(user, text)))[0]!;
  const press = async (user: TeamsUser, data: Record<string, unknown>) =>
    (await answer(app.activities.submit(user, data)))[0]!;
  /** The button of plenary `number` on the list card. */
  const plenaryButton = (card: Card, number: number, title: string) => {
    const row = card.body.find((e) => new RegExp(`Plenary ${number}\\b`).test(JSON.stringify(e)));
    const action = elements({ body: row ? [row] : [] }).find((a: any) => a.title === title);
    if (!action) throw new Error(`no ${title} for plenary ${number}: ${JSON.stringify(card).slice(0, 600)}`);
    return action.data as Record<string, unknown>;
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    ({ cohort } = await teamsPair(app, lucia, jorge, "Digital Mentoring"));
    await installTeamsUser(app, carmen, { locale: "en-US", timeZone: "Europe/Madrid" });
    await app.runJobs();
    const generated = await app.tandem.services.plenaries.generate(cohort.id);
    if (!generated.ok) throw new Error(generated.reason);
  });
  afterAll(() => app.stop());

  it("moves a plenary from its card: a past date is refused under the field with what was typed kept, then saved", async () => {
    const list = cardOf(await say(carmen, "plenary"))!;
    const edit = plenaryButton(list, 1, "Edit");
    const refusedToJorge = await press(jorge, edit);
    expect(refusedToJorge.text).toMatch(/is for the people who coordinate/);
    const form = cardOf(await press(carmen, edit))!;
    expect(cardText(form)).toContain("Edit plenary");
    const first = (await app.tandem.services.plenaries.list(cohort)).plenaries[0]!.plenary;
    expect(input(form, "date").value).toBe(DateTime.fromJSDate(first.startsAt, { zone: "Europe/Madrid" }).toISODate());

    const past = DateTime.fromJSDate(app.clock.now(), { zone: "Europe/Madrid" }).minus({ days: 2 }).toISODate()!;
    const refused = cardOf(
      await press(carmen, { ...button(form, "Save"), date: past, time: "11:00", duration: "90" }),
    )!;
    expect(Object.keys(errorsOf(refused))).toContain("date");
    expect(input(refused, "date").value).toBe(past);
    expect(input(refused, "time").value).toBe("11:00");

    const moved = DateTime.fromJSDate(first.startsAt, { zone: "Europe/Madrid" }).plus({ days: 1 }).toISODate()!;
    const saved = await press(carmen, { ...button(form, "Save"), date: moved, time: "11:00", duration: "90" });
    expect(saved.text).toMatch(
      /^✅ Plenary 1 of Digital Mentoring: \*\*.+\*\* \(90 min\)\. The reminders have been rescheduled/,
    );
    const after = (await app.tandem.services.plenaries.list(cohort)).plenaries[0]!.plenary;
    expect(DateTime.fromJSDate(after.startsAt, { zone: "Europe/Madrid" }).toFormat("yyyy-MM-dd HH:mm")).toBe(
      `${moved} 11:00`,
    );
    expect(after.durationMinutes).toBe(90);
  });

  it("takes attendance once the plenary has started: outsiders are refused, the ticks are saved", async () => {
    const first = (await app.tandem.services.plenaries.list(cohort)).plenaries[0]!.plenary;
    app.clock.set(new Date(first.startsAt.getTime() + 30 * 60_000));
    const list = cardOf(await say(carmen, "plenary"))!;
    const open = plenaryButton(list, 1, "Attendance");
    const sheet = cardOf(await press(carmen, open))!;
    const people = input(sheet, "attendance:0");
    expect(people.isMultiSelect).toBe(true);
    expect(people.choices.map((c: any) => c.title).sort()).toEqual(["Jorge", "Lucía"]);
    const jorgeId = people.choices.find((c: any) => c.title === "Jorge").value;

    const refused = cardOf(
      await press(carmen, { ...button(sheet, "Save"), "attendance:0": `${jorgeId},someone-else` }),
    )!;
    expect(errorsOf(refused)).toEqual({ "attendance:0": "Only people in the cohort can be ticked." });
    const saved = await press(carmen, { ...button(sheet, "Save"), "attendance:0": jorgeId });
    expect(saved.text).toBe("✅ Attendance for plenary 1 of Digital Mentoring saved: 1 of 2 people.");
    const again = cardOf(await press(carmen, open))!;
    expect(input(again, "attendance:0").value).toBe(jorgeId);
  });

  it("sums up each person's attendance, those below the threshold marked", async () => {
    const summary = cardText(cardOf(await say(carmen, "plenary Digital Mentoring asistencia"))!);
    expect(summary).toContain("Plenary attendance · Digital Mentoring");
    expect(summary).toContain("- Jorge: 1 of 1 (100 %)");
    expect(summary).toContain("- ⚠️ Lucía: 0 of 1 (0 %)");
  });
});
