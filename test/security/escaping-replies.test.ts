import {
  SLACK_LIVE,
  TEAMS_LIVE,
  expectSlackTextsEscaped,
  expectTeamsEscaped,
  slackTexts,
  teamsTexts,
} from "../support/hostile-text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson, openCohortFor } from "../support/builders";
import type { SlackCall } from "../support/fake-slack";
import type { TeamsUser } from "../support/fake-teams";
import { installTeamsUser, teamsApplicant } from "../support/teams-builders";
import { button, cardOf, confirmedButton } from "../support/teams-cards";

/** The payload, exactly 80 characters: a whole cohort name. */
const PAYLOAD = "<https://evil.example/login|Tandem: confirm your pair here> <!channel> <@UCOORD>";
/** The same trick in Teams markdown. */
const TEAMS_PAYLOAD = "[Confirm your pair](https://evil.example) **urgent**";

const expectSlackEscaped = expectSlackTextsEscaped;

describe("text replies that name a cohort or a person show what was typed, not markup", () => {
  let app: TestApp;
  let hostile: Cohort;
  // Tere coordinates in Teams, Carmen (UCARMEN) in Slack; every participant's name carries the payloads.
  const tere: TeamsUser = { id: "29:tere", aadObjectId: "aad-tere", name: "Tere" };
  const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: `Lucía ${TEAMS_PAYLOAD} ${PAYLOAD}` };
  const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: `Jorge ${PAYLOAD}` };
  const marta: TeamsUser = { id: "29:marta", aadObjectId: "aad-marta", name: "Marta" };
  const nuria: TeamsUser = { id: "29:nuria", aadObjectId: "aad-nuria", name: `Nuria ${PAYLOAD} ${TEAMS_PAYLOAD}` };
  const say = (user: TeamsUser, text: string, extra: Record<string, unknown> = {}) =>
    app.activities.repliesTo(app.activities.message(user, text, extra));
  const press = (user: TeamsUser, data: Record<string, unknown>) =>
    app.activities.repliesTo(app.activities.submit(user, data));
  const mentioning = (user: TeamsUser, shown: string) => ({
    entities: [{ type: "mention", mentioned: { id: user.id, name: shown }, text: `<at>${shown}</at>` }],
  });
  /** A Slack command's reply and every Web API call it made (files included). */
  async function slash(user: string, text: string): Promise<string[]> {
    const since = app.slack.calls.length;
    const reply = await app.requests.replyTo(await app.requests.command({ id: user }, text));
    const calls = app.slack.calls.slice(since).filter((c: SlackCall) => c.method !== "response_url");
    return [...slackTexts(reply), ...calls.flatMap((c) => slackTexts(c.args))];
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCARMEN,teams:aad-tere" } });
    const { services } = app.tandem;
    app.slack.addUser({ id: "UCARMEN", real_name: "Carmen", locale: "en-GB", tz: "Europe/Madrid" });
    const carmen = await createSlackPerson(services, "UCARMEN", { name: "Carmen" });
    hostile = await openCohortFor(services, carmen, PAYLOAD, app.clock.now());
    await openCohortFor(services, carmen, `${TEAMS_PAYLOAD} <!channel>`, app.clock.now());
    await installTeamsUser(app, tere, { locale: "en-US", timeZone: "Europe/Madrid" });
    const luciaPerson = await installTeamsUser(app, lucia, { locale: "en-US", timeZone: "Europe/Madrid" });
    const jorgePerson = await installTeamsUser(app, jorge, { locale: "en-US", timeZone: "Europe/Madrid" });
    const martaPerson = await installTeamsUser(app, marta, { locale: "en-US", timeZone: "Europe/Madrid" });
    await installTeamsUser(app, nuria, { locale: "en-US", timeZone: "Europe/Madrid" });
    for (const user of [jorge, nuria]) app.teams.members.set(user.id, user);
    await teamsApplicant(
      app,
      hostile,
      luciaPerson,
      "mentor",
      { "generative-ai": 5 },
      ["e-government"],
      "Technology",
      "Europe/Madrid",
    );
    await teamsApplicant(
      app,
      hostile,
      jorgePerson,
      "mentee",
      { "generative-ai": 1 },
      ["generative-ai"],
      "Finance",
      "Europe/Madrid",
    );
    await teamsApplicant(
      app,
      hostile,
      martaPerson,
      "mentee",
      { "generative-ai": 1 },
      ["generative-ai"],
      "Legal",
      "Europe/Madrid",
    );
  });
  afterAll(() => app.stop());

  it("Teams: a withdrawal names the cohort to the applicant", async () => {
    const [status] = await say(marta, "status");
    expectTeamsEscaped(await press(marta, button(cardOf(status!)!, "Withdraw")));
  });

  it("Teams: which cohort? (both named), and a name nobody has", async () => {
    expectTeamsEscaped(await say(tere, "cohort show"));
    expectTeamsEscaped(await say(tere, `cohort show ${PAYLOAD}`));
  });

  it("Slack: which cohort? (both named, and the example to type)", async () => {
    expectSlackEscaped(await slash("UCARMEN", "cohort show"));
  });

  it("Teams: cohort close, apply to it closed, open, extend without a date, announce outside a channel", async () => {
    expectTeamsEscaped(await say(tere, `cohort close ${hostile.slug}`));
    expectTeamsEscaped(await say(jorge, `apply ${hostile.slug}`));
    expectTeamsEscaped(await say(tere, `cohort open ${hostile.slug}`));
    expectTeamsEscaped(await say(tere, `cohort extend ${hostile.slug}`));
    expectTeamsEscaped(await say(tere, `announce ${hostile.slug}`));
  });

  it("Slack: cohort close, open, extend without a date", async () => {
    expectSlackEscaped(await slash("UCARMEN", `cohort close ${hostile.slug}`));
    expectSlackEscaped(await slash("UCARMEN", `cohort open ${hostile.slug}`));
    expectSlackEscaped(await slash("UCARMEN", `cohort extend ${hostile.slug}`));
  });

  it("Teams: match approved names the cohort; matching again says it was approved", async () => {
    const [proposal] = await say(tere, `match ${hostile.slug}`);
    expectTeamsEscaped(await press(tere, confirmedButton(cardOf(proposal!)!, "Approve and introduce")));
    expectTeamsEscaped(await say(tere, `match ${hostile.slug}`));
  });

  it("Slack: matching an approved cohort names it", async () => {
    expectSlackEscaped(await slash("UCARMEN", `match ${hostile.slug}`));
  });

  it("Teams: a pause names the partner", async () => {
    expectTeamsEscaped(await say(jorge, "pause 2099-01-01"));
  });

  it("Teams: a certificate preview names the person and the cohort", async () => {
    expectTeamsEscaped(
      await say(tere, `certificate ${hostile.slug} preview <at>Jorge</at>`, mentioning(jorge, "Jorge")),
    );
  });

  it("Teams: leaving names the cohort", async () => {
    expectTeamsEscaped(
      await press(lucia, { action: "form.submit", form: "leave", cohort: hostile.id, reason: PAYLOAD }),
    );
  });

  it("Teams: the plenary plan's note, export, report and finish name the cohort", async () => {
    expectTeamsEscaped(await say(tere, `plenary ${hostile.slug} plan`));
    expectTeamsEscaped(await say(tere, `export ${hostile.slug}`));
    expectTeamsEscaped(await say(tere, `report ${hostile.slug}`));
    expectTeamsEscaped(await say(tere, `cohort finish ${hostile.slug}`));
  });

  it("Slack: export (the file's comment too), report and finish name the cohort", async () => {
    expectSlackEscaped(await slash("UCARMEN", `export ${hostile.slug}`));
    expectSlackEscaped(await slash("UCARMEN", `report ${hostile.slug}`));
    expectSlackEscaped(await slash("UCARMEN", `cohort finish ${hostile.slug}`));
  });

  it("Teams: admin add and list name the person", async () => {
    expectTeamsEscaped(await say(tere, "admin add <at>Nuria</at>", mentioning(nuria, nuria.name)));
    expectTeamsEscaped(await say(tere, "admin list"));
  });

  it("a time zone nobody has is shown back as typed", async () => {
    expectTeamsEscaped(await say(jorge, `timezone ${PAYLOAD}`));
    expectSlackEscaped(await slash("UCARMEN", `timezone ${PAYLOAD}`));
  });

  it("nothing reached Slack or Teams as live markup, anywhere", () => {
    const slackCalls = app.slack.calls.filter((c) =>
      [
        "chat.postMessage",
        "chat.postEphemeral",
        "chat.update",
        "response_url",
        "files.completeUploadExternal",
      ].includes(c.method),
    );
    for (const live of SLACK_LIVE)
      expect(slackCalls.flatMap((c) => slackTexts(c.args)).filter((t) => live.test(t))).toEqual([]);
    const activities = app.teams.sent.map((a) => a.activity);
    for (const live of TEAMS_LIVE) expect(activities.flatMap(teamsTexts).filter((t) => live.test(t))).toEqual([]);
  });
});
