import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/app";

describe("App Home", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({
      id: "UANA",
      real_name: "Ana Pérez",
      display_name: "Ana",
      locale: "es-CL",
      tz: "America/Santiago",
    });
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen Ruiz", locale: "en-US", tz: "Europe/Madrid" });
  });
  afterAll(() => app.stop());

  it("publishes a dashboard in the person's language and time zone when they open the tab", async () => {
    const sent = await app.requests.event({ type: "app_home_opened", user: "UANA", channel: "DANA", tab: "home" });
    expect(sent.status).toBe(200);
    const publish = await app.slack.waitFor("views.publish", (c) => c.args.user_id === "UANA");
    const home = JSON.stringify(publish.args.view);
    expect(publish.args.view.type).toBe("home");
    expect(home).toContain("Hola, Ana");
    expect(home).toContain("America/Santiago");
    // The fake clock says 09:00 UTC: 06:00 in Santiago in November (summer time, UTC−3).
    expect(home).toContain("ahora son las 6:00");
    expect(home).not.toContain("Coordinación");
  });

  it("shows coordinators their section", async () => {
    await app.requests.event({ type: "app_home_opened", user: "UCOORD", channel: "DCOORD", tab: "home" });
    const publish = await app.slack.waitFor("views.publish", (c) => c.args.user_id === "UCOORD");
    expect(JSON.stringify(publish.args.view)).toContain("Coordination");
  });

  it("handles an event once when Slack retries it (X-Slack-Retry-Num)", async () => {
    app.slack.reset();
    const first = await app.requests.event({ type: "app_home_opened", user: "UANA", channel: "DANA", tab: "home" });
    await app.slack.waitFor("views.publish");
    const retry = await app.requests.event(
      { type: "app_home_opened", user: "UANA", channel: "DANA", tab: "home" },
      { eventId: first.eventId, retryNum: 1 },
    );
    const again = await app.requests.event(
      { type: "app_home_opened", user: "UANA", channel: "DANA", tab: "home" },
      { eventId: first.eventId, retryNum: 2 },
    );
    expect(retry.status).toBe(200);
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.slack.callsTo("views.publish")).toHaveLength(1);
  });

  it("ignores the Messages tab", async () => {
    app.slack.reset();
    await app.requests.event({ type: "app_home_opened", user: "UANA", channel: "DANA", tab: "messages" });
    await new Promise((r) => setTimeout(r, 300));
    expect(app.slack.callsTo("views.publish")).toHaveLength(0);
  });
});

describe("copies of one Slack request", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: "UDUP", real_name: "Dup", locale: "en-US" });
  });
  afterAll(() => app.stop());

  it("handle a button click once, even when it arrives twice", async () => {
    const click = { action_id: "settings.open", value: "x" };
    const payload = { trigger_id: "trigger-same-click" };
    const first = await app.requests.blockAction({ id: "UDUP" }, click, payload);
    const second = await app.requests.blockAction({ id: "UDUP" }, click, payload);
    expect([first.status, second.status]).toEqual([200, 200]);
    await app.slack.waitFor("views.open");
    await new Promise((r) => setTimeout(r, 300));
    expect(app.slack.callsTo("views.open")).toHaveLength(1);
  });

  it("answer a slash command once, even when it arrives twice", async () => {
    const form = new URLSearchParams({
      team_id: app.slack.teamId,
      user_id: "UDUP",
      command: "/mentoring",
      text: "help",
      response_url: app.slack.responseUrl("dup-command"),
      trigger_id: "trigger-same-command",
      api_app_id: "A0TANDEM",
      channel_id: "C1",
    }).toString();
    await app.requests.post(form, "application/x-www-form-urlencoded");
    await app.requests.post(form, "application/x-www-form-urlencoded");
    await app.slack.waitFor("response_url", (c) => c.args.url === "/response/dup-command");
    await new Promise((r) => setTimeout(r, 300));
    expect(app.slack.callsTo("response_url").filter((c) => c.args.url === "/response/dup-command")).toHaveLength(1);
  });
});
