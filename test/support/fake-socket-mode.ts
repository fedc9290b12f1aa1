import { randomUUID } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { WebSocketServer, type WebSocket } from "ws";
import { ackProblems, describeProblem } from "./block-kit-rules";
import { reportFakeProblems } from "./fake-problems";

/**
 * Slack's Socket Mode end on loopback: apps.connections.open (on the fake Web API) hands out this
 * server's URL; it greets the app with "hello", pushes envelopes and collects the app's acks.
 */
export class FakeSocketModeServer {
  private server: WebSocketServer | undefined;
  private socket: WebSocket | undefined;
  readonly acks = new Map<string, Record<string, unknown>>();
  private connected: Promise<void> = Promise.resolve();
  url = "";

  async start(): Promise<this> {
    this.server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await once(this.server, "listening");
    this.url = `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
    this.connected = new Promise((resolve) => {
      this.server!.on("connection", (socket) => {
        this.socket = socket;
        socket.on("message", (data) => {
          const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
          if (message.envelope_id) this.acks.set(message.envelope_id, message);
          // An ack's payload is shown by Slack as an HTTP answer would be.
          reportFakeProblems(
            ackProblems(message.payload).map(
              (problem) => `Slack would not show this as meant: ack ${describeProblem(problem)}`,
            ),
          );
        });
        socket.send(
          JSON.stringify({
            type: "hello",
            num_connections: 1,
            debug_info: { host: "fake" },
            connection_info: { app_id: "A0TANDEM" },
          }),
        );
        resolve();
      });
    });
    return this;
  }

  whenConnected(): Promise<void> {
    return this.connected;
  }

  /** Pushes one envelope (slash_commands, interactive, events_api) and returns its id. */
  push(type: string, payload: Record<string, unknown>): string {
    const envelopeId = randomUUID();
    this.socket!.send(
      JSON.stringify({
        envelope_id: envelopeId,
        type,
        payload,
        accepts_response_payload: type !== "events_api",
        retry_attempt: 0,
        retry_reason: "",
      }),
    );
    return envelopeId;
  }

  async stop(): Promise<void> {
    for (const client of this.server?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
