import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/app";
import { state } from "../../support/slack-requests";

describe("preferences (settings modal)", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: "ULUIS", real_name: "Luis", locale: "en-GB", tz: "Europe/London" });
  });
  afterAll(() => app.stop());

  it("opens from /mentoring settings with what is in use now", async () => {
    await app.requests.command({ id: "ULUIS" }, "settings");
    const open = await app.slack.waitFor("views.open");
    const view = open.args.view;
    expect(view.callback_id).toBe("settings");
    expect(JSON.stringify(view)).toContain('"initial_value":"Europe/London"');
    expect(open.args.trigger_id).toMatch(/^trigger-/);
  });

  it("puts a clear message next to a wrong time zone and saves nothing", async () => {
    const response = await app.requests.viewSubmission(
      { id: "ULUIS" },
      {
        callback_id: "settings",
        values: { settings_language: state.select("es"), settings_time_zone: state.text("Madrid") },
      },
    );
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      response_action: "errors",
      errors: {
        settings_time_zone:
          'I don\'t recognise "Madrid" as a time zone. Use the Region/City form, for example Europe/London.',
      },
    });
    const person = await app.tandem.services.people.find({
      platform: "slack",
      workspaceId: app.slack.teamId,
      userId: "ULUIS",
    });
    expect(person).toMatchObject({ locale: "en", timeZone: "Europe/London" });
  });

  it("saves language and zone, answers in the new language and refreshes the Home tab", async () => {
    const response = await app.requests.viewSubmission(
      { id: "ULUIS" },
      {
        callback_id: "settings",
        values: { settings_language: state.select("es"), settings_time_zone: state.text("America/Santiago") },
      },
    );
    expect(response.status).toBe(200);
    expect(response.body).toBe("");
    const saved = await app.slack.waitFor("chat.postMessage", (c) => c.args.channel === "ULUIS");
    expect(saved.args.text).toBe("Listo: te hablaré en Español y te mostraré las horas en America/Santiago.");
    const home = await app.slack.waitFor("views.publish", (c) => c.args.user_id === "ULUIS");
    expect(JSON.stringify(home.args.view)).toContain("elegida por ti");
  });

  it("keeps a chosen language when Slack's profile says otherwise", async () => {
    const person = await app.tandem.services.people.find({
      platform: "slack",
      workspaceId: app.slack.teamId,
      userId: "ULUIS",
    });
    // A day later the profile is fetched again: the person's own choice still wins.
    app.clock.advanceDays(2);
    const sent = await app.requests.command({ id: "ULUIS" }, "help");
    const reply = await app.requests.replyTo(sent);
    expect(JSON.stringify(reply.blocks)).toContain("Tandem · ayuda");
    expect(person?.timeZoneChosen).toBe(true);
  });
});

describe("language and time zone commands", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: "UMARIA", real_name: "María", locale: "en-US", tz: "America/New_York" });
  });
  afterAll(() => app.stop());

  it("switches to Spanish with `language es`", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UMARIA" }, "idioma es"));
    expect(reply.text).toBe("Listo, desde ahora te hablo en español.");
  });

  it("explains the choices for an unknown language", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UMARIA" }, "language fr"));
    expect(reply.text).toContain(
      "Puedo hablarte en `es` (español de España), `es-419` (español de Latinoamérica) o `en` (inglés)",
    );
  });

  it("shows, refuses and sets a time zone", async () => {
    const current = await app.requests.replyTo(await app.requests.command({ id: "UMARIA" }, "timezone"));
    expect(current.text).toContain("Tu zona horaria es America/New_York (ahora son las 4:00");
    const wrong = await app.requests.replyTo(await app.requests.command({ id: "UMARIA" }, "timezone Santiago"));
    expect(wrong.text).toContain("No reconozco «Santiago» como zona horaria");
    const set = await app.requests.replyTo(await app.requests.command({ id: "UMARIA" }, "timezone America/Santiago"));
    expect(set.text).toBe("Listo: tu zona horaria es America/Santiago (ahora son las 6:00).");
  });
});
