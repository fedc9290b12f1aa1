import { asCoordinator } from "../support/builders";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Application } from "../../src/domain/applications/application";
import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import { starterSkills } from "../../src/domain/skills-catalogue";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";
import { state } from "../support/slack-requests";
import { button, cardOf } from "../support/teams-cards";

/**
 * Issue 15, item 3: a forged "Save and close" (Slack's view_closed, Teams' apply.save and
 * apply.back) once stored anything, any time: a capacity of 2,000,000,000, a department of any
 * length, a zone that does not exist, 12,000 made-up skill ratings, even on a matched application.
 * Now a draft keeps only what a submission would accept, and nothing else changes.
 */
describe("forged draft saves", () => {
  let app: TestApp;
  let cohort: Cohort;
  const ana: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };
  const madeUp = (n: number) => Array.from({ length: n }, (_, i) => `made-up-${i}`);
  const longDepartment = `<!channel> ${"x".repeat(200)}`;

  /** Platform writes a forged request must never cause (reads such as users.info are harmless). */
  const slackWrites = () =>
    app.slack.calls.filter((c) => /^(chat|views|files|conversations\.open)/.test(c.method)).length;

  const applicationOf = async (platform: "slack" | "teams", userId: string): Promise<Application> => {
    const workspaceId = platform === "slack" ? app.slack.teamId : "tenant-1";
    const person = await app.tandem.services.people.find({ platform, workspaceId, userId });
    const [entry] = await app.tandem.services.applications.forPerson(person!.id);
    return entry!.application;
  };

  /** Slack's view_closed for one of the application's modals, signed as Slack signs it. */
  async function viewClosed(
    userId: string,
    callbackId: string,
    privateMetadata: string,
    values: Record<string, Record<string, unknown>>,
  ) {
    const response = await app.requests.interaction({
      type: "view_closed",
      team: { id: app.slack.teamId, domain: "tandem-test" },
      user: { id: userId, team_id: app.slack.teamId },
      api_app_id: "A0TANDEM",
      view: {
        id: `V${userId}`,
        type: "modal",
        callback_id: callbackId,
        private_metadata: privateMetadata,
        state: { values },
      },
      is_cleared: false,
    });
    await app.settled();
    return response;
  }

  /** A Slack person's application modal, opened with /mentoring apply: its private_metadata. */
  async function slackApply(userId: string): Promise<string> {
    const since = Date.now();
    await app.requests.command({ id: userId }, "apply");
    const opened = await app.slack.waitFor(
      "views.open",
      (c) => c.args.view.callback_id === "application.profile" && c.at >= since,
    );
    return opened.args.view.private_metadata as string;
  }

  const forgedProfile = () => ({
    jobTitle: state.text("Analyst"),
    department: state.text(longDepartment),
    timeZone: state.text("Not/AZone"),
    capacity: state.select("2000000000"),
    workStart: state.time("08:00"),
    workEnd: state.time("31:99"),
    linkedinUrl: state.url("javascript:alert(1)"),
    learnSkills: state.multiSelect([...madeUp(2_000), cohort.skills[1]!.id]),
    languages: state.multiSelect(["en", "klingon"]),
  });

  /** Every made-up skill rated 5, one real skill rated 3 and one off the scale. */
  const forgedRatings = <T>(prefix: string, shape: (level: string) => T): Record<string, T> => ({
    ...Object.fromEntries(madeUp(12_000).map((id) => [`${prefix}${id}`, shape("5")])),
    [`${prefix}${cohort.skills[0]!.id}`]: shape("3"),
    [`${prefix}${cohort.skills[2]!.id}`]: shape("9"),
  });

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: "UANA", real_name: "Ana", locale: "en-GB", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UMARTA", real_name: "Marta", locale: "en-GB", tz: "Europe/Madrid" });
    const { services } = app.tandem;
    const coordinator = await services.people.identify(
      { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
      async () => ({ displayName: "Carmen" }),
    );
    const created = await services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/Madrid", "en"),
      name: "Digital Leaders",
      objective: "Digital skills",
      skills: starterSkills("en").slice(0, 4),
      sponsorRequired: false,
      allowMultipleMentees: true,
    });
    if (!created.ok) throw new Error("no cohort");
    const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
    if (!opened.ok) throw new Error("not open");
    cohort = opened.cohort;
  });
  afterAll(() => app.stop());

  describe("through Slack's view_closed", () => {
    let metadata = "";

    it("keeps the valid fields of a draft, refuses the rest, and never loses what was saved", async () => {
      metadata = await slackApply("UANA");
      // What Ana genuinely typed and closed earlier.
      await viewClosed("UANA", "application.profile", metadata, {
        department: state.text("Finance"),
        timeZone: state.text("America/Bogota"),
        capacity: state.select("2"),
        role: state.radio("mentor"),
      });
      expect((await applicationOf("slack", "UANA")).answers).toMatchObject({
        department: "Finance",
        timeZone: "America/Bogota",
        capacity: 2,
      });

      const writes = slackWrites();
      const response = await viewClosed("UANA", "application.profile", metadata, forgedProfile());
      expect(response.status).toBe(200);
      const { answers, status } = await applicationOf("slack", "UANA");
      expect(status).toBe("draft");
      expect(answers).toEqual({
        role: "mentor",
        department: "Finance",
        timeZone: "America/Bogota",
        capacity: 2,
        jobTitle: "Analyst",
        workStart: "08:00",
        learnSkills: [cohort.skills[1]!.id],
        languages: ["en"],
      });
      expect(slackWrites()).toBe(writes);
    });

    it("stores ratings only for the cohort's own skills, on the scale", async () => {
      const skillsMetadata = JSON.stringify({ ...JSON.parse(metadata), page: 0 });
      const response = await viewClosed(
        "UANA",
        "application.skills",
        skillsMetadata,
        forgedRatings("rating:", (v) => state.select(v)),
      );
      expect(response.status).toBe(200);
      expect((await applicationOf("slack", "UANA")).answers.ratings).toEqual({ [cohort.skills[0]!.id]: 3 });
      // The coordinator's overview reads the stored ratings: it stays quick.
      const started = performance.now();
      await app.tandem.services.applications.overview(cohort);
      expect(performance.now() - started).toBeLessThan(500);
    });

    it("changes nothing in a submitted or matched application", async () => {
      const martaMetadata = await slackApply("UMARTA");
      await viewClosed("UMARTA", "application.profile", martaMetadata, {
        department: state.text("Legal"),
        capacity: state.select("1"),
      });
      const marta = await applicationOf("slack", "UMARTA");
      for (const status of ["submitted", "matched"] as const) {
        await app.tandem.services.applications.setStatus(marta.id, status);
        const before = await applicationOf("slack", "UMARTA");
        const writes = slackWrites();
        await viewClosed("UMARTA", "application.profile", martaMetadata, forgedProfile());
        await viewClosed(
          "UMARTA",
          "application.skills",
          JSON.stringify({ ...JSON.parse(martaMetadata), page: 0 }),
          forgedRatings("rating:", (v) => state.select(v)),
        );
        expect(await applicationOf("slack", "UMARTA")).toEqual(before);
        expect(slackWrites()).toBe(writes);
      }
    });

    it("changes nothing in someone else's application", async () => {
      const before = await applicationOf("slack", "UANA");
      await viewClosed("UMARTA", "application.profile", metadata, { jobTitle: state.text("Not Ana's job") });
      expect(await applicationOf("slack", "UANA")).toEqual(before);
    });
  });

  describe("through Teams' Save and close and Back", () => {
    let saveData: Record<string, unknown> = {};

    async function answer(activity: Record<string, any>): Promise<Record<string, any>> {
      await app.activities.post(activity);
      return (await app.teams.waitFor((a) => a.replyToId === activity.id)).activity;
    }

    it("keeps the valid fields of a draft and refuses the rest", async () => {
      const profile = cardOf(await answer(app.activities.message(ana, "apply", { localTimezone: "Europe/Madrid" })))!;
      saveData = button(profile, "Save and close");
      await answer(
        app.activities.submit(ana, {
          ...saveData,
          department: "Finance",
          timeZone: "Europe/Madrid",
          capacity: "3",
          role: "mentor",
        }),
      );

      const reply = await answer(
        app.activities.submit(ana, {
          ...saveData,
          jobTitle: "Analyst",
          department: longDepartment,
          timeZone: "Not/AZone",
          capacity: "2000000000",
          workStart: "08:00",
          learnSkills: [...madeUp(2_000), cohort.skills[1]!.id].join(","),
        }),
      );
      expect(reply.text).toBe(
        "Saved. Type **apply** to take up your application to **Digital Leaders** where you left it.",
      );
      const { answers } = await applicationOf("teams", "aad-ana");
      expect(answers).toEqual({
        role: "mentor",
        department: "Finance",
        timeZone: "Europe/Madrid",
        capacity: 3,
        jobTitle: "Analyst",
        workStart: "08:00",
        learnSkills: [cohort.skills[1]!.id],
        consent: false,
      });
    });

    it("keeps from Back only the cohort's own skills, on the scale", async () => {
      const back = { ...saveData, action: "apply.back", page: 0 };
      const reply = await answer(app.activities.submit(ana, { ...back, ...forgedRatings("rating.", (v) => v) }));
      expect(cardOf(reply)).toBeDefined();
      expect((await applicationOf("teams", "aad-ana")).answers.ratings).toEqual({ [cohort.skills[0]!.id]: 3 });
    });

    it("changes nothing in a submitted or matched application, and says so", async () => {
      const application = await applicationOf("teams", "aad-ana");
      for (const status of ["submitted", "matched"] as const) {
        await app.tandem.services.applications.setStatus(application.id, status);
        const before = await applicationOf("teams", "aad-ana");
        const saved = await answer(
          app.activities.submit(ana, {
            ...saveData,
            jobTitle: "Changed",
            capacity: "2000000000",
            timeZone: "Not/AZone",
          }),
        );
        expect(saved.text).toBe(
          "Your application to **Digital Leaders** was already sent, so it stays as it was: changes count only when you send them with **Next** and **Send**.",
        );
        await answer(
          app.activities.submit(ana, {
            ...saveData,
            action: "apply.back",
            page: 0,
            ...forgedRatings("rating.", (v) => v),
          }),
        );
        expect(await applicationOf("teams", "aad-ana")).toEqual(before);
      }
      await app.tandem.services.applications.setStatus(application.id, "draft");
    });

    it("changes nothing once the application window has closed", async () => {
      app.clock.set(new Date(cohort.applicationsCloseAt.getTime() + 60_000));
      const before = await applicationOf("teams", "aad-ana");
      const saved = await answer(app.activities.submit(ana, { ...saveData, jobTitle: "Too late" }));
      expect(saved.text).toContain("Digital Leaders");
      expect(saved.text).not.toContain("Saved.");
      const slackBefore = await applicationOf("slack", "UANA");
      const slackMetadata = JSON.stringify({ cohortId: cohort.id, applicationId: slackBefore.id });
      await viewClosed("UANA", "application.profile", slackMetadata, { jobTitle: state.text("Too late") });
      expect(await applicationOf("teams", "aad-ana")).toEqual(before);
      expect(await applicationOf("slack", "UANA")).toEqual(slackBefore);
    });
  });
});
