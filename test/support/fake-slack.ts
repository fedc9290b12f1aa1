import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { describeProblem, slackCallProblems, type SlackProblem } from "./block-kit-rules";
import { reportFakeProblems } from "./fake-problems";

/** A call the bot made to the Slack Web API (or to a response_url). */
export interface SlackCall {
  method: string;
  args: Record<string, any>;
  token?: string;
  at: number;
}

export interface FakeUser {
  id: string;
  name?: string;
  real_name?: string;
  display_name?: string;
  tz?: string;
  locale?: string;
}

interface PostedMessage {
  ts: string;
  channel: string;
  text?: string;
  blocks?: unknown;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

interface RateLimit {
  limit: number;
  windowMs: number;
  retryAfterSeconds: number;
  hits: number[];
}

// Form fields Slack's WebClient sends as JSON strings.
const JSON_FIELDS = new Set(["blocks", "attachments", "view", "metadata", "unfurl_links", "files"]);

/**
 * A stand-in for slack.com/api on loopback: it records every call, answers like Slack for the
 * methods Tandem uses, can enforce a rate limit (429 + Retry-After), and keeps DM history so that
 * delivery reconciliation (conversations.history with metadata) works as it does against Slack.
 */
export class FakeSlack {
  readonly calls: SlackCall[] = [];
  readonly users = new Map<string, FakeUser>();
  readonly messages: PostedMessage[] = [];
  readonly uploads: {
    id: string;
    filename: string;
    content: Buffer;
    channel?: string;
    title?: string;
    comment?: string;
  }[] = [];
  teamId = "T0TANDEM";
  botUserId = "UBOT";
  private server: Server | undefined;
  private tsCounter = 0;
  private readonly limits = new Map<string, RateLimit>();
  private readonly failures = new Map<string, { status: number; error?: string; times: number }>();
  private readonly waiters: { test: (call: SlackCall) => boolean; resolve: (call: SlackCall) => void }[] = [];
  /** Milliseconds to wait before answering each Web API call (to simulate a slow Slack). */
  latencyMs = 0;
  baseUrl = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    this.server.keepAliveTimeout = 1_000;
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The base URL to give Tandem as SLACK_API_URL. */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A response_url for one slash command or interaction; what is posted there is recorded as method "response_url". */
  responseUrl(id = `r${this.calls.length}-${Math.random().toString(36).slice(2, 8)}`): string {
    return `${this.baseUrl}/response/${id}`;
  }

  addUser(user: FakeUser): this {
    this.users.set(user.id, user);
    return this;
  }

  /** Answers 429 with Retry-After once `limit` calls of `method` were made within `windowMs`. */
  rateLimit(method: string, limit: number, windowMs = 1_000, retryAfterSeconds = 1): void {
    this.limits.set(method, { limit, windowMs, retryAfterSeconds, hits: [] });
  }

  /** Makes the next `times` calls of `method` fail with an HTTP status (or, with 200, a Slack error). */
  failNext(method: string, status: number, times = 1, error = "internal_error"): void {
    this.failures.set(method, { status, error, times });
  }

  callsTo(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with the first call still to come (none already made) that passes the test. */
  waitForNext(method: string, test: (call: SlackCall) => boolean = () => true, timeoutMs = 5_000): Promise<SlackCall> {
    const madeBefore = new Set(this.calls);
    return this.waitFor(method, (call) => !madeBefore.has(call) && test(call), timeoutMs);
  }

  /** Resolves with the first call (already made or still to come) that passes the test. */
  waitFor(method: string, test: (call: SlackCall) => boolean = () => true, timeoutMs = 5_000): Promise<SlackCall> {
    const seen = this.calls.find((call) => call.method === method && test(call));
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const index = this.waiters.indexOf(waiter);
        if (index >= 0) this.waiters.splice(index, 1);
        const made = this.calls.map((c) => c.method).join(", ") || "none";
        reject(new Error(`Slack never received ${method} within ${timeoutMs} ms (calls made: ${made})`));
      }, timeoutMs);
      const waiter = {
        test: (call: SlackCall) => call.method === method && test(call),
        resolve: (call: SlackCall) => {
          clearTimeout(timer);
          resolve(call);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Forgets calls, messages, injected failures and rate limits (users stay). */
  reset(): void {
    this.calls.length = 0;
    this.messages.length = 0;
    this.failures.clear();
    this.limits.clear();
    this.latencyMs = 0;
  }

  private record(call: SlackCall): void {
    this.calls.push(call);
    for (const waiter of [...this.waiters]) {
      if (waiter.test(call)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(call);
      }
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.baseUrl);
    const body = await readBody(req);
    if (url.pathname.startsWith("/response/")) {
      const posted = parseBody(req, body);
      const refused = this.check("response_url", posted);
      this.record({ method: "response_url", args: { ...posted, url: url.pathname }, at: Date.now() });
      // Like an incoming webhook, a response_url answers a payload it refuses with a bare 400.
      if (refused.length > 0) {
        res.statusCode = 400;
        return void res.end("invalid_blocks");
      }
      return send(res, 200, { ok: true });
    }
    if (url.pathname.startsWith("/upload/")) {
      const id = url.pathname.split("/")[2]!;
      const upload = this.uploads.find((u) => u.id === id);
      if (upload) upload.content = await uploadedBytes(req.headers["content-type"], body);
      return send(res, 200, { ok: true });
    }
    if (!url.pathname.startsWith("/api/")) return send(res, 404, { ok: false, error: "unknown_path" });
    const method = url.pathname.slice("/api/".length);
    const args = parseBody(req, body);
    const auth = req.headers.authorization;
    const token = auth?.startsWith("Bearer ") ? auth.slice(7) : (args.token as string | undefined);
    if (this.latencyMs > 0) await new Promise((r) => setTimeout(r, this.latencyMs));

    const limit = this.limits.get(method);
    if (limit) {
      const now = Date.now();
      limit.hits = limit.hits.filter((t) => now - t < limit.windowMs);
      if (limit.hits.length >= limit.limit) {
        this.record({ method: `${method}:rate_limited`, args, token, at: now });
        res.setHeader("Retry-After", String(limit.retryAfterSeconds));
        return send(res, 429, { ok: false, error: "ratelimited" });
      }
      limit.hits.push(now);
    }
    const failure = this.failures.get(method);
    if (failure && failure.times > 0) {
      failure.times--;
      this.record({ method: `${method}:failed`, args, token, at: Date.now() });
      return send(res, failure.status, { ok: false, error: failure.error });
    }

    const refused = this.check(method, args);
    this.record({ method, args, token, at: Date.now() });
    if (refused.length > 0) return send(res, 200, slackError(method, refused));
    return send(res, 200, this.answer(method, args));
  }

  /**
   * As strict as Slack: a payload it would refuse or show wrongly fails the test that sent it
   * (test/setup.ts); returns the problems for which Slack answers an error instead of showing it.
   */
  private check(method: string, args: Record<string, any>): SlackProblem[] {
    const problems = slackCallProblems(method, args);
    reportFakeProblems(
      problems.map((problem) => `Slack would not show this as meant: ${method} ${describeProblem(problem)}`),
    );
    return problems.filter((problem) => problem.refused);
  }

  private nextTs(): string {
    this.tsCounter++;
    return `${Math.floor(Date.now() / 1000)}.${String(this.tsCounter).padStart(6, "0")}`;
  }

  private answer(method: string, args: Record<string, any>): Record<string, unknown> {
    switch (method) {
      case "auth.test":
        return {
          ok: true,
          url: "https://tandem-test.slack.com/",
          team: "Tandem Test",
          user: "tandem",
          team_id: this.teamId,
          user_id: this.botUserId,
          bot_id: "BTANDEM",
        };
      case "users.info": {
        const user = this.users.get(String(args.user));
        if (!user) return { ok: false, error: "user_not_found" };
        return {
          ok: true,
          user: {
            id: user.id,
            team_id: this.teamId,
            name: user.name ?? user.id.toLowerCase(),
            real_name: user.real_name ?? user.name ?? user.id,
            tz: user.tz ?? "Europe/Madrid",
            locale: args.include_locale ? (user.locale ?? "en-US") : undefined,
            profile: { display_name: user.display_name ?? "", real_name: user.real_name ?? user.name ?? user.id },
          },
        };
      }
      case "conversations.open": {
        const users = String(args.users ?? "")
          .split(",")
          .filter(Boolean)
          .sort();
        const id = users.length === 1 ? `D${users[0]}` : `G${users.join("")}`.slice(0, 40);
        return { ok: true, channel: { id } };
      }
      case "chat.postMessage": {
        const channel = String(args.channel);
        const ts = this.nextTs();
        const resolved = channel.startsWith("U") || channel.startsWith("W") ? `D${channel}` : channel;
        this.messages.push({ ts, channel: resolved, text: args.text, blocks: args.blocks, metadata: args.metadata });
        return { ok: true, channel: resolved, ts, message: { text: args.text, ts } };
      }
      case "chat.postEphemeral":
        return { ok: true, message_ts: this.nextTs() };
      case "chat.update":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "chat.delete":
        return { ok: true, channel: args.channel, ts: args.ts };
      case "conversations.history": {
        const oldest = Number(args.oldest ?? 0);
        const messages = this.messages
          .filter((m) => m.channel === args.channel && Number(m.ts) >= oldest)
          .reverse()
          .map((m) => ({
            type: "message",
            ts: m.ts,
            text: m.text,
            ...(args.include_all_metadata ? { metadata: m.metadata } : {}),
          }));
        return { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } };
      }
      case "views.open":
      case "views.push":
      case "views.update":
        return { ok: true, view: { id: `V${this.calls.length}`, ...(typeof args.view === "object" ? args.view : {}) } };
      case "views.publish":
        return { ok: true, view: { id: `VHOME${args.user_id}` } };
      case "files.getUploadURLExternal": {
        const id = `F${this.uploads.length + 1}`;
        this.uploads.push({ id, filename: String(args.filename), content: Buffer.alloc(0) });
        return { ok: true, upload_url: `${this.baseUrl}/upload/${id}`, file_id: id };
      }
      case "files.completeUploadExternal": {
        const files = (typeof args.files === "string" ? JSON.parse(args.files) : args.files) as {
          id: string;
          title?: string;
        }[];
        for (const file of files) {
          const upload = this.uploads.find((u) => u.id === file.id);
          if (upload) {
            upload.channel = args.channel_id;
            upload.title = file.title;
            upload.comment = args.initial_comment;
          }
        }
        return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case "apps.connections.open":
        return { ok: true, url: this.socketUrl ?? "ws://127.0.0.1:1/" };
      default:
        return { ok: true };
    }
  }

  /** Socket Mode: the WebSocket URL apps.connections.open hands out. */
  socketUrl: string | undefined;
}

/** Slack's error answer: invalid_blocks for messages, invalid_arguments for views, with its pointers. */
function slackError(method: string, refused: SlackProblem[]): Record<string, unknown> {
  const pointer = (path: string) =>
    `/${path
      .replace(/\[(\d+)\]/g, ".$1")
      .split(".")
      .join("/")}`;
  const messages = refused.map((problem) => `[ERROR] ${problem.rule} [json-pointer:${pointer(problem.path)}]`);
  if (method.startsWith("views.")) return { ok: false, error: "invalid_arguments", response_metadata: { messages } };
  if (refused.every((problem) => problem.path === "text")) return { ok: false, error: "no_text" };
  return {
    ok: false,
    error: "invalid_blocks",
    errors: refused.map((problem) => problem.rule),
    response_metadata: { messages },
  };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function parseBody(req: IncomingMessage, body: Buffer): Record<string, any> {
  const text = body.toString("utf8");
  if (text === "") return {};
  const type = req.headers["content-type"] ?? "";
  if (type.includes("application/json")) return JSON.parse(text) as Record<string, any>;
  const args: Record<string, any> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    if (JSON_FIELDS.has(key)) {
      try {
        args[key] = JSON.parse(value);
        continue;
      } catch {
        // keep the raw string
      }
    }
    args[key] = value;
  }
  return args;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}

/** What Slack stores for an upload: the raw body, or the file part when the client sends a form. */
async function uploadedBytes(contentType: string | undefined, body: Buffer): Promise<Buffer> {
  if (!contentType?.startsWith("multipart/form-data")) return body;
  const form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  for (const value of form.values()) {
    if (typeof value !== "string") return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}
