import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Services } from "../../src/services";
import { startTestApp, type TestApp } from "../support/app";
import { openCohortFor } from "../support/builders";
import { FakeBotAuth } from "../support/fake-bot-auth";
import type { TeamsUser } from "../support/fake-teams";
import { takeConsoleErrors } from "../setup";

/**
 * Issue 15, items 1, 2 and 8: the attacks once tried against /api/messages, replayed. Each is
 * refused, and the database and every fake are as they were.
 */

/** What an attack could change: people (and their roles and conversation references), cohorts, jobs, audit. */
async function snapshot(services: Services): Promise<string> {
  const { db } = services;
  const [people, cohorts, jobs, audit] = await Promise.all([
    db.person.findMany({
      orderBy: { id: "asc" },
      select: { id: true, platform: true, userId: true, isCoordinator: true, conversationRef: true },
    }),
    db.cohort.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.job.count(),
    db.auditEntry.count(),
  ]);
  return JSON.stringify({ people, cohorts, jobs, audit });
}

/** A server standing for the attacker's: it records every request that reaches it. */
async function attackerServer(): Promise<{ url: string; hits: string[]; stop: () => Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end("{}");
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    hits,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

describe("the anonymous local mode (TEAMS_ALLOW_ANONYMOUS=true, for Agents Playground)", () => {
  let app: TestApp;
  let attacker: Awaited<ReturnType<typeof attackerServer>>;
  // The Slack coordinator's member id, written unprefixed as the README once showed.
  const forger: TeamsUser = { id: "29:forger", name: "Forger", aadObjectId: "UCOORD" };

  beforeAll(async () => {
    attacker = await attackerServer();
  });
  afterAll(async () => {
    await attacker.stop();
  });
  beforeEach(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    const carmen = await app.tandem.services.people.identify({
      platform: "slack",
      workspaceId: "T1",
      userId: "UCOORD",
    });
    await openCohortFor(app.tandem.services, carmen, "Digital 2027", app.clock.now());
  });
  afterEach(async () => {
    await app.stop();
  });

  it("never makes a Teams user a coordinator because their id matches an unprefixed (Slack) coordinator id", async () => {
    const { services } = app.tandem;
    for (const command of ["applicants", "cohort status", "audit", "cohort close Digital 2027", "export", "report"]) {
      const replies = await app.activities.repliesTo(app.activities.message(forger, command));
      expect(JSON.stringify(replies), command).toMatch(/is for the people who coordinate the programme/);
    }
    const admin = await app.activities.repliesTo(app.activities.message(forger, "admin add <at>Forger</at>"));
    expect(JSON.stringify(admin)).toMatch(/is for the people who coordinate the programme|coordinat/i);
    const [cohort] = await services.db.cohort.findMany();
    expect(cohort?.status).toBe("open");
    const teamsPeople = await services.db.person.findMany({ where: { platform: "teams" } });
    expect(teamsPeople.every((p) => !p.isCoordinator)).toBe(true);
    expect(await services.db.auditEntry.count()).toBe(0);
  });

  it("refuses a serviceUrl off this machine (403): nothing is stored and nothing is sent there", async () => {
    const before = await snapshot(app.tandem.services);
    for (const serviceUrl of [
      attacker.url.replace("127.0.0.1", "attacker.example"),
      "https://smba.trafficmanager.net.evil.example/",
      "file:///etc/passwd",
    ]) {
      const response = await app.activities.post(app.activities.message(forger, "help", { serviceUrl }));
      expect(response.status, serviceUrl).toBe(403);
    }
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
    expect(app.teams.sent).toHaveLength(0);
  });

  it("refuses a sender without an Entra object id instead of keying them by the channel's id", async () => {
    const before = await snapshot(app.tandem.services);
    const response = await app.activities.post(
      app.activities.message({ id: "UCOORD", name: "No object id" }, "applicants"),
    );
    expect(response.status).toBe(403);
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
    expect(app.teams.sent).toHaveLength(0);
  });

  it("answers Microsoft Teams only: another channel gets 403", async () => {
    const before = await snapshot(app.tandem.services);
    for (const channelId of ["webchat", "emulator", "directline", "slack"]) {
      const response = await app.activities.post(app.activities.message(forger, "help", { channelId }));
      expect(response.status, channelId).toBe(403);
    }
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
    expect(app.teams.sent).toHaveLength(0);
  });

  it("never hands replies back in the HTTP response (deliveryMode expectReplies)", async () => {
    const before = await snapshot(app.tandem.services);
    const response = await app.activities.post(
      app.activities.message(forger, "help", { deliveryMode: "expectReplies" }),
    );
    expect(response.status).toBe(403);
    expect(response.body).not.toContain("AdaptiveCard");
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
  });

  it("answers malformed activities with 400, never 500, and stores nothing", async () => {
    const before = await snapshot(app.tandem.services);
    const valid = app.activities.message(forger, "help");
    const bodies: (Record<string, unknown> | string)[] = [
      "this is not json",
      "[1,2,3]",
      "{}",
      { type: "message", text: "applicants", from: { aadObjectId: "UCOORD" }, serviceUrl: "http://attacker/" },
      { ...valid, from: undefined },
      { ...valid, from: { aadObjectId: "UCOORD" } },
      { ...valid, conversation: "a string" },
      { ...valid, type: 42 },
      { ...valid, serviceUrl: undefined },
      { ...valid, text: "x".repeat(30_000) },
    ];
    for (const body of bodies) {
      const response = await app.activities.post(body);
      expect(response.status, JSON.stringify(body).slice(0, 120)).toBe(400);
      expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/);
    }
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
    expect(app.teams.sent).toHaveLength(0);
  });

  it("uploads an accepted file only to OneDrive/SharePoint (or, locally, the connector that asked), never elsewhere", async () => {
    const person: TeamsUser = { id: "29:ana", name: "Ana", aadObjectId: "aad-ana" };
    const offer = await app.activities.repliesTo(app.activities.message(person, "mydata"));
    const consent = offer
      .flatMap((a) => a.attachments ?? [])
      .find((a: { contentType: string }) => a.contentType === "application/vnd.microsoft.teams.card.file.consent");
    expect(consent).toBeDefined();
    for (const uploadUrl of [
      `${attacker.url}steal/data.json`,
      "https://evil.example/upload",
      "http://contoso-my.sharepoint.com/upload",
    ]) {
      const accept = app.activities.fileConsent(person, "accept", consent);
      const replies = await app.activities.repliesTo({
        ...accept,
        value: { ...accept.value, uploadInfo: { ...accept.value.uploadInfo, uploadUrl } },
      });
      expect(JSON.stringify(replies), uploadUrl).toContain("could not");
    }
    expect(attacker.hits).toEqual([]);
    expect(app.teams.uploads.size).toBe(0);
    // The same consent with the upload URL the (local) connector gave goes through.
    const genuine = await app.activities.repliesTo(app.activities.fileConsent(person, "accept", consent));
    expect(JSON.stringify(genuine)).toContain("application/vnd.microsoft.teams.card.file.info");
    expect(app.teams.uploads.size).toBe(1);
  });
});

describe("tenants served", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: { TEAMS_ALLOWED_TENANTS: "tenant-1" } });
  });
  afterAll(async () => {
    await app.stop();
  });

  it("refuses activities from another tenant with 403 and changes nothing; its own tenant is served", async () => {
    const stranger: TeamsUser = { id: "29:stranger", name: "Stranger", aadObjectId: "aad-stranger" };
    const before = await snapshot(app.tandem.services);
    const other = app.activities.message(stranger, "help", {
      conversation: { id: "a:personal-stranger", conversationType: "personal", tenantId: "tenant-2" },
      channelData: { tenant: { id: "tenant-2" } },
    });
    expect((await app.activities.post(other)).status).toBe(403);
    const noTenant = app.activities.message(stranger, "help", {
      conversation: { id: "a:personal-stranger", conversationType: "personal" },
      channelData: {},
    });
    expect((await app.activities.post(noTenant)).status).toBe(403);
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
    expect(app.teams.sent).toHaveLength(0);
    const replies = await app.activities.repliesTo(app.activities.message(stranger, "help"));
    expect(JSON.stringify(replies)).toContain("Tandem · help");
  });
});

describe("a real bot (MICROSOFT_APP_ID set): every activity's token is verified", () => {
  let app: TestApp;
  let auth: FakeBotAuth;
  const appId = "11111111-2222-3333-4444-555555555555";
  const user: TeamsUser = { id: "29:ana", name: "Ana", aadObjectId: "aad-ana" };
  const teamsServiceUrl = "https://smba.trafficmanager.net/emea/";

  beforeAll(async () => {
    auth = await new FakeBotAuth().start();
    app = await startTestApp({
      env: {
        TEAMS_ALLOW_ANONYMOUS: "false",
        MICROSOFT_APP_ID: appId,
        MICROSOFT_APP_PASSWORD: "not-a-real-secret",
        MICROSOFT_APP_TENANT_ID: "tenant-1",
        MICROSOFT_BOT_OPENID_METADATA: auth.metadataUrl,
        TANDEM_COORDINATORS: "teams:aad-ana",
      },
    });
  });
  afterAll(async () => {
    await app.stop();
    await auth.stop();
  });

  it("refuses an activity without a token, or with a token Teams did not sign (401), storing nothing", async () => {
    const before = await snapshot(app.tandem.services);
    const activity = app.activities.message(user, "applicants", { serviceUrl: teamsServiceUrl });
    expect((await app.activities.post(activity)).status).toBe(401);
    expect(
      (await app.activities.post(activity, { authorization: `Bearer ${auth.forgedToken(appId, teamsServiceUrl)}` }))
        .status,
    ).toBe(401);
    // botbuilder prints the keys it tried when a signature does not verify; nothing else may be printed.
    expect(
      takeConsoleErrors().every(
        (line) => line.includes("Error finding key for token") || line.includes("invalid signature"),
      ),
    ).toBe(true);
    expect(
      (await app.activities.post(activity, { authorization: `Bearer ${auth.token("another-bot", teamsServiceUrl)}` }))
        .status,
    ).toBe(401);
    // A genuine token for another serviceUrl cannot be replayed with the attacker's.
    const redirected = app.activities.message(user, "applicants", { serviceUrl: "https://attacker.example/" });
    expect(
      (await app.activities.post(redirected, { authorization: `Bearer ${auth.token(appId, teamsServiceUrl)}` })).status,
    ).toBe(401);
    expect(await snapshot(app.tandem.services)).toBe(before);
  });

  it("refuses a genuinely signed activity from another tenant, or naming a serviceUrl off Teams' hosts (403)", async () => {
    const before = await snapshot(app.tandem.services);
    const otherTenant = app.activities.message(user, "help", {
      serviceUrl: teamsServiceUrl,
      conversation: { id: "a:personal-ana", conversationType: "personal", tenantId: "tenant-2" },
      channelData: { tenant: { id: "tenant-2" } },
    });
    expect(
      (await app.activities.post(otherTenant, { authorization: `Bearer ${auth.token(appId, teamsServiceUrl)}` }))
        .status,
    ).toBe(403);
    // Even signed, a loopback (or any non-Teams) serviceUrl is not where a real bot replies.
    const local = app.activities.message(user, "help");
    expect(
      (await app.activities.post(local, { authorization: `Bearer ${auth.token(appId, local.serviceUrl)}` })).status,
    ).toBe(403);
    await settle();
    expect(await snapshot(app.tandem.services)).toBe(before);
    expect(app.teams.sent).toHaveLength(0);
  });
});
