import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Application } from "../../src/domain/applications/application";
import { defaultCohortSettings } from "../../src/domain/cohorts/cohort";
import { starterSkills } from "../../src/domain/skills-catalogue";
import { startTestApp, type TestApp } from "../support/app";
import { asCoordinator, createSlackPerson } from "../support/builders";
import { state } from "../support/slack-requests";

/**
 * Issue 15, item 6: a sponsor-decline submission carrying another channel and message ts in its
 * private_metadata made Tandem chat.update that message (a pair's introduction). Now the messages
 * to update come from the delivery ledger: only the sponsor's own request is ever edited.
 */
describe("a forged channel and ts in a modal's private_metadata", () => {
  let app: TestApp;
  let applicationId = "";
  let requestTs = "";
  // Where a pair's introduction lives: the message the attacker points at.
  const pairChannel = "GPAIRINTRO";
  const pairTs = "1700000000.000042";

  const application = async (): Promise<Application> =>
    (await app.tandem.services.applications.findById(applicationId))!;
  const updatesTo = (channel: string) => app.slack.callsTo("chat.update").filter((c) => c.args.channel === channel);

  function forgedDecline(userId: string) {
    return app.requests.viewSubmission(
      { id: userId },
      {
        callback_id: "sponsor.decline",
        private_metadata: JSON.stringify({ applicationId, channelId: pairChannel, messageTs: pairTs }),
        values: { reason: state.text("no") },
      },
    );
  }

  beforeAll(async () => {
    app = await startTestApp();
    for (const [id, name] of [
      ["ULUIS", "Luis"],
      ["UJEFA", "Julia"],
      ["UMALO", "Mallory"],
    ] as const)
      app.slack.addUser({ id, real_name: name, locale: "en-GB", tz: "Europe/Madrid" });
    const { services } = app.tandem;
    const coordinator = await createSlackPerson(services, "UCOORD");
    const created = await services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/Madrid", "en"),
      name: "Digital Leaders",
      objective: "Digital skills",
      skills: starterSkills("en").slice(0, 3),
      sponsorRequired: true,
    });
    if (!created.ok) throw new Error("no cohort");
    const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
    if (!opened.ok) throw new Error("not open");
    const cohort = opened.cohort;
    // Luis applies, naming Julia; the request reaches her DM through the job, as in production.
    const luis = await createSlackPerson(services, "ULUIS", { name: "Luis" });
    const julia = await createSlackPerson(services, "UJEFA", { name: "Julia" });
    const gate = await services.applications.begin(luis, cohort);
    if (!gate.ok) throw new Error(gate.reason);
    applicationId = gate.application.id;
    await services.applications.saveProfile(luis, applicationId, {
      role: "mentee",
      jobTitle: "Head of unit",
      department: "Urbanism",
      sponsorUserId: "UJEFA",
      linkedinUrl: "",
      strengths: "x",
      learnSkills: [cohort.skills[0]!.id],
      areasToDeepen: "",
      firstWish: "x",
      selfDescription: "",
      challenges: "",
      mentoringMeaning: "",
      languages: ["en"],
      timeZone: "Europe/Madrid",
      workStart: "09:00",
      workEnd: "17:00",
      workDays: [1, 2, 3, 4, 5],
      capacity: 1,
      consent: true,
    });
    await services.applications.saveRatings(
      luis,
      applicationId,
      Object.fromEntries(cohort.skills.map((s) => [s.id, 2])),
    );
    const sent = await services.applications.submit(luis, applicationId, julia);
    if (!sent.ok) throw new Error(sent.reason);
    await app.runJobs();
    requestTs = app.slack.messages.find(
      (m) => m.channel === "DUJEFA" && JSON.stringify(m.blocks).includes(applicationId),
    )!.ts;
  });
  afterAll(() => app.stop());

  it("someone who is not the sponsor is refused, and no message or row changes", async () => {
    const before = await application();
    const updates = app.slack.callsTo("chat.update").length;
    const response = await forgedDecline("UMALO");
    await app.settled();
    expect(response.json()).toEqual({
      response_action: "errors",
      errors: { reason: "Only the person named as sponsor can decide." },
    });
    expect(app.slack.callsTo("chat.update")).toHaveLength(updates);
    expect(await application()).toEqual(before);
  });

  it("the sponsor's decline updates her own request, never the message named in the metadata", async () => {
    const response = await forgedDecline("UJEFA");
    await app.settled();
    expect(response.status).toBe(200);
    expect(response.body).toBe("");
    expect(updatesTo(pairChannel)).toHaveLength(0);
    expect(app.slack.callsTo("chat.update").filter((c) => c.args.ts === pairTs)).toHaveLength(0);
    const [own] = updatesTo("DUJEFA");
    expect(own!.args.ts).toBe(requestTs);
    expect(own!.args.text).toBe("You declined <@ULUIS>'s application to Digital Leaders. We have told them.");
    expect((await application()).status).toBe("declined");
  });
});
