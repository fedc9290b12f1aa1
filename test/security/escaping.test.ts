import {
  SLACK_LIVE,
  TEAMS_LIVE,
  expectSlackTextsEscaped,
  expectTeamsEscaped,
  slackTexts,
  teamsTexts,
} from "../support/hostile-text";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCohortSettings, type Cohort } from "../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import { starterSkills } from "../../src/domain/skills-catalogue";
import type { Services } from "../../src/services";
import { escapeTeamsMarkdown } from "../../src/platforms/teams/cards/card";
import { translator } from "../../src/i18n";
import { escapeMrkdwn } from "../../src/platforms/slack/views/text";
import { startTestApp, type TestApp } from "../support/app";
import { asCoordinator, createSlackPerson } from "../support/builders";
import type { SentActivity, TeamsUser } from "../support/fake-teams";
import type { SlackCall } from "../support/fake-slack";
import { initialState } from "../support/modal-state";
import { state } from "../support/slack-requests";
import { installTeamsUser } from "../support/teams-builders";
import { button, cardOf, type Card } from "../support/teams-cards";

/** The payload: a disguised link, a channel-wide ping and a mention, in Slack's mrkdwn... */
const SLACK_PAYLOAD = "<https://evil.example/login|Tandem: confirm your pair here> <!channel> <@UCOORD>";
/** ...and the same trick in Teams markdown. */
const TEAMS_PAYLOAD = "[Confirm your pair](https://evil.example) **urgent**";
const PAYLOAD = `${SLACK_PAYLOAD} ${TEAMS_PAYLOAD}`;
/** Cohort names hold 80 characters: the payload's live parts, shorter. */
const SHORT_PAYLOAD = "<!channel> <@UCOORD> [Go](https://evil.example) **u**";

function expectSlackEscaped(calls: SlackCall[]): void {
  expectSlackTextsEscaped(calls.flatMap((c) => slackTexts(c.args)));
}

describe("the escaping functions", () => {
  it("Slack: & < > become entities, nothing else changes", () => {
    expect(escapeMrkdwn(SLACK_PAYLOAD)).toBe(
      "&lt;https://evil.example/login|Tandem: confirm your pair here&gt; &lt;!channel&gt; &lt;@UCOORD&gt;",
    );
    expect(escapeMrkdwn("R&D *bold*")).toBe("R&amp;D *bold*");
  });

  it("Teams: formatting characters are escaped, tags become entities, and the catalogue's markup still converts around them", () => {
    expect(escapeTeamsMarkdown(TEAMS_PAYLOAD)).toBe("\\[Confirm your pair\\](https://evil.example) \\*\\*urgent\\*\\*");
    expect(escapeTeamsMarkdown("<at>Boss</at> # Title\n- item\n1. first")).toBe(
      "&lt;at&gt;Boss&lt;/at&gt; # Title\n\\- item\n1\\. first",
    );
    expect(escapeTeamsMarkdown("R&D &amp;")).toBe("R&D &amp;amp;");
    // The catalogue's **bold** and `code` around an escaped value still become Teams bold; the value's stay literal.
    expect(translator("en", "teams")("cohorts.updated", { name: escapeTeamsMarkdown("*x* `y` ~z~") })).toBe(
      "Cohort **\\*x\\* \\`y\\` \\~z\\~** updated.",
    );
  });
});

describe("what one person typed, shown to another, is escaped for the surface it lands on", () => {
  let app: TestApp;
  let services: Services;
  let cohort: Cohort;
  let sponsorCohort: Cohort;
  let slackPair: PairRecord;
  let teamsPair: PairRecord;
  let luciaSponsored: string;
  // Teams people: a Teams coordinator, a pair, a sponsor. Jorge's display name carries markdown.
  const tere: TeamsUser = { id: "29:tere", aadObjectId: "aad-tere", name: "Tere" };
  const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
  const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: `Jorge ${TEAMS_PAYLOAD}` };
  const marta: TeamsUser = { id: "29:marta", aadObjectId: "aad-marta", name: "Marta" };
  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const sentTo = (user: TeamsUser, since = 0) =>
    app.teams.sent.slice(since).filter((a) => a.conversationId === chatOf(user));
  const slackTo = (user: string, since = 0) =>
    app.slack.calls
      .slice(since)
      .filter((c) => c.method === "chat.postMessage" && (c.args.channel === user || c.args.channel === `D${user}`));
  const say = (user: TeamsUser, text: string) => app.activities.repliesTo(app.activities.message(user, text));
  const press = (user: TeamsUser, data: Record<string, unknown>) =>
    app.activities.repliesTo(app.activities.submit(user, data));

  async function applicant(
    cohortOf: Cohort,
    person: Person,
    role: "mentor" | "mentee",
    sponsor: Person | null = null,
  ): Promise<string> {
    const gate = await services.applications.begin(person, cohortOf);
    if (!gate.ok) throw new Error(gate.reason);
    await services.applications.saveProfile(person, gate.application.id, {
      role,
      jobTitle: PAYLOAD,
      department: PAYLOAD,
      sponsorUserId: undefined,
      linkedinUrl: "",
      strengths: PAYLOAD,
      learnSkills: role === "mentee" ? ["generative-ai"] : ["e-government"],
      areasToDeepen: "",
      firstWish: PAYLOAD,
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
      person,
      gate.application.id,
      Object.fromEntries(
        cohortOf.skills.map((s) => [s.id, s.id === "generative-ai" ? (role === "mentor" ? 5 : 1) : 2]),
      ),
    );
    const sent = await services.applications.submit(person, gate.application.id, sponsor);
    if (!sent.ok) throw new Error(sent.reason);
    return gate.application.id;
  }

  async function newCohort(coordinator: Person, name: string, sponsorRequired: boolean): Promise<Cohort> {
    const created = await services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/Madrid", "en"),
      name,
      objective: PAYLOAD,
      sponsorRequired,
      skills: starterSkills("en"),
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
    if (!opened.ok) throw new Error("not open");
    return opened.cohort;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD,teams:aad-tere" } });
    services = app.tandem.services;
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen", locale: "en-GB", tz: "Europe/Madrid" });
    for (const id of ["UANA", "ULUIS", "UEVA", "USAM"])
      app.slack.addUser({ id, real_name: id.slice(1), locale: "en-GB", tz: "Europe/Madrid" });
    const coordinator = await createSlackPerson(services, "UCOORD", { name: "Carmen" });
    await installTeamsUser(app, tere, { locale: "en-US", timeZone: "Europe/Madrid" });
    cohort = await newCohort(coordinator, `Digital ${SHORT_PAYLOAD}`, false);
    sponsorCohort = await newCohort(coordinator, `Sponsored ${SHORT_PAYLOAD}`, true);

    const ana = await createSlackPerson(services, "UANA", { name: "Ana" });
    const luis = await createSlackPerson(services, "ULUIS", { name: "Luis" });
    const luciaPerson = await installTeamsUser(app, lucia, { locale: "en-US", timeZone: "Europe/Madrid" });
    const jorgePerson = await installTeamsUser(app, jorge, { locale: "en-US", timeZone: "Europe/Madrid" });
    await applicant(cohort, ana, "mentor");
    await applicant(cohort, luis, "mentee");
    await applicant(cohort, luciaPerson, "mentor");
    await applicant(cohort, jorgePerson, "mentee");

    const eva = await createSlackPerson(services, "UEVA", { name: "Eva" });
    const sam = await createSlackPerson(services, "USAM", { name: "Sam" });
    const martaPerson = await installTeamsUser(app, marta, { locale: "en-US", timeZone: "Europe/Madrid" });
    await applicant(sponsorCohort, eva, "mentee", sam);
    luciaSponsored = await applicant(sponsorCohort, luciaPerson, "mentee", martaPerson);
  });
  afterAll(() => app.stop());

  it("a coordinator's applicants list in Teams: names, job titles and departments", async () => {
    const [reply] = await say(tere, `applicants ${sponsorCohort.slug}`);
    expectTeamsEscaped([reply!]);
  });

  it("the sponsor's request: the applicant's answers and the cohort, in Slack and in Teams", async () => {
    const since = app.slack.calls.length;
    const teamsSince = app.teams.sent.length;
    await app.runJobs();
    expectSlackEscaped(slackTo("USAM", since));
    expectTeamsEscaped(sentTo(marta, teamsSince).map((a) => a.activity));
  });

  it("a sponsor's decline reason reaches the applicant as text (Slack sponsor, Teams sponsor)", async () => {
    const request = slackTo("USAM").find((c) => JSON.stringify(c.args.blocks ?? []).includes("sponsor.decline"))!;
    const decline = request.args.blocks
      .flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "sponsor.decline");
    const since = app.slack.calls.length;
    await app.requests.blockAction(
      { id: "USAM" },
      { action_id: "sponsor.decline", value: decline.value },
      { channel: { id: "DUSAM" }, message: { ts: "1.0" } },
    );
    const modal = (
      await app.slack.waitFor(
        "views.open",
        (c) => c.args.view.callback_id === "sponsor.decline" && app.slack.calls.indexOf(c) >= since,
      )
    ).args.view;
    expectSlackEscaped([{ method: "views.open", args: { blocks: modal.blocks }, at: 0 } as SlackCall]);
    const decided = await app.requests.viewSubmission(
      { id: "USAM" },
      {
        callback_id: "sponsor.decline",
        private_metadata: modal.private_metadata,
        values: { reason: state.text(PAYLOAD) },
      },
    );
    expect(decided.status).toBe(200);

    const teamsRequest = sentTo(marta)
      .map((a) => cardOf(a.activity))
      .find((card) => card && JSON.stringify(card).includes("sponsor.decision"))!;
    await press(marta, { ...button(teamsRequest, "Decline"), reason: PAYLOAD });
    expect(await services.db.application.findUnique({ where: { id: luciaSponsored } })).toMatchObject({
      status: "declined",
    });

    const since2 = app.slack.calls.length;
    const teamsSince = app.teams.sent.length;
    await app.runJobs();
    const toEva = slackTo("UEVA", since2);
    expect(toEva.map((c) => c.args.text).join("\n")).toContain("evil.example");
    expectSlackEscaped(toEva);
    const toLucia = sentTo(lucia, teamsSince).map((a) => a.activity);
    expect(JSON.stringify(toLucia)).toContain("evil.example");
    expectTeamsEscaped(toLucia);
    // The applicant's own status shows the reason too.
    expectTeamsEscaped(await say(lucia, "status"));
    expectSlackEscaped([
      {
        method: "response_url",
        args: await app.requests.replyTo(await app.requests.command({ id: "UEVA" }, "status")),
        at: 0,
      } as SlackCall,
    ]);
  });

  it("the introduction: the partner's name, job title, department and the cohort", async () => {
    const coordinator = (await services.people.find({ platform: "slack", workspaceId: "T0TANDEM", userId: "UCOORD" }))!;
    const proposed = await services.pairing.propose(cohort, coordinator);
    if (!proposed.ok) throw new Error(proposed.reason);
    const approved = await services.pairing.approve(proposed.proposal.id, cohort, asCoordinator(coordinator));
    if (!approved.ok) throw new Error(approved.reason);
    const people = await Promise.all(
      approved.pairs.map(async (p) => ({ p, mentor: await services.people.findById(p.mentorPersonId) })),
    );
    slackPair = people.find((x) => x.mentor!.platform === "slack")!.p;
    teamsPair = people.find((x) => x.mentor!.platform === "teams")!.p;
    const since = app.slack.calls.length;
    const teamsSince = app.teams.sent.length;
    await app.runJobs();
    expectSlackEscaped(app.slack.calls.slice(since).filter((c) => c.method === "chat.postMessage"));
    expectTeamsEscaped(sentTo(lucia, teamsSince).map((a) => a.activity));
    expectTeamsEscaped(sentTo(jorge, teamsSince).map((a) => a.activity));
    // A day into the programme, so sessions can be logged.
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ days: 1, hours: 10 }).toJSDate());
  });

  it("goals, action items and topics one partner wrote, as the other sees them in Teams", async () => {
    const fields = Object.fromEntries(
      ["title", "specific", "measurable", "achievable", "relevant", "phase1", "phase2", "phase3"].map((f) => [
        f,
        PAYLOAD.slice(0, 80),
      ]),
    );
    await press(jorge, {
      action: "goals.save",
      pairId: teamsPair.id,
      ...fields,
      timeBound: DateTime.fromJSDate(app.clock.now()).plus({ months: 2 }).toISODate(),
    });
    expectTeamsEscaped(await press(lucia, { action: "goals.open", pairId: teamsPair.id }));

    const [logForm] = await press(jorge, { action: "session.log-open", pairId: teamsPair.id });
    const log = cardOf(logForm!)! as Card;
    const owner = (log.body.find((e) => e.id === "actionItems.0.owner").choices as { value: string }[]).find(
      (c) => c.value === teamsPair.mentorPersonId,
    )!.value;
    const today = DateTime.fromJSDate(app.clock.now(), { zone: "Europe/Madrid" });
    const [saved] = await press(jorge, {
      ...button(log, "Save"),
      date: today.toISODate(),
      duration: "60",
      topics: PAYLOAD,
      privateNotes: PAYLOAD,
      "actionItems.0.text": PAYLOAD,
      "actionItems.0.owner": owner,
      "actionItems.0.dueDate": today.plus({ days: 7 }).toISODate(),
    });
    expect(saved!.text, JSON.stringify(saved).slice(0, 600)).toMatch(/^✅/);
    expectTeamsEscaped(await say(lucia, "actions"));
    // The next session's reminder carries the open item.
    const jorgePerson = (await services.people.findById(teamsPair.menteePersonId))!;
    const luciaPerson = (await services.people.findById(teamsPair.mentorPersonId))!;
    const found = await services.sessions.pairFor(jorgePerson, teamsPair.id);
    if (!found.ok) throw new Error("no pair");
    const slot = services.sessions
      .slots(found.context)
      .find((s) => s.getTime() > app.clock.now().getTime() + 3_600_000)!;
    const proposed = await services.sessions.propose(jorgePerson, teamsPair.id, slot);
    if (!proposed.ok) throw new Error(String(proposed.reason));
    await services.sessions.accept(luciaPerson, proposed.session.id);
    const teamsSince = app.teams.sent.length;
    app.clock.set(new Date(slot.getTime() - 30 * 60_000));
    await app.runJobs();
    const reminders = sentTo(lucia, teamsSince).map((a) => a.activity);
    expect(JSON.stringify(reminders)).toContain("evil.example");
    expectTeamsEscaped(reminders);
  });

  it("action items and topics one partner wrote, as the other sees them in Slack", async () => {
    const since = app.slack.calls.length;
    await app.requests.blockAction(
      { id: "ULUIS" },
      { action_id: "session.log", value: JSON.stringify({ pairId: slackPair.id }) },
      { channel: { id: "DULUIS" } },
    );
    const view = (
      await app.slack.waitFor(
        "views.open",
        (c) => c.args.view.callback_id === "session.log" && app.slack.calls.indexOf(c) >= since,
      )
    ).args.view;
    const today = DateTime.fromJSDate(app.clock.now(), { zone: "Europe/Madrid" });
    const values = {
      ...initialState(view),
      date: state.date(today.minus({ days: 1 }).toISODate()),
      topics: state.text(PAYLOAD),
      privateNotes: state.text(PAYLOAD),
      "actionItems.0.text": state.text(PAYLOAD),
      "actionItems.0.owner": state.select(slackPair.mentorPersonId),
      "actionItems.0.dueDate": state.date(today.plus({ days: 7 }).toISODate()),
    };
    const saved = await app.requests.viewSubmission(
      { id: "ULUIS" },
      { callback_id: "session.log", private_metadata: view.private_metadata, values },
    );
    expect(saved.status).toBe(200);
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UANA" }, "actions"));
    expectSlackEscaped([{ method: "response_url", args: reply, at: 0 } as SlackCall]);
  });

  it("a help request's reason, and the asker's name, reach the coordinator as text", async () => {
    const since = app.slack.calls.length;
    await app.requests.replyTo(await app.requests.command({ id: "ULUIS" }, `support ${PAYLOAD}`));
    await say(jorge, `support ${PAYLOAD}`);
    await app.runJobs();
    const toCoordinator = slackTo("UCOORD", since);
    expect(toCoordinator.length).toBeGreaterThanOrEqual(2);
    expectSlackEscaped(toCoordinator);
    expect(toCoordinator.map((c) => c.args.text).join("\n")).toContain("Jorge");
  });

  it("help's `timezone <Region/City>` shows literally on both", async () => {
    const slackHelp = await app.requests.replyTo(await app.requests.command({ id: "ULUIS" }, "help"));
    const slack = slackTexts(slackHelp).join("\n");
    expect(slack).toContain("timezone &lt;Region/City&gt;");
    expect(slack).not.toContain("<Region/City>");
    const [teamsHelp] = await say(jorge, "help");
    const teams = teamsTexts(teamsHelp!).join("\n");
    expect(teams).toContain("timezone &lt;Region/City&gt;");
    expect(teams).not.toContain("<Region/City>");
    // An unknown command word is echoed as typed.
    expectTeamsEscaped(await say(jorge, `<!channel>${TEAMS_PAYLOAD}`));
  });

  it("a leave reason reaches the partner and the coordinator as text (Slack and Teams)", async () => {
    const since = app.slack.calls.length;
    const teamsSince = app.teams.sent.length;
    await app.requests.command({ id: "ULUIS" }, "leave");
    const modal = (
      await app.slack.waitFor(
        "views.open",
        (c) => c.args.view.callback_id === "form:leave" && app.slack.calls.indexOf(c) >= since,
      )
    ).args.view;
    const left = await app.requests.viewSubmission(
      { id: "ULUIS" },
      {
        callback_id: modal.callback_id,
        private_metadata: modal.private_metadata,
        values: { cohort: state.select(cohort.id), reason: state.text(PAYLOAD) },
      },
    );
    expect(left.status).toBe(200);
    await press(lucia, { action: "form.submit", form: "leave", cohort: cohort.id, reason: PAYLOAD });
    await app.runJobs();
    const toAna = slackTo("UANA", since);
    expect(toAna.map((c) => c.args.text).join("\n")).toContain("evil.example");
    expectSlackEscaped(toAna);
    const toCoordinator = slackTo("UCOORD", since);
    expect(toCoordinator.length).toBeGreaterThanOrEqual(2);
    expectSlackEscaped(toCoordinator);
    const toJorge = sentTo(jorge, teamsSince).map((a) => a.activity);
    expect(JSON.stringify(toJorge)).toContain("evil.example");
    expectTeamsEscaped(toJorge);
  });

  it("nothing reached Slack or Teams as live markup, anywhere", () => {
    const slackCalls = app.slack.calls.filter((c) =>
      [
        "chat.postMessage",
        "chat.update",
        "chat.postEphemeral",
        "views.open",
        "views.push",
        "views.update",
        "views.publish",
        "response_url",
      ].includes(c.method),
    );
    for (const live of SLACK_LIVE)
      expect(slackCalls.flatMap((c) => slackTexts(c.args)).filter((t) => live.test(t))).toEqual([]);
    const activities = app.teams.sent.map((a: SentActivity) => a.activity);
    for (const live of TEAMS_LIVE) expect(activities.flatMap(teamsTexts).filter((t) => live.test(t))).toEqual([]);
  });
});
