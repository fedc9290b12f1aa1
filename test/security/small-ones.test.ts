import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson, openCohortFor } from "../support/builders";
import type { SentRequest } from "../support/slack-requests";

/**
 * Issue 15, item 8: signed Slack payloads Tandem does not expect get a plain 2xx or 4xx answer,
 * never a 500, and change nothing; and a 20,000-letter word is answered as any unknown command.
 */
describe("signed Slack payloads of an unknown shape", () => {
  let app: TestApp;
  let applicationMetadata = "";
  const user = () => ({ id: "UANA", username: "uana", team_id: app.slack.teamId });
  const team = () => ({ id: app.slack.teamId, domain: "tandem-test" });

  /** The whole database, table by table, to show a request left it as it was. */
  async function snapshot(): Promise<Record<string, unknown[]>> {
    const db = app.tandem.services.db;
    return {
      people: await db.person.findMany({ orderBy: { id: "asc" } }),
      cohorts: await db.cohort.findMany({ orderBy: { id: "asc" } }),
      applications: await db.application.findMany({ orderBy: { id: "asc" } }),
      jobs: await db.job.findMany({ orderBy: { id: "asc" } }),
      deliveries: await db.delivery.findMany({ orderBy: { key: "asc" } }),
    };
  }

  /** Slack Web API calls that write (reads such as users.info are harmless). */
  const writes = () =>
    app.slack.calls.filter((c) => /^(chat|views|files|conversations\.open|response_url)/.test(c.method)).length;

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: "UANA", real_name: "Ana", locale: "en-GB", tz: "Europe/Madrid" });
    // Ana is known already, so a refused request is seen to write nothing at all.
    await app.requests.command({ id: "UANA" }, "help");
    await app.settled();
    // And has a draft application, so a malformed submission about it reaches its handler.
    const { services } = app.tandem;
    const ana = await createSlackPerson(services, "UANA", { name: "Ana" });
    const cohort = await openCohortFor(services, ana, "Digital Leaders", app.clock.now());
    const gate = await services.applications.begin(ana, cohort);
    if (!gate.ok) throw new Error(gate.reason);
    applicationMetadata = JSON.stringify({ cohortId: cohort.id, applicationId: gate.application.id });
  });
  afterAll(() => app.stop());

  /** Payloads a handler of Tandem's own answers (odd state inside): it must answer at once, not crash into Bolt's 3 s timeout. */
  const answered = new Set([
    "a submission of one's own application profile without view.state",
    "a submission of one's own skills page whose state values are odd",
    "a settings submission whose state values are not objects",
  ]);

  const cases: [string, () => Promise<SentRequest>][] = [
    [
      "a block action with an action_id Tandem never sent",
      () => app.requests.blockAction({ id: "UANA" }, { action_id: "no.such.action", value: "x" }),
    ],
    [
      "a block action with no actions at all",
      () =>
        app.requests.interaction({
          type: "block_actions",
          team: team(),
          user: user(),
          api_app_id: "A0TANDEM",
          trigger_id: `t-${randomUUID()}`,
          actions: [],
        }),
    ],
    [
      "a view submission with an unknown callback_id",
      () => app.requests.viewSubmission({ id: "UANA" }, { callback_id: "no.such.view", values: {} }),
    ],
    [
      "an application profile submission without view.state",
      () =>
        app.requests.interaction({
          type: "view_submission",
          team: team(),
          user: user(),
          api_app_id: "A0TANDEM",
          trigger_id: `t-${randomUUID()}`,
          view: { id: "VX", type: "modal", callback_id: "application.profile", private_metadata: "{}" },
        }),
    ],
    [
      "a submission of one's own application profile without view.state",
      () =>
        app.requests.interaction({
          type: "view_submission",
          team: team(),
          user: user(),
          api_app_id: "A0TANDEM",
          trigger_id: `t-${randomUUID()}`,
          view: { id: "VX", type: "modal", callback_id: "application.profile", private_metadata: applicationMetadata },
        }),
    ],
    [
      "a submission of one's own skills page whose state values are odd",
      () =>
        app.requests.interaction({
          type: "view_submission",
          team: team(),
          user: user(),
          api_app_id: "A0TANDEM",
          trigger_id: `t-${randomUUID()}`,
          view: {
            id: "VX",
            type: "modal",
            callback_id: "application.skills",
            private_metadata: applicationMetadata,
            state: { values: { "rating:x": { value: { type: "checkboxes", selected_options: "5" } }, y: null } },
          },
        }),
    ],
    [
      "a settings submission whose state values are not objects",
      () =>
        app.requests.interaction({
          type: "view_submission",
          team: team(),
          user: user(),
          api_app_id: "A0TANDEM",
          trigger_id: `t-${randomUUID()}`,
          view: {
            id: "VX",
            type: "modal",
            callback_id: "settings",
            private_metadata: "not json",
            state: { values: { language: null, timeZone: "x" } },
          },
        }),
    ],
    [
      "a closed application modal without view.state",
      () =>
        app.requests.interaction({
          type: "view_closed",
          team: team(),
          user: user(),
          api_app_id: "A0TANDEM",
          view: {
            id: "VX",
            type: "modal",
            callback_id: "application.profile",
            private_metadata: JSON.stringify({ applicationId: "nope" }),
          },
        }),
    ],
    [
      "an event of a type Tandem does not subscribe to",
      () => app.requests.event({ type: "reaction_added", user: "UANA", reaction: "tada" }),
    ],
    [
      "an event callback with no event in it",
      () =>
        app.requests.post(
          JSON.stringify({ type: "event_callback", team_id: app.slack.teamId, event_id: "Ev0NOEVENT" }),
          "application/json",
        ),
    ],
    [
      "a payload field that is not JSON",
      () =>
        app.requests.post(
          new URLSearchParams({ payload: "{not json" }).toString(),
          "application/x-www-form-urlencoded",
        ),
    ],
    ["a JSON body that is not JSON", () => app.requests.post("{not json", "application/json")],
    [
      "an interaction of an unknown type",
      () => app.requests.interaction({ type: "no_such_type", team: team(), user: user() }),
    ],
  ];

  // Sent together: a payload nothing handles waits out Bolt's 3-second acknowledgement window.
  it("answers each of them with 2xx or 4xx, and none changes anything", async () => {
    const before = await snapshot();
    const written = writes();
    const responses = await Promise.all(cases.map(async ([name, send]) => [name, await send()] as const));
    await app.settled();
    for (const [name, response] of responses) {
      expect(response.status, `${name}: ${response.body}`).toBeGreaterThanOrEqual(200);
      expect(response.status, `${name}: ${response.body}`).toBeLessThan(500);
      if (answered.has(name)) expect(response.elapsedMs, name).toBeLessThan(2_000);
    }
    expect(await snapshot()).toEqual(before);
    expect(writes()).toBe(written);
  });

  it("answers a 20,000-letter word as any unknown command, at once", async () => {
    const command = await app.requests.command({ id: "UANA" }, "x".repeat(20_000));
    expect(command.response.status).toBe(200);
    expect(command.response.elapsedMs).toBeLessThan(1_000);
    const reply = await app.requests.replyTo(command);
    expect(JSON.stringify(reply)).toContain("I don't know the command");
    // Shown back cut to a sentence, not as a 20,000-letter message.
    expect(JSON.stringify(reply)).toContain(`${"x".repeat(39)}…`);
    expect(JSON.stringify(reply).length).toBeLessThan(5_000);
  });
});
