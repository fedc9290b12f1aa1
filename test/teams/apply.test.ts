import { asCoordinator } from "../support/builders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import { starterSkills } from "../../src/domain/skills-catalogue";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";
import { button, cardOf, errorsOf, errorUnder, input, type Card } from "../support/teams-cards";

const ana: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };
const marta: TeamsUser = { id: "29:marta", aadObjectId: "aad-marta", name: "Marta Jefa" };

/** Ana applies from Teams: mistakes come back under their fields with what she typed; then it is sent and her manager asked. */
describe("applying from Teams", () => {
  let app: TestApp;
  let cohort: Cohort;
  let profile: Card;
  let skills: Card;

  /** Posts an activity and returns the card (or text) the bot answered with. */
  async function answer(activity: Record<string, any>): Promise<Record<string, any>> {
    await app.activities.post(activity);
    return (await app.teams.waitFor((a) => a.replyToId === activity.id)).activity;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    // Marta, Ana's manager, has Tandem installed; Teams knows her name in the tenant.
    app.teams.members.set("aad-marta", marta);
    const installed = app.activities.installed(marta);
    await app.activities.post(installed);
    await app.teams.waitFor((a) => a.conversationId === installed.conversation.id);
    const { services } = app.tandem;
    const coordinator = await services.people.identify(
      { platform: "slack", workspaceId: "T1", userId: "UCOORD" },
      async () => ({ displayName: "Carmen" }),
    );
    const created = await services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/Madrid", "en"),
      name: "Digital Leaders",
      objective: "Digital skills",
      skills: starterSkills("en").slice(0, 4),
    });
    if (!created.ok) throw new Error("no cohort");
    const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
    if (!opened.ok) throw new Error("not open");
    cohort = opened.cohort;
  });
  afterAll(() => app.stop());

  it("answers 'apply' with the profile card of the open cohort, with her zone filled in", async () => {
    const reply = await answer(app.activities.message(ana, "apply", { localTimezone: "Europe/Madrid" }));
    profile = cardOf(reply)!;
    expect(profile.version).toBe("1.5");
    expect(JSON.stringify(profile)).toContain("Digital Leaders");
    expect(input(profile, "timeZone").value).toBe("Europe/Madrid");
    expect(input(profile, "sponsorUserId")["choices.data"]).toEqual({
      type: "Data.Query",
      dataset: "graph.microsoft.com/users",
    });
    expect(input(profile, "learnSkills").choices).toHaveLength(4);
  });

  it("puts each mistake under its field and keeps everything typed", async () => {
    const typed = {
      ...button(profile, "Next"),
      role: "mentee",
      jobTitle: "",
      department: "Finance",
      linkedinUrl: "linkedin ana",
      strengths: "Patience",
      learnSkills: `${cohort.skills[0]!.id},${cohort.skills[1]!.id}`,
      firstWish: "Learn spreadsheets",
      languages: "es,en",
      timeZone: "Europe/Madrid",
      workStart: "15:00",
      workEnd: "15:30",
      workDays: "1,2,3",
      consent: "false",
    };
    const card = cardOf(await answer(app.activities.submit(ana, typed)))!;
    expect(errorsOf(card)).toEqual({
      jobTitle: "Tell us your current role.",
      sponsorUserId: "Pick your direct manager: this programme needs their sponsorship.",
      linkedinUrl: "Give a LinkedIn profile URL, like https://www.linkedin.com/in/your-name.",
      workEnd: "The working day must end at least an hour after it starts.",
      consent: "We need your consent to process the application.",
    });
    expect(input(card, "department").value).toBe("Finance");
    expect(input(card, "linkedinUrl").value).toBe("linkedin ana");
    expect(input(card, "learnSkills").value).toBe(`${cohort.skills[0]!.id},${cohort.skills[1]!.id}`);
    expect(input(card, "workDays").value).toBe("1,2,3");
    expect(input(card, "role").value).toBe("mentee");
    // Nothing was sent: the application is still a draft, keeping what she typed.
    const [entry] = await app.tandem.services.applications.forPerson(
      (await app.tandem.services.people.find({ platform: "teams", workspaceId: "tenant-1", userId: "aad-ana" }))!.id,
    );
    expect(entry!.application).toMatchObject({
      status: "draft",
      answers: { department: "Finance", strengths: "Patience" },
    });
    profile = card;
  });

  it("takes the corrected profile and asks for every skill's level, refusing a page with one left out", async () => {
    const fixed = {
      ...button(profile, "Next"),
      role: "mentee",
      jobTitle: "Analyst",
      department: "Finance",
      sponsorUserId: "aad-marta",
      linkedinUrl: "",
      strengths: "Patience",
      learnSkills: cohort.skills[0]!.id,
      firstWish: "Learn spreadsheets",
      languages: "es",
      timeZone: "Europe/Madrid",
      workStart: "09:00",
      workEnd: "17:00",
      workDays: "1,2,3,4,5",
      consent: "true",
    };
    skills = cardOf(await answer(app.activities.submit(ana, fixed)))!;
    expect(JSON.stringify(skills)).toContain("Application · 2 of 2");
    const [first, second, third, fourth] = cohort.skills.map((s) => `rating.${s.id}`);
    const partial = { ...button(skills, "Send"), [first!]: "5", [second!]: "1", [third!]: "3" };
    const again = cardOf(await answer(app.activities.submit(ana, partial)))!;
    expect(errorUnder(again, fourth!)).toBe("Pick a level from 1 to 5.");
    expect(errorUnder(again, first!)).toBeUndefined();
    expect(input(again, first!).value).toBe("5");
    expect(input(again, second!).value).toBe("1");
    skills = again;
  });

  it("sends the application, tells Ana, and Marta gets the sponsor card in Teams", async () => {
    const all = Object.fromEntries(cohort.skills.map((s, i) => [`rating.${s.id}`, String((i % 5) + 1)]));
    const reply = await answer(app.activities.submit(ana, { ...button(skills, "Send"), ...all }));
    expect(reply.text).toBe(
      "Your application to **Digital Leaders** is sent. We have asked Marta Jefa to sponsor it; you will hear back here.",
    );
    await app.runJobs();
    const request = await app.teams.waitFor(
      (a) => a.conversationId === "a:personal-29:marta" && Boolean(cardOf(a.activity)?.actions),
    );
    expect(JSON.stringify(cardOf(request.activity))).toContain("Ana Pérez applied to **Digital Leaders**");

    const status = cardOf(await answer(app.activities.message(ana, "status")))!;
    expect(JSON.stringify(status)).toContain("**Digital Leaders** · Waiting for sponsorship");
    expect(JSON.stringify(status)).toContain("Sponsor: Marta Jefa");

    // Marta endorses from the card; Ana hears it in Teams and her status follows.
    const endorsed = await answer(app.activities.submit(marta, button(cardOf(request.activity)!, "Sponsor")));
    expect(endorsed.text).toBe("You sponsored Ana Pérez's application to Digital Leaders. Thank you!");
    await app.runJobs();
    await app.teams.waitFor(
      (a) => a.conversationId === "a:personal-29:ana" && String(a.activity.text).includes("Marta Jefa"),
    );
    const after = cardOf(await answer(app.activities.message(ana, "status")))!;
    expect(JSON.stringify(after)).toContain("**Digital Leaders** · Sponsored");
  });

  it("withdraws from status, and offers to continue while applications are open", async () => {
    const status = cardOf(await answer(app.activities.message(ana, "estado", { locale: "es-ES" })))!;
    const withdrawn = await answer(app.activities.submit(ana, button(status, "Retirar"), { locale: "es-ES" }));
    expect(withdrawn.text).toBe(
      "Tu postulación a **Digital Leaders** está retirada. Puedes volver a postular mientras las postulaciones sigan abiertas.",
    );
    const again = cardOf(await answer(app.activities.message(ana, "status")))!;
    expect(JSON.stringify(again)).toContain("**Digital Leaders** · Withdrawn");
    const form = cardOf(await answer(app.activities.submit(ana, button(again, "Continue"))))!;
    expect(input(form, "department").value).toBe("Finance");
  });
});
