import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/app";

const blocksText = (reply: { blocks?: any[]; text?: string }) =>
  JSON.stringify(reply.blocks ?? []) + (reply.text ?? "");

describe("/mentoring help", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({ id: "UANA", real_name: "Ana Pérez", locale: "es-ES", tz: "America/Santiago" });
    app.slack.addUser({ id: "ULUIS", real_name: "Luis Brown", locale: "en-GB", tz: "Europe/London" });
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen Ruiz", locale: "en-US", tz: "Europe/Madrid" });
  });
  afterAll(() => app.stop());

  it("acks at once and sends the help, ephemeral, to the response_url", async () => {
    const sent = await app.requests.command({ id: "ULUIS" }, "help");
    expect(sent.response.status).toBe(200);
    expect(sent.response.elapsedMs).toBeLessThan(3_000);
    const reply = await app.requests.replyTo(sent);
    expect(reply.response_type).toBe("ephemeral");
    const text = blocksText(reply);
    expect(text).toContain("/mentoring help");
    expect(text).toContain("/mentoring language es|es-419|en");
    expect(text).not.toContain("/mentoring admin");
  });

  it("speaks Spanish to someone whose Slack locale is es-ES", async () => {
    const sent = await app.requests.command({ id: "UANA" }, "ayuda");
    const text = blocksText(await app.requests.replyTo(sent));
    expect(text).toContain("Tandem · ayuda");
    expect(text).toContain("Cambia el idioma en que te hablo");
    expect(app.slack.callsTo("users.info").some((c) => c.args.user === "UANA" && c.args.include_locale)).toBe(true);
  });

  it("shows coordinators their own commands", async () => {
    const sent = await app.requests.command({ id: "UCOORD" }, "");
    const text = blocksText(await app.requests.replyTo(sent));
    expect(text).toContain("For coordinators");
    expect(text).toContain("/mentoring admin add|remove|list");
  });

  it("answers an unknown sub-command with help and the nearest command", async () => {
    const sent = await app.requests.command({ id: "ULUIS" }, "hepl me");
    const reply = await app.requests.replyTo(sent);
    expect(reply.text).toContain("I don't know the command `hepl`");
    expect(blocksText(reply)).toContain("Did you mean `/mentoring help`?");
  });

  it("refuses a coordinator command to a participant, plainly", async () => {
    const sent = await app.requests.command({ id: "ULUIS" }, "admin list");
    const reply = await app.requests.replyTo(sent);
    expect(reply.text).toContain("`/mentoring admin` is for the people who coordinate the programme");
  });

  it("caches the Slack profile instead of calling users.info on every command", async () => {
    const before = app.slack.callsTo("users.info").filter((c) => c.args.user === "ULUIS").length;
    await app.requests.replyTo(await app.requests.command({ id: "ULUIS" }, "help"));
    await app.requests.replyTo(await app.requests.command({ id: "ULUIS" }, "help"));
    expect(app.slack.callsTo("users.info").filter((c) => c.args.user === "ULUIS").length).toBe(before);
  });
});

describe("requests that are not from Slack", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    app.slack.reset();
  });
  afterAll(() => app.stop());

  it("refuses a bad signature with 401 and does nothing", async () => {
    const sent = await app.requests.command({ id: "ULUIS" }, "help", { secret: "not-the-signing-secret" });
    expect(sent.response.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.slack.calls).toEqual([]);
  });

  it("refuses a request signed more than five minutes ago", async () => {
    const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
    const sent = await app.requests.command({ id: "ULUIS" }, "help", { timestamp: sixMinutesAgo });
    expect(sent.response.status).toBe(401);
    await new Promise((r) => setTimeout(r, 300));
    expect(app.slack.calls).toEqual([]);
  });
});
