import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app";
import { FakeSocketModeServer } from "../support/fake-socket-mode";
import { FakeSlack } from "../support/fake-slack";
import { waitUntil } from "../support/processes";

describe("Slack in Socket Mode (SLACK_APP_TOKEN set)", () => {
  let app: TestApp;
  let socket: FakeSocketModeServer;
  let slack: FakeSlack;

  beforeAll(async () => {
    socket = await new FakeSocketModeServer().start();
    slack = await new FakeSlack().start();
    slack.socketUrl = socket.url;
    slack.addUser({ id: "UANA", real_name: "Ana", locale: "es-ES" });
    app = await startTestApp({
      env: { SLACK_APP_TOKEN: "xapp-1-test-app-token", SLACK_SIGNING_SECRET: "", SLACK_API_URL: slack.apiUrl },
    });
    await socket.whenConnected();
  });
  afterAll(async () => {
    await app.stop();
    await socket.stop();
    await slack.stop();
  });

  it("opens the connection with the app-level token", () => {
    const open = slack.callsTo("apps.connections.open");
    expect(open).toHaveLength(1);
    expect(open[0]!.token).toBe("xapp-1-test-app-token");
  });

  it("acks a slash command over the socket and answers through its response_url", async () => {
    const envelope = socket.push("slash_commands", {
      token: "x",
      team_id: slack.teamId,
      user_id: "UANA",
      command: "/mentoring",
      text: "help",
      response_url: slack.responseUrl("socket-help"),
      trigger_id: "trigger-socket",
      api_app_id: "A0TANDEM",
      channel_id: "C1",
    });
    await waitUntil(() => socket.acks.has(envelope), 5_000, "the envelope's ack");
    const reply = await slack.waitFor("response_url", (c) => c.args.url === "/response/socket-help");
    expect(JSON.stringify(reply.args.blocks)).toContain("Tandem · ayuda");
  });

  it("does not serve signed HTTP requests for Slack at the same time", async () => {
    const response = await fetch(`${app.tandem.url}/slack/events`, { method: "POST", body: "{}" });
    expect(response.status).toBe(404);
  });
});
