import { asCoordinator } from "../support/builders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCohortSettings } from "../../src/domain/cohorts/cohort";
import { starterSkills } from "../../src/domain/skills-catalogue";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";

const marta: TeamsUser = { id: "29:marta", aadObjectId: "aad-marta", name: "Marta Jefa" };
const cardOf = (activity: Record<string, any>) => activity.attachments?.[0]?.content;

/** A manager who uses Teams gets the sponsor request as a card and answers it there. */
describe("sponsoring from Teams", () => {
  let app: TestApp;
  let applicationId = "";

  beforeAll(async () => {
    app = await startTestApp();
    const installed = app.activities.installed(marta, { locale: "es-ES" });
    await app.activities.post(installed);
    await app.teams.waitFor((a) => a.conversationId === installed.conversation.id);

    const { services } = app.tandem;
    const sponsor = (await services.people.find({ platform: "teams", workspaceId: "tenant-1", userId: "aad-marta" }))!;
    const coordinator = await services.people.identify(
      { platform: "slack", workspaceId: "T1", userId: "UCOORD" },
      async () => ({ displayName: "Carmen" }),
    );
    const applicant = await services.people.identify(
      { platform: "slack", workspaceId: "T1", userId: "UANA" },
      async () => ({ displayName: "Ana" }),
    );
    const skills = starterSkills("es");
    const created = await services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/Madrid", "es"),
      name: "Digital",
      objective: "Digitalizar",
      skills,
    });
    if (!created.ok) throw new Error("no cohort");
    const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
    if (!opened.ok) throw new Error("not open");
    const gate = await services.applications.begin(applicant, opened.cohort);
    if (!gate.ok) throw new Error(gate.reason);
    applicationId = gate.application.id;
    await services.applications.saveProfile(applicant, applicationId, {
      role: "mentee",
      jobTitle: "Técnica",
      department: "Hacienda",
      sponsorUserId: undefined,
      linkedinUrl: "",
      strengths: "Constancia",
      learnSkills: ["spreadsheets"],
      areasToDeepen: "",
      firstWish: "Aprender Excel",
      selfDescription: "Reservada",
      challenges: "",
      mentoringMeaning: "",
      languages: ["es"],
      timeZone: "Europe/Madrid",
      workStart: "08:00",
      workEnd: "15:00",
      workDays: [1, 2, 3, 4, 5],
      capacity: 1,
      consent: true,
    });
    await services.applications.saveRatings(applicant, applicationId, Object.fromEntries(skills.map((s) => [s.id, 2])));
    const sent = await services.applications.submit(applicant, applicationId, sponsor);
    expect(sent).toMatchObject({ ok: true, outcome: "awaiting-sponsor" });
  });
  afterAll(() => app.stop());

  it("sends the request as a card in the manager's language, without the applicant's private answers", async () => {
    await app.runJobs();
    const sent = await app.teams.waitFor((a) => Boolean(cardOf(a.activity)?.actions));
    const card = JSON.stringify(cardOf(sent.activity));
    expect(card).toContain("Ana postuló a **Digital** y te nombró como su patrocinador/a.");
    expect(card).toContain("Aprender Excel");
    expect(card).not.toContain("Reservada");
    expect(card).toContain('"title":"Patrocinar"');
  });

  it("records a decline with its reason and tells the applicant", async () => {
    const submit = app.activities.submit(
      marta,
      { action: "sponsor.decision", decision: "decline", applicationId, reason: "Ahora no" },
      { locale: "es-ES" },
    );
    await app.activities.post(submit);
    const reply = await app.teams.waitFor((a) => a.replyToId === submit.id);
    expect(reply.activity.text).toBe("No patrocinaste la postulación de Ana a Digital. Se lo hemos comunicado.");
    const application = await app.tandem.services.applications.findById(applicationId);
    expect(application).toMatchObject({ status: "declined", sponsorReason: "Ahora no" });

    const again = app.activities.submit(
      marta,
      { action: "sponsor.decision", decision: "endorse", applicationId },
      { locale: "es-ES" },
    );
    await app.activities.post(again);
    expect((await app.teams.waitFor((a) => a.replyToId === again.id)).activity.text).toBe(
      "Esta postulación ya tiene respuesta: No patrocinada.",
    );
  });
});
