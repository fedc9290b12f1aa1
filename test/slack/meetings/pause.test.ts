import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../../support/app";
import { madridSantiagoPair } from "../../support/builders";

/**
 * Pausing a pair through Slack, as Teams does it: a bare `pause` opens the form offering two weeks
 * from today, a bad or past day is refused under the field, then the partner is told; `pause resume`
 * turns reminders back on; anything else gets the usage line.
 */
describe("pausing a pair (Slack)", () => {
  let app: TestApp;
  let cohort: Cohort;
  const santiago = () => DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" });
  const reply = async (user: string, text: string) =>
    app.requests.replyTo(await app.requests.command({ id: user }, text));
  const submit = (view: any, until: string | null) =>
    app.requests.viewSubmission(
      { id: "UJORGE" },
      {
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        values: { until: { value: { type: "datepicker", selected_date: until } } },
      },
    );

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "ULUCIA", real_name: "Lucía", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UJORGE", real_name: "Jorge", locale: "en-US", tz: "America/Santiago" });
    ({ cohort } = await madridSantiagoPair(app.tandem.services, app.slack.teamId, app.clock.now(), "Digital"));
    await app.runJobs();
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 12 }).toJSDate());
  });
  afterAll(() => app.stop());

  let form: any;
  it("opens the form on a bare `pause`, offering two weeks from today in the reader's zone", async () => {
    const since = Date.now();
    await app.requests.command({ id: "UJORGE" }, "pause");
    form = (await app.slack.waitFor("views.open", (c) => c.at >= since)).args.view;
    expect(form.callback_id).toBe("form:pause");
    expect(form.blocks[0].element.initial_date).toBe(santiago().plus({ days: 14 }).toISODate());
  });

  it("refuses a missing or past day under the field, and pauses on a good one, telling Lucía", async () => {
    expect((await submit(form, null)).json()).toEqual({
      response_action: "errors",
      errors: { until: "That is not a date (use the date picker)." },
    });
    expect((await submit(form, santiago().minus({ days: 1 }).toISODate())).json()).toEqual({
      response_action: "errors",
      errors: { until: "That date and time has already passed; pick one in the future." },
    });
    const since = Date.now();
    const sent = await submit(form, santiago().plus({ days: 10 }).toISODate());
    expect(sent.status).toBe(200);
    const told = await app.slack.waitFor("chat.postMessage", (c) => c.at >= since && c.args.channel === "UJORGE");
    expect(told.args.text).toMatch(/^⏸️ Reminders paused until .+\. Lucía has been told\.$/);
    await app.runJobs();
    await app.slack.waitFor("chat.postMessage", (c) => String(c.args.text).startsWith("⏸️ Jorge"));
  });

  it("resumes with `pause resume`, and answers other words with the usage line", async () => {
    expect((await reply("UJORGE", "pause resume")).text).toBe("▶️ Reminders are back on. Lucía has been told.");
    expect((await reply("UJORGE", "pause tomorrow")).text).toBe(
      "Usage: `/mentoring pause YYYY-MM-DD` (until that day) or `/mentoring pause resume`.",
    );
  });
});
