import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { reportFakeProblems } from "./fake-problems";
import { TEAMS_MESSAGE_LIMIT, teamsActivityProblems } from "./teams-card-rules";

/** An activity the bot sent to the connector (a reply or a proactive message). */
export interface SentActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, any>;
}

export interface TeamsUser {
  id: string;
  aadObjectId?: string;
  name: string;
}

/**
 * A stand-in for the Bot Framework connector: activities posted to Tandem's /api/messages carry a
 * serviceUrl pointing here, so every reply and proactive message the bot sends lands in `sent`.
 */
export class FakeTeamsConnector {
  readonly sent: SentActivity[] = [];
  readonly members = new Map<string, TeamsUser>();
  /** Who the bot opened a 1:1 chat with (POST v3/conversations). */
  readonly created: string[] = [];
  /** Files the bot put at an upload URL this connector handed out (as Teams does, in OneDrive), by name. */
  readonly uploads = new Map<string, { content: Buffer; contentRange: string | undefined }>();
  private server: Server | undefined;
  private readonly waiters: { test: (a: SentActivity) => boolean; resolve: (a: SentActivity) => void }[] = [];
  private failures = 0;
  private failureStatus = 500;
  serviceUrl = "";

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
    });
    this.server.listen(0, "127.0.0.1");
    await once(this.server, "listening");
    this.serviceUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }

  /** The next `times` sends (or chats opened) fail with `status`. */
  failNext(times: number, status = 500): void {
    this.failures = times;
    this.failureStatus = status;
  }

  waitFor(test: (a: SentActivity) => boolean = () => true, timeoutMs = 5_000): Promise<SentActivity> {
    const seen = this.sent.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(`the connector received no matching activity within ${timeoutMs} ms (${this.sent.length} sent)`),
          ),
        timeoutMs,
      );
      this.waiters.push({
        test,
        resolve: (a) => {
          clearTimeout(timer);
          resolve(a);
        },
      });
    });
  }

  /** What Teams puts in a fileConsent/invoke when the person allows a file: where to put it. */
  uploadInfo(name: string) {
    const id = randomUUID();
    return {
      name,
      uploadUrl: `${this.serviceUrl}upload/${id}/${encodeURIComponent(name)}`,
      contentUrl: `https://contoso-my.sharepoint.com/personal/files/${encodeURIComponent(name)}`,
      uniqueId: id,
      fileType: name.split(".").pop(),
    };
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", this.serviceUrl);
    const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
    // upload/{id}/{name}: the upload session Teams opens in the person's OneDrive
    if (req.method === "PUT" && parts[0] === "upload" && parts[2]) {
      const range = req.headers["content-range"];
      this.uploads.set(parts[2], {
        content: Buffer.concat(chunks),
        contentRange: typeof range === "string" ? range : undefined,
      });
      return json(res, 201, { id: parts[1], name: parts[2], size: Buffer.concat(chunks).length });
    }
    // v3/conversations/{id}/members/{memberId}
    if (
      req.method === "GET" &&
      parts[0] === "v3" &&
      parts[1] === "conversations" &&
      parts[3] === "members" &&
      parts[4]
    ) {
      const member = this.members.get(parts[4]);
      if (!member) return json(res, 404, { error: { code: "MemberNotFoundInConversation", message: "not found" } });
      const signIn = `${member.name
        .normalize("NFD")
        .replace(/[^A-Za-z]/g, "")
        .toLowerCase()}@contoso.example`;
      return json(res, 200, {
        id: member.id,
        name: member.name,
        aadObjectId: member.aadObjectId,
        userPrincipalName: signIn,
      });
    }
    // v3/conversations: the bot opens a 1:1 chat with someone (from a channel, say)
    if (req.method === "POST" && parts[0] === "v3" && parts[1] === "conversations" && parts.length === 2) {
      if (this.failures > 0) {
        this.failures--;
        return json(res, this.failureStatus, { error: { code: "Forbidden", message: "failing on purpose" } });
      }
      const body = JSON.parse(text || "{}") as { members?: { id: string }[] };
      const member = body.members?.[0]?.id ?? "unknown";
      this.created.push(member);
      return json(res, 200, { id: `a:personal-${member}`, serviceUrl: this.serviceUrl });
    }
    // v3/conversations/{id}/activities[/{replyToId}]
    if (req.method === "POST" && parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities") {
      if (this.failures > 0) {
        this.failures--;
        return json(res, this.failureStatus, { error: { code: "ServiceError", message: "failing on purpose" } });
      }
      const sent: SentActivity = { conversationId: parts[2]!, replyToId: parts[4], activity: JSON.parse(text || "{}") };
      // As strict as Teams: a card it would refuse or show wrongly fails the test that sent it.
      reportFakeProblems(
        teamsActivityProblems(sent.activity).map((problem) => `Teams would not show this as meant: ${problem}`),
      );
      if (Buffer.byteLength(text, "utf8") > TEAMS_MESSAGE_LIMIT)
        return json(res, 413, { error: { code: "MessageSizeTooBig", message: "Message size too big" } });
      this.sent.push(sent);
      for (const waiter of [...this.waiters]) {
        if (waiter.test(sent)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(sent);
        }
      }
      return json(res, 200, { id: `activity-${randomUUID()}` });
    }
    return json(res, 404, { error: { code: "NotFound", message: `${req.method} ${url.pathname}` } });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify(body));
}

/** Builds Bot Framework activities as Teams (or Agents Playground) sends them. */
export class TeamsActivities {
  constructor(
    private readonly appUrl: string,
    private readonly connector: FakeTeamsConnector,
    readonly tenantId = "tenant-1",
  ) {}

  base(user: TeamsUser, extra: Record<string, unknown> = {}) {
    return {
      channelId: "msteams",
      serviceUrl: this.connector.serviceUrl,
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
      recipient: { id: "28:tandem-bot", name: "Tandem" },
      conversation: { id: `a:personal-${user.id}`, conversationType: "personal", tenantId: this.tenantId },
      channelData: { tenant: { id: this.tenantId } },
      ...extra,
    };
  }

  message(user: TeamsUser, text: string, extra: Record<string, unknown> = {}) {
    return { ...this.base(user, extra), type: "message", text, locale: "en-US", ...extra };
  }

  /** A card's Action.Submit: a message activity whose value holds the inputs. */
  submit(user: TeamsUser, value: Record<string, unknown>, extra: Record<string, unknown> = {}) {
    return { ...this.base(user, extra), type: "message", value, locale: "en-US", ...extra };
  }

  /** A message in a team channel, mentioning the bot (as Teams requires there). */
  channelMessage(user: TeamsUser, text: string, extra: Record<string, unknown> = {}) {
    return {
      ...this.message(user, `<at>Tandem</at> ${text}`, {
        conversation: {
          id: "19:general@thread.tacv2",
          conversationType: "channel",
          tenantId: this.tenantId,
          isGroup: true,
        },
        channelData: {
          tenant: { id: this.tenantId },
          team: { id: "19:team@thread.tacv2", name: "People" },
          channel: { id: "19:general@thread.tacv2", name: "General" },
        },
        entities: [{ type: "mention", mentioned: { id: "28:tandem-bot", name: "Tandem" }, text: "<at>Tandem</at>" }],
        ...extra,
      }),
    };
  }

  /** The person's answer to a file consent card: an invoke carrying the card's context (and, on accept, where to upload). */
  fileConsent(
    user: TeamsUser,
    action: "accept" | "decline",
    consent: { name: string; content: { acceptContext: unknown } },
    extra: Record<string, unknown> = {},
  ) {
    return {
      ...this.base(user, extra),
      type: "invoke",
      name: "fileConsent/invoke",
      locale: "en-US",
      value: {
        type: "fileUpload",
        action,
        context: consent.content.acceptContext,
        ...(action === "accept" ? { uploadInfo: this.connector.uploadInfo(consent.name) } : {}),
      },
      ...extra,
    };
  }

  installed(user: TeamsUser, extra: Record<string, unknown> = {}) {
    return {
      ...this.base(user, extra),
      type: "conversationUpdate",
      membersAdded: [{ id: "28:tandem-bot" }],
      ...extra,
    };
  }

  /** Posts an activity (or, as a string, any body at all) to /api/messages. */
  async post(
    activity: Record<string, unknown> | string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: string }> {
    const response = await fetch(`${this.appUrl}/api/messages`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: typeof activity === "string" ? activity : JSON.stringify(activity),
    });
    return { status: response.status, body: await response.text() };
  }

  /** Posts an activity as Teams would and returns every reply the bot sent to it, in order. */
  async repliesTo(activity: Record<string, any>): Promise<Record<string, any>[]> {
    const response = await this.post(activity);
    if (response.status !== 200) throw new Error(`/api/messages answered ${response.status}: ${response.body}`);
    await this.connector.waitFor((a) => a.replyToId === activity.id);
    return this.connector.sent.filter((a) => a.replyToId === activity.id).map((a) => a.activity);
  }
}
