import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { en } from "../../../src/i18n/en";
import { startTestApp, type TestApp } from "../../support/app";
import { initialState } from "../../support/modal-state";
import { state } from "../../support/slack-requests";

/**
 * The coordinator's side of phases 1 and 2, and the rhythm around it: cohort commands, the window
 * closing by itself, the sponsor's reminder, accepting without a sponsor, paging, the Home tab.
 */
describe("coordinating cohorts and applications (en)", () => {
  let app: TestApp;
  const user = (id: string, name: string) =>
    app.slack.addUser({ id, real_name: name, display_name: name, locale: "en-GB", tz: "Europe/London" });
  const reply = async (userId: string, text: string) =>
    app.requests.replyTo(await app.requests.command({ id: userId }, text));
  const lastDm = (userId: string) => app.slack.messages.filter((m) => m.channel === `D${userId}`).at(-1);

  async function createCohort(name: string, change: Record<string, Record<string, unknown>> = {}) {
    const since = Date.now();
    await app.requests.command({ id: "UCOORD" }, "cohort new");
    const open = await app.slack.waitFor(
      "views.open",
      (c) => c.args.view.callback_id === "cohort.form" && c.at >= since,
    );
    const view = open.args.view;
    const response = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "cohort.form",
        private_metadata: view.private_metadata,
        values: {
          ...initialState(view),
          name: state.text(name),
          objective: state.text("Digital skills for all"),
          ...change,
        },
      },
    );
    expect(response.body).toBe("");
    await app.slack.waitFor(
      "chat.postMessage",
      (c) => c.args.channel === "UCOORD" && String(c.args.text).includes(name),
    );
    await app.runJobs();
    return (await app.tandem.services.cohorts.list()).find((c) => c.name === name)!;
  }

  /** Applies through the modals, with a sponsor; returns the application id. */
  async function applyTo(userId: string, cohortId: string, sponsor: string) {
    const since = Date.now();
    await app.requests.blockAction({ id: userId }, { action_id: "application.apply", value: cohortId });
    const open = await app.slack.waitFor(
      "views.open",
      (c) => c.args.view.callback_id === "application.profile" && c.at >= since,
    );
    const profile = open.args.view;
    const answers = {
      role: state.radio("mentee"),
      jobTitle: state.text("Officer"),
      department: state.text("Finance"),
      sponsorUserId: state.user(sponsor),
      strengths: state.text("Patience"),
      learnSkills: state.multiSelect(["spreadsheets"]),
      firstWish: state.text("Learn"),
      consent: state.checkboxes(["yes"]),
    };
    const next = await app.requests.viewSubmission(
      { id: userId },
      {
        callback_id: "application.profile",
        private_metadata: profile.private_metadata,
        values: { ...initialState(profile), ...answers },
      },
    );
    const skills = next.json().view;
    const values: Record<string, Record<string, unknown>> = {};
    for (const block of skills.blocks.filter((b: any) => b.type === "input"))
      values[block.block_id] = state.select("3");
    const sent = await app.requests.viewSubmission(
      { id: userId },
      { callback_id: "application.skills", private_metadata: skills.private_metadata, values },
    );
    expect(sent.json()).toEqual({ response_action: "clear" });
    const person = await app.tandem.services.people.find({ platform: "slack", workspaceId: app.slack.teamId, userId });
    const application = (await app.tandem.services.applications.listByCohort(cohortId)).find(
      (a) => a.personId === person!.id,
    );
    await app.runJobs();
    return application!.id;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    user("UCOORD", "Carol");
    user("UAPP", "Priya");
    user("UBOSS", "Bob");
  });
  afterAll(() => app.stop());

  it("tells an applicant when nothing is open", async () => {
    expect((await reply("UAPP", "apply")).text).toBe(en.apply.noneOpen);
  });

  it("lists, shows and edits cohorts", async () => {
    await createCohort("Digital 2027");
    const list = await reply("UCOORD", "cohort list");
    expect(JSON.stringify(list.blocks)).toContain(
      "*Digital 2027* · Open for applications · applications November 23, 2026 to December 14, 2026 · 0 applications",
    );

    const shown = await reply("UCOORD", "cohort show digital");
    const text = JSON.stringify(shown.blocks);
    expect(text).toContain("Digital skills for all");
    expect(text).toContain(
      "Sessions every 14 days · at least 4 sessions of 60 min · 7 plenary sessions · minimum attendance 85%",
    );
    expect(text).toContain("The direct manager must sponsor the application");

    const since = Date.now();
    await app.requests.command({ id: "UCOORD" }, "cohort edit Digital 2027");
    const open = await app.slack.waitFor(
      "views.open",
      (c) => c.args.view.callback_id === "cohort.form" && c.at >= since,
    );
    const values = initialState(open.args.view);
    expect(values.name).toEqual(state.text("Digital 2027"));
    const saved = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "cohort.form",
        private_metadata: open.args.view.private_metadata,
        values: { ...values, minSessions: state.number("6") },
      },
    );
    expect(saved.body).toBe("");
    await app.slack.waitFor("chat.postMessage", (c) => c.args.text === "Cohort *Digital 2027* updated.");
    expect((await app.tandem.services.cohorts.list())[0]!.minSessions).toBe(6);
  });

  it("asks which cohort when several are open, and explains unknown names", async () => {
    await createCohort("Leaders 2027", { options: state.checkboxes([]) });
    const choice = await reply("UAPP", "apply");
    expect(choice.text).toBe(en.apply.choose);
    expect(choice.blocks!.filter((b: any) => b.accessory?.action_id === "application.apply")).toHaveLength(2);
    expect((await reply("UAPP", "apply nothing")).text).toBe(
      'I can\'t find a cohort called "nothing". Cohorts: «Leaders 2027», «Digital 2027».',
    );
    expect((await reply("UCOORD", "applicants")).text).toContain("Which cohort? «Leaders 2027», «Digital 2027»");
  });

  it("closes a cohort early and reopens it by extending", async () => {
    expect((await reply("UCOORD", "cohort close leaders")).text).toBe("Applications to *Leaders 2027* are closed.");
    const refused = await reply("UAPP", "apply leaders");
    expect(refused.text).toBe("Applications to *Leaders 2027* closed on November 23, 2026.");
    expect((await reply("UCOORD", "cohort extend leaders 2026-12-31")).text).toBe(
      "Applications to *Leaders 2027* are open until December 31, 2026.",
    );
    expect((await reply("UCOORD", "cohort extend leaders")).text).toBe(
      "Give the new closing date, for example `/mentoring cohort extend Leaders 2027 2026-12-20`.",
    );
  });

  it("reminds a silent sponsor once after three working days, then flags it to the coordinator", async () => {
    const digital = (await app.tandem.services.cohorts.list()).find((c) => c.name === "Digital 2027")!;
    const id = await applyTo("UAPP", digital.id, "UBOSS");
    expect(lastDm("UBOSS")!.text).toBe("Priya applied to *Digital 2027* and named you as their sponsor.");
    // Monday 09:00 → Thursday 09:00 in London.
    app.clock.set("2026-11-26T08:59:00Z");
    await app.runJobs();
    expect(lastDm("UBOSS")!.text).not.toContain("Reminder");
    app.clock.set("2026-11-26T09:00:00Z");
    await app.runJobs();
    expect(lastDm("UBOSS")!.text).toBe("Reminder: Priya is still waiting for your sponsorship for *Digital 2027*.");
    app.clock.advanceDays(5);
    await app.runJobs();
    const reminders = app.slack.messages.filter((m) => m.channel === "DUBOSS" && String(m.text).startsWith("Reminder"));
    expect(reminders).toHaveLength(1);

    const list = await reply("UCOORD", "applicants digital");
    const line = list.blocks!.find((b: any) => b.text?.text?.includes("<@UAPP>"));
    expect(line.text.text).toContain("⚠️ no answer from <@UBOSS> (reminded on November 26, 2026)");
    expect(line.accessory.action_id).toBe("applicants.override");

    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UCOORD" },
      { action_id: "applicants.override", value: id },
      { response_url: responseUrl },
    );
    const refreshed = await app.slack.waitFor(
      "response_url",
      (c) => c.args.url === new URL(responseUrl).pathname && c.args.replace_original === true,
    );
    expect(JSON.stringify(refreshed.args.blocks)).toContain("Sponsored");
    await app.runJobs();
    expect(lastDm("UAPP")!.text).toBe("The coordinators accepted your application to Digital 2027.");
    // Someone who is not a coordinator cannot do the same.
    const otherUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UAPP" },
      { action_id: "applicants.override", value: id },
      { response_url: otherUrl },
    );
    expect(
      (await app.slack.waitFor("response_url", (c) => c.args.url === new URL(otherUrl).pathname)).args.text,
    ).toContain("is for the people who coordinate the programme");
  });

  it("shows the application and the open cohorts on the Home tab", async () => {
    const since = Date.now();
    await app.requests.event({ type: "app_home_opened", user: "UAPP", tab: "home", channel: "DUAPP" });
    const home = await app.slack.waitFor("views.publish", (c) => c.args.user_id === "UAPP" && c.at >= since);
    const text = JSON.stringify(home.args.view.blocks);
    expect(text).toContain("*Digital 2027* · Sponsored");
    expect(text).toContain("Accepted by the coordinators");
    expect(text).toContain(en.home.openCohorts);
    const apply = home.args.view.blocks.find((b: any) => b.accessory?.action_id === "application.apply");
    expect(apply.text.text).toContain("Leaders 2027");
  });

  it("closes the window on its date and tells the coordinator how many are ready", async () => {
    app.clock.set("2026-12-15T00:30:00Z");
    await app.runJobs();
    await app.runJobs();
    const digital = (await app.tandem.services.cohorts.list()).find((c) => c.name === "Digital 2027")!;
    expect(digital.status).toBe("closed");
    expect(lastDm("UCOORD")!.text).toBe(
      "Applications to Digital 2027 have closed: 1 ready for matching and 0 still waiting for their sponsor. Review them with `/mentoring applicants Digital 2027`.",
    );
    expect((await reply("UAPP", "apply digital")).text).toBe(
      "Applications to *Digital 2027* closed on December 14, 2026.",
    );
  });

  it("asks for a channel when none is picked for the call", async () => {
    const leaders = (await app.tandem.services.cohorts.list()).find((c) => c.name === "Leaders 2027")!;
    const response = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "announce.channel",
        private_metadata: JSON.stringify({ cohortId: leaders.id }),
        values: { channel: { value: { type: "conversations_select", selected_conversation: null } } },
      },
    );
    expect(response.json()).toEqual({ response_action: "errors", errors: { channel: en.announce.pickRequired } });
  });

  it("pages a long list of applicants", async () => {
    const leaders = (await app.tandem.services.cohorts.list()).find((c) => c.name === "Leaders 2027")!;
    for (let i = 0; i < 17; i++) {
      const person = await app.tandem.services.people.identify(
        { platform: "slack", workspaceId: app.slack.teamId, userId: `UP${i}` },
        async () => ({ displayName: `Person ${String(i).padStart(2, "0")}` }),
      );
      await app.tandem.services.applications.begin(person, leaders);
    }
    const first = await reply("UCOORD", "applicants leaders");
    expect(JSON.stringify(first.blocks)).toContain("Page 1 of 2");
    const next = first
      .blocks!.flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "applicants.page:1");
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UCOORD" },
      { action_id: next.action_id, value: next.value },
      { response_url: responseUrl },
    );
    const second = await app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
    expect(second.args.replace_original).toBe(true);
    const people = second.args.blocks.filter((b: any) => /<@UP\d+>/.test(b.text?.text ?? ""));
    expect(people).toHaveLength(2);
    expect(JSON.stringify(second.args.blocks)).toContain("Page 2 of 2");
  });
});
