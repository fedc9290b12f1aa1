import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app";
import type { SentActivity, TeamsUser } from "../support/fake-teams";
import { teamsPair } from "../support/teams-builders";
import { button, buttonTitles, cardOf, cardText } from "../support/teams-cards";

const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };

/** A plenary reaches a Teams pair as cards: the reminder the day before, then "I'm here" at the start, which records attendance. */
describe("plenaries in Teams", () => {
  let app: TestApp;
  let startsAt: Date;
  const plenaryCard = (user: TeamsUser, text: string) => (a: SentActivity) =>
    a.conversationId === `a:personal-${user.id}` && cardText(cardOf(a.activity) ?? { body: [] }).includes(text);

  beforeAll(async () => {
    app = await startTestApp();
    const { cohort } = await teamsPair(app, lucia, jorge, "Digital Mentoring");
    await app.runJobs();
    const generated = await app.tandem.services.plenaries.generate(cohort.id);
    if (!generated.ok) throw new Error(generated.reason);
    startsAt = generated.list.plenaries[0]!.plenary.startsAt;
    app.clock.set(new Date(startsAt.getTime() - 3 * 24 * 3_600_000));
    while (app.clock.now() < new Date(startsAt.getTime() + 10 * 60_000)) {
      await app.runJobs();
      app.clock.advance(30 * 60_000);
    }
    await app.runJobs();
  });
  afterAll(() => app.stop());

  it("reminds each person the day before, in their language, without buttons", async () => {
    const reminder = await app.teams.waitFor(plenaryCard(jorge, "🏛️ Reminder: plenary 1 of Digital Mentoring"));
    expect(buttonTitles(cardOf(reminder.activity)!)).toEqual([]);
    await app.teams.waitFor(plenaryCard(lucia, "plenaria 1 de Digital Mentoring"));
  });

  it("offers “I'm here” at the start (in Spanish for Lucía), which records her attendance", async () => {
    const checkIn = await app.teams.waitFor(
      (a) => plenaryCard(lucia, "está en marcha")(a) && buttonTitles(cardOf(a.activity)!).includes("Estoy aquí"),
    );
    const press = app.activities.submit(lucia, button(cardOf(checkIn.activity)!, "Estoy aquí"), { locale: "es-ES" });
    await app.activities.post(press);
    const reply = await app.teams.waitFor((a) => a.replyToId === press.id);
    expect(reply.activity.text).toBe("✅ Asistencia registrada: plenaria 1 de Digital Mentoring. ¡Gracias!");
    const person = (await app.tandem.services.people.find({
      platform: "teams",
      workspaceId: "tenant-1",
      userId: "aad-lucia",
    }))!;
    const cohortId = (await app.tandem.services.cohorts.list())[0]!.id;
    expect(await app.tandem.services.plenaries.attendanceOf(person.id, cohortId)).toMatchObject({ attended: 1 });
  });
});
