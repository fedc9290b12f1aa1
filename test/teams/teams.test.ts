import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { notifyJob } from "../../src/domain/jobs";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";

const ana: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };
const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const nuria: TeamsUser = { id: "29:nuria", aadObjectId: "aad-nuria", name: "Nuria Vidal" };

const cardOf = (activity: Record<string, any>) => activity.attachments?.[0]?.content;

describe("Teams", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    app.teams.members.set(nuria.id, nuria);
  });
  afterAll(() => app.stop());

  it("answers 'help' in personal chat with an Adaptive Card of the commands", async () => {
    const activity = app.activities.message(ana, "help");
    const response = await app.activities.post(activity);
    expect(response.status).toBe(200);
    const reply = await app.teams.waitFor((a) => a.replyToId === activity.id);
    expect(reply.conversationId).toBe(activity.conversation.id);
    const card = cardOf(reply.activity);
    expect(reply.activity.attachments[0].contentType).toBe("application/vnd.microsoft.card.adaptive");
    expect(card.version).toBe("1.5");
    expect(JSON.stringify(card)).toContain("Tandem · help");
    expect(JSON.stringify(card)).toContain('"title":"language es|es-419|en"');
    expect(JSON.stringify(card)).not.toContain("admin");
  });

  it("follows the Teams locale: Spanish for es-ES", async () => {
    const activity = app.activities.message(ana, "ayuda", { locale: "es-ES" });
    await app.activities.post(activity);
    const reply = await app.teams.waitFor((a) => a.replyToId === activity.id);
    expect(JSON.stringify(cardOf(reply.activity))).toContain("Tandem · ayuda");
  });

  it("strips the bot's @mention and answers unknown words with help and a suggestion", async () => {
    const activity = app.activities.message(ana, "<at>Tandem</at> setings", {
      locale: "en-US",
      entities: [{ type: "mention", mentioned: { id: "28:tandem-bot", name: "Tandem" }, text: "<at>Tandem</at>" }],
    });
    await app.activities.post(activity);
    const reply = await app.teams.waitFor((a) => a.replyToId === activity.id);
    expect(JSON.stringify(cardOf(reply.activity))).toContain(
      "I don't know the command **setings**. Did you mean **settings**?",
    );
  });

  it("welcomes people when the bot is installed and keeps the conversation reference", async () => {
    const installed = app.activities.installed(nuria, { locale: "es-ES" });
    await app.activities.post(installed);
    const welcome = await app.teams.waitFor(
      (a) => a.conversationId === installed.conversation.id && typeof a.activity.text === "string",
    );
    expect(welcome.activity.text).toContain("Soy Tandem");
    const person = await app.tandem.services.people.find({
      platform: "teams",
      workspaceId: "tenant-1",
      userId: "aad-nuria",
    });
    expect(await app.tandem.services.conversationRefs.get(person!.id)).toMatchObject({
      conversation: { id: installed.conversation.id },
    });
  });

  it("reaches people proactively through the saved reference", async () => {
    const person = await app.tandem.services.people.find({
      platform: "teams",
      workspaceId: "tenant-1",
      userId: "aad-nuria",
    });
    await app.tandem.services.jobs.enqueue([
      notifyJob(
        person!.id,
        { key: "admin.grantedNotice", vars: { actor: "Carmen" } },
        "teams-notice-1",
        app.clock.now(),
      ),
    ]);
    expect(await app.runJobs()).toMatchObject({ done: 1 });
    const sent = await app.teams.waitFor((a) => a.activity.text?.includes("Carmen te ha dado el rol"));
    expect(sent.conversationId).toBe("a:personal-29:nuria");
  });

  it("cannot message someone who never opened the bot, and says why", async () => {
    const stranger = await app.tandem.services.people.identifyWithProfile(
      { platform: "teams", workspaceId: "tenant-1", userId: "aad-x" },
      { displayName: "Xavier" },
    );
    await app.tandem.services.jobs.enqueue([
      notifyJob(stranger.id, { key: "admin.grantedNotice", vars: { actor: "C" } }, "teams-notice-2", app.clock.now()),
    ]);
    expect(await app.runJobs()).toMatchObject({ failed: 1 });
    expect((await app.tandem.services.jobRepository.find("teams-notice-2"))!.lastError).toContain(
      "Xavier has never opened Tandem in Teams",
    );
  });

  it("re-renders the settings card with the message next to a wrong zone, keeping what was typed", async () => {
    await app.activities.post(app.activities.message(ana, "settings"));
    const submit = app.activities.submit(ana, { action: "settings.submit", language: "es", timeZone: "Santiago" });
    await app.activities.post(submit);
    const reply = await app.teams.waitFor((a) => a.replyToId === submit.id);
    const card = JSON.stringify(cardOf(reply.activity));
    expect(card).toContain('I don\'t recognise \\"Santiago\\" as a time zone');
    expect(card).toContain('"id":"timeZone","label":"Time zone","value":"Santiago"');
    expect(card).toContain('"id":"language","label":"Language","value":"es"');

    const fixed = app.activities.submit(ana, {
      action: "settings.submit",
      language: "es",
      timeZone: "America/Santiago",
    });
    await app.activities.post(fixed);
    const saved = await app.teams.waitFor((a) => a.replyToId === fixed.id);
    expect(saved.activity.text).toBe("Listo: te hablaré en Español y te mostraré las horas en America/Santiago.");
  });

  it("lets a configured coordinator add another by @mention", async () => {
    const activity = app.activities.message(carmen, "admin add <at>Nuria Vidal</at>", {
      entities: [{ type: "mention", mentioned: { id: nuria.id, name: nuria.name }, text: "<at>Nuria Vidal</at>" }],
    });
    await app.activities.post(activity);
    const reply = await app.teams.waitFor((a) => a.replyToId === activity.id);
    expect(reply.activity.text).toBe("Nuria Vidal now coordinates programmes in Tandem.");
    const person = await app.tandem.services.people.find({
      platform: "teams",
      workspaceId: "tenant-1",
      userId: "aad-nuria",
    });
    expect(person?.isCoordinator).toBe(true);
  });

  it("refuses coordinator commands to participants, in the language they chose", async () => {
    const activity = app.activities.message(ana, "admin list", { locale: "en-US" });
    await app.activities.post(activity);
    const reply = await app.teams.waitFor((a) => a.replyToId === activity.id);
    expect(reply.activity.text).toContain("**admin** es para quienes coordinan el programa");
  });
});
