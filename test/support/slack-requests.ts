import { createHmac, randomUUID } from "node:crypto";
import { ackProblems, describeProblem } from "./block-kit-rules";
import { reportFakeProblems } from "./fake-problems";
import type { FakeSlack } from "./fake-slack";

export const TEST_SIGNING_SECRET = "test-signing-secret-0123456789abcdef";

export interface SlackUserRef {
  id: string;
  teamId?: string;
}

export interface SentRequest {
  status: number;
  body: string;
  json: () => any;
  elapsedMs: number;
}

/** Signs a body exactly as Slack does: v0=HMAC-SHA256(secret, "v0:<timestamp>:<body>"). */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SignOptions {
  /** Seconds since the epoch to put in X-Slack-Request-Timestamp (default: now). */
  timestamp?: number;
  secret?: string;
  retryNum?: number;
}

/**
 * Talks to a running Tandem the way Slack does: signed HTTP requests to /slack/events, with
 * response_url and Web API calls pointing at the fake Slack.
 */
export class SlackRequests {
  constructor(
    private readonly appUrl: string,
    private readonly slack: FakeSlack,
    private readonly secret = TEST_SIGNING_SECRET,
  ) {}

  async post(body: string, contentType: string, options: SignOptions = {}): Promise<SentRequest> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(options.secret ?? this.secret, timestamp, body),
    };
    if (options.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(options.retryNum);
      headers["x-slack-retry-reason"] = "http_timeout";
    }
    const started = performance.now();
    const response = await fetch(`${this.appUrl}/slack/events`, { method: "POST", headers, body });
    const text = await response.text();
    reportAckProblems(response.headers.get("content-type"), text);
    return {
      status: response.status,
      body: text,
      json: () => JSON.parse(text),
      elapsedMs: performance.now() - started,
    };
  }

  /** `/mentoring <text>` from a user; returns the HTTP answer and the response_url it carried. */
  async command(user: SlackUserRef, text: string, options: SignOptions & { channelId?: string } = {}) {
    const responseUrl = this.slack.responseUrl();
    const form = new URLSearchParams({
      token: "legacy-verification-token",
      team_id: user.teamId ?? this.slack.teamId,
      team_domain: "tandem-test",
      channel_id: options.channelId ?? "C0GENERAL",
      channel_name: "general",
      user_id: user.id,
      user_name: user.id.toLowerCase(),
      command: "/mentoring",
      text,
      api_app_id: "A0TANDEM",
      is_enterprise_install: "false",
      response_url: responseUrl,
      trigger_id: `trigger-${randomUUID()}`,
    });
    const response = await this.post(form.toString(), "application/x-www-form-urlencoded", options);
    return { response, responseUrl, responsePath: new URL(responseUrl).pathname };
  }

  /** The reply posted to a command's response_url (what the user sees, ephemeral or not). */
  async replyTo(command: { responsePath: string }, timeoutMs = 5_000) {
    const call = await this.slack.waitFor("response_url", (c) => c.args.url === command.responsePath, timeoutMs);
    return call.args as { text?: string; blocks?: any[]; response_type?: string };
  }

  async interaction(payload: Record<string, unknown>, options: SignOptions = {}): Promise<SentRequest> {
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.post(form.toString(), "application/x-www-form-urlencoded", options);
  }

  /** A click on a button (block_actions), from a message, the Home tab or a modal. */
  async blockAction(
    user: SlackUserRef,
    action: {
      action_id: string;
      value?: string;
      block_id?: string;
      type?: string;
      selected_option?: unknown;
      selected_user?: string;
    },
    extra: Record<string, unknown> = {},
  ): Promise<SentRequest> {
    return this.interaction({
      type: "block_actions",
      team: { id: user.teamId ?? this.slack.teamId, domain: "tandem-test" },
      user: { id: user.id, username: user.id.toLowerCase(), team_id: user.teamId ?? this.slack.teamId },
      api_app_id: "A0TANDEM",
      token: "legacy-verification-token",
      trigger_id: `trigger-${randomUUID()}`,
      response_url: this.slack.responseUrl(),
      container: { type: "message" },
      actions: [{ type: "button", block_id: "b", action_ts: String(Date.now() / 1000), ...action }],
      ...extra,
    });
  }

  /** Submitting a modal: `values` is block_id → the element state, as Slack sends it. */
  async viewSubmission(
    user: SlackUserRef,
    view: {
      callback_id: string;
      private_metadata?: string;
      values: Record<string, Record<string, unknown>>;
      id?: string;
    },
  ): Promise<SentRequest> {
    return this.interaction({
      type: "view_submission",
      team: { id: user.teamId ?? this.slack.teamId, domain: "tandem-test" },
      user: { id: user.id, username: user.id.toLowerCase(), team_id: user.teamId ?? this.slack.teamId },
      api_app_id: "A0TANDEM",
      token: "legacy-verification-token",
      trigger_id: `trigger-${randomUUID()}`,
      view: {
        id: view.id ?? `V${randomUUID().slice(0, 8)}`,
        team_id: user.teamId ?? this.slack.teamId,
        type: "modal",
        callback_id: view.callback_id,
        private_metadata: view.private_metadata ?? "",
        state: { values: view.values },
        hash: "hash",
        title: { type: "plain_text", text: "x" },
        blocks: [],
      },
    });
  }

  /** An Events API callback (event_callback) with its event id. */
  async event(
    event: Record<string, unknown>,
    options: SignOptions & { eventId?: string } = {},
  ): Promise<SentRequest & { eventId: string }> {
    const eventId = options.eventId ?? `Ev${randomUUID().replace(/-/g, "").slice(0, 10).toUpperCase()}`;
    const body = JSON.stringify({
      token: "legacy-verification-token",
      team_id: this.slack.teamId,
      api_app_id: "A0TANDEM",
      event: { event_ts: String(Date.now() / 1000), ...event },
      type: "event_callback",
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        { team_id: this.slack.teamId, user_id: this.slack.botUserId, is_bot: true, is_enterprise_install: false },
      ],
    });
    const response = await this.post(body, "application/json", options);
    return { ...response, eventId };
  }
}

/**
 * The app's HTTP answer to an interaction or command is a payload Slack shows too (a view to
 * update or push, errors under inputs, a message): as strict as the Web API calls.
 */
export function reportAckProblems(contentType: string | null, text: string): void {
  if (!contentType?.includes("application/json") || text === "") return;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return;
  }
  reportFakeProblems(
    ackProblems(body).map((problem) => `Slack would not show this as meant: ack ${describeProblem(problem)}`),
  );
}

/** Element state helpers for view submissions. */
export const state = {
  text: (value: string | null) => ({ value: { type: "plain_text_input", value } }),
  select: (value: string | null) => ({
    value: {
      type: "static_select",
      selected_option: value === null ? null : { value, text: { type: "plain_text", text: value } },
    },
  }),
  user: (id: string | null) => ({ value: { type: "users_select", selected_user: id } }),
  date: (value: string | null) => ({ value: { type: "datepicker", selected_date: value } }),
  checkboxes: (values: string[]) => ({
    value: {
      type: "checkboxes",
      selected_options: values.map((v) => ({ value: v, text: { type: "plain_text", text: v } })),
    },
  }),
  multiSelect: (values: string[]) => ({
    value: {
      type: "multi_static_select",
      selected_options: values.map((v) => ({ value: v, text: { type: "plain_text", text: v } })),
    },
  }),
  number: (value: string | null) => ({ value: { type: "number_input", value } }),
  radio: (value: string | null) => ({
    value: {
      type: "radio_buttons",
      selected_option: value === null ? null : { value, text: { type: "plain_text", text: value } },
    },
  }),
  time: (value: string | null) => ({ value: { type: "timepicker", selected_time: value } }),
  url: (value: string | null) => ({ value: { type: "url_text_input", value } }),
};
