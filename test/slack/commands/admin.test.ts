import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/app";

describe("/mentoring admin", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UROOT" } });
    app.slack.addUser({ id: "UROOT", real_name: "Root Coordinator", locale: "en-US" });
    app.slack.addUser({ id: "UNEW", real_name: "Nuria Vidal", display_name: "Nuria", locale: "es-ES" });
    app.slack.addUser({ id: "UPLAIN", real_name: "Pablo", locale: "es-ES" });
  });
  afterAll(() => app.stop());

  it("adds a coordinator, who is told in their own language, once", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UROOT" }, "admin add <@UNEW|nuria>"));
    expect(reply.text).toBe("<@UNEW> now coordinates programmes in Tandem.");
    await app.runJobs();
    await app.runJobs();
    const notices = app.slack.callsTo("chat.postMessage").filter((c) => c.args.channel === "DUNEW");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.args.text).toBe(
      "Root Coordinator te ha dado el rol de coordinación en Tandem. Escribe `/mentoring help` para ver lo que puedes hacer.",
    );
    const help = await app.requests.replyTo(await app.requests.command({ id: "UNEW" }, "help"));
    expect(JSON.stringify(help.blocks)).toContain("Para coordinación");
  });

  it("says so when the person already coordinates", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UROOT" }, "admin add <@UNEW>"));
    expect(reply.text).toBe("<@UNEW> already coordinates programmes in Tandem.");
  });

  it("lists coordinators, marking those configured on the server", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UNEW" }, "admin list"));
    expect(reply.text).toContain("<@UNEW>");
    expect(reply.text).toContain("<@UROOT> (configurado en el servidor)");
  });

  it("cannot remove a coordinator configured in TANDEM_COORDINATORS", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UNEW" }, "admin remove <@UROOT>"));
    expect(reply.text).toContain("figura en TANDEM_COORDINATORS");
  });

  it("removes a coordinator", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UROOT" }, "admin remove <@UNEW>"));
    expect(reply.text).toBe("<@UNEW> no longer coordinates programmes in Tandem.");
    const refused = await app.requests.replyTo(await app.requests.command({ id: "UNEW" }, "admin list"));
    expect(refused.text).toContain("es para quienes coordinan el programa");
  });

  it("asks for a mention when there is none, and explains usage", async () => {
    expect(
      (await app.requests.replyTo(await app.requests.command({ id: "UROOT" }, "admin add nobody"))).text,
    ).toContain("Mention the person");
    expect((await app.requests.replyTo(await app.requests.command({ id: "UROOT" }, "admin promote"))).text).toContain(
      "Usage: `/mentoring admin add @person`",
    );
  });

  it("refuses admin to someone who does not coordinate", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UPLAIN" }, "admin add <@UPLAIN>"));
    expect(reply.text).toContain("`/mentoring admin` es para quienes coordinan el programa");
  });
});
