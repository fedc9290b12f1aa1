import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";
import { installTeamsUser, teamsApplicant } from "../support/teams-builders";
import {
  button,
  buttonTitles,
  cardOf,
  cardText,
  confirmedButton,
  errorsOf,
  input,
  type Card,
} from "../support/teams-cards";

const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const ana: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };

/** Every input of a card with the value it shows: what pressing its button sends unchanged. */
function shownValues(card: Card): Record<string, unknown> {
  return Object.fromEntries(
    card.body.filter((e) => e.id && e.type.startsWith("Input.") && e.value !== undefined).map((e) => [e.id, e.value]),
  );
}

/**
 * A coordinator who lives in Teams: creates a cohort from a card, announces it in a team channel
 * (Apply there opens the form in the person's own chat), sees who applied and who Tandem cannot
 * reach in Teams, matches and approves, and plans the plenaries.
 */
describe("coordinating from Teams", () => {
  let app: TestApp;
  let cohort: Cohort;

  const answer = (activity: Record<string, any>) => app.activities.repliesTo(activity);
  const say = async (user: TeamsUser, text: string) => (await answer(app.activities.message(user, text)))[0]!;
  const press = async (user: TeamsUser, data: Record<string, unknown>) =>
    (await answer(app.activities.submit(user, data)))[0]!;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    await installTeamsUser(app, carmen, { locale: "en-US", timeZone: "Europe/Madrid" });
  });
  afterAll(() => app.stop());

  it("creates a cohort from the card: mistakes under their fields with what was typed, then created", async () => {
    const form = cardOf(await say(carmen, "cohort new"))!;
    expect(input(form, "cadenceDays").value).toBe(14);
    const typed = {
      ...shownValues(form),
      ...button(form, "Create"),
      name: "",
      objective: "Digital skills for managers",
      timeZone: "Mars/Olympus",
      sponsorRequired: "false",
    };
    const refused = cardOf(await press(carmen, typed))!;
    expect(Object.keys(errorsOf(refused)).sort()).toEqual(["name", "timeZone"]);
    expect(input(refused, "objective").value).toBe("Digital skills for managers");
    expect(input(refused, "timeZone").value).toBe("Mars/Olympus");
    expect(await app.tandem.services.cohorts.list()).toHaveLength(0);

    const created = await press(carmen, { ...typed, name: "Teams Pilot", timeZone: "Europe/Madrid" });
    expect(created.text).toMatch(/^Cohort \*\*Teams Pilot\*\* created\./);
    const list = cardOf(await say(carmen, "cohort list"))!;
    expect(cardText(list)).toContain("Teams Pilot");
    const opened = await say(carmen, "cohort open pilot");
    expect(opened.text).toMatch(/^Applications to \*\*Teams Pilot\*\* are open until/);
    cohort = (await app.tandem.services.cohorts.list())[0]!;
  });

  it("says what it does in a team when added to it, and keeps no one's reference from the channel", async () => {
    const added = app.activities.installed(carmen, {
      conversation: { id: "19:general@thread.tacv2", conversationType: "channel", tenantId: "tenant-1", isGroup: true },
      channelData: { tenant: { id: "tenant-1" }, team: { id: "19:team@thread.tacv2", name: "People" } },
    });
    await app.activities.post(added);
    const welcome = await app.teams.waitFor((a) => a.replyToId === added.id);
    expect(welcome.conversationId).toBe("19:general@thread.tacv2");
    expect(welcome.activity.text).toContain(
      "Coordinators can post a call for applications here with **@Tandem announce**",
    );
    const person = await app.tandem.services.people.find({
      platform: "teams",
      workspaceId: "tenant-1",
      userId: "aad-carmen",
    });
    expect(await app.tandem.services.conversationRefs.get(person!.id)).toMatchObject({
      conversation: { id: "a:personal-29:carmen" },
    });
  });

  it("posts the call in a team channel; Apply there opens the form in the person's own chat", async () => {
    const personal = await say(carmen, "announce");
    expect(personal.text).toContain("type **@Tandem announce Teams Pilot** in that channel");

    // Nothing private is answered where the whole channel reads it.
    const [refused] = await answer(app.activities.channelMessage(carmen, "applicants"));
    expect(refused!.text).toBe(
      "I answer **applicants** in our personal chat only, where nobody else reads it: open Tandem under Apps and type it there.",
    );

    const [call] = await answer(app.activities.channelMessage(carmen, "announce pilot"));
    const card = cardOf(call!)!;
    expect(cardText(card)).toContain("Teams Pilot");
    const sent = app.teams.sent.find((a) => a.activity === call)!;
    expect(sent.conversationId).toBe("19:general@thread.tacv2");

    // Ana has never opened Tandem; she presses Apply in the channel.
    const apply = app.activities.submit(ana, button(card, "Apply"), {
      conversation: { id: "19:general@thread.tacv2", conversationType: "channel", tenantId: "tenant-1" },
    });
    await app.activities.post(apply);
    const form = await app.teams.waitFor(
      (a) => a.conversationId === "a:personal-29:ana" && Boolean(cardOf(a.activity)),
    );
    expect(cardText(cardOf(form.activity)!)).toContain("Application · 1 of 2");
    expect(app.teams.created).toEqual(["29:ana"]);
    expect(
      app.teams.sent.filter(
        (a) => a.conversationId === "19:general@thread.tacv2" && !a.activity.text?.startsWith("I could not"),
      ),
    ).toHaveLength(3);
    const person = await app.tandem.services.people.find({
      platform: "teams",
      workspaceId: "tenant-1",
      userId: "aad-ana",
    });
    expect(await app.tandem.services.conversationRefs.get(person!.id)).toMatchObject({
      conversation: { id: "a:personal-29:ana" },
    });

    // When Teams will not let the bot open a chat with someone, the channel hears where to go, not the form.
    app.teams.failNext(1, 403);
    const blocked = app.activities.submit(lucia, button(card, "Apply"), {
      conversation: { id: "19:general@thread.tacv2", conversationType: "channel", tenantId: "tenant-1" },
    });
    await app.activities.post(blocked);
    const hint = await app.teams.waitFor((a) => a.replyToId === blocked.id);
    expect(hint.activity.text).toBe(
      "I could not write to you privately yet: open Tandem under Apps, then press the button again (or type **apply** there).",
    );
    expect(JSON.stringify(hint.activity)).not.toContain("Application · 1 of 2");
  });

  it("lists the applicants, naming those Tandem cannot reach in Teams", async () => {
    const luciaPerson = await installTeamsUser(app, lucia, { locale: "es-ES", timeZone: "Europe/Madrid" });
    // Pedro's application was entered for him; he has never opened Tandem in Teams.
    const pedro = await app.tandem.services.people.identifyWithProfile(
      { platform: "teams", workspaceId: "tenant-1", userId: "aad-pedro" },
      { displayName: "Pedro Gil" },
    );
    await teamsApplicant(
      app,
      cohort,
      luciaPerson,
      "mentor",
      { "generative-ai": 5 },
      ["e-government"],
      "Technology",
      "Europe/Madrid",
    );
    await teamsApplicant(
      app,
      cohort,
      pedro,
      "mentee",
      { "generative-ai": 1 },
      ["generative-ai"],
      "Finance",
      "Europe/Madrid",
    );

    const card = cardOf(await say(carmen, "applicants"))!;
    const text = cardText(card);
    expect(text).toContain("Applications · Teams Pilot");
    expect(text).toContain("Lucía · Mentor · Technology · Submitted");
    expect(text).toContain(
      "⚠️ Tandem cannot write to these people in Teams yet, because they have never opened it: Pedro Gil.",
    );
    expect(text).not.toContain("opened it: Lucía");
    expect(cardText(cardOf(await say(carmen, "cohort show pilot"))!)).toContain("never opened it: Pedro Gil.");
  });

  it("matches and approves from the card; Lucía is introduced, Pedro is named as out of reach", async () => {
    const first = cardOf(await say(carmen, "match"))!;
    expect(cardText(first)).toMatch(/Lucía.+Pedro Gil/);
    expect(buttonTitles(first)).toEqual([
      "Lock this pair",
      "Never pair these two",
      "Reassign Lucía…",
      "Reassign Pedro Gil…",
      "Re-run",
      "Approve and introduce",
      "Download CSV",
    ]);
    // Locking the pair is a re-run: a new version, the pair marked locked.
    const proposal = cardOf(await press(carmen, button(first, "Lock this pair")))!;
    expect(cardText(proposal)).toContain("🔒 locked");
    expect(buttonTitles(proposal)).toContain("Unlock this pair");

    const forged = await press(ana, confirmedButton(proposal, "Approve and introduce"));
    expect(forged.text).toContain("**match** is for the people who coordinate the programme.");

    const approved = await answer(app.activities.submit(carmen, confirmedButton(proposal, "Approve and introduce")));
    expect(approved[0]!.text).toMatch(/^✅ .*1 pair/);
    expect(approved[1]!.text).toContain("their introduction cannot reach them yet: Pedro Gil.");
    await app.runJobs();
    await app.teams.waitFor(
      (a) =>
        a.conversationId === "a:personal-29:lucia" &&
        JSON.stringify(cardOf(a.activity) ?? {}).includes("Bienvenidos a vuestra pareja"),
    );
    const job = await app.tandem.services.db.job.findFirst({ where: { kind: "pair.introduce" } });
    expect(job!.lastError).toContain("Pedro Gil has never opened Tandem in Teams");
    // The pair's rhythm started anyway: Lucía will be nudged to set a date.
    expect(await app.tandem.services.db.job.count({ where: { kind: "pair.nudge" } })).toBeGreaterThan(0);
  });

  it("plans the plenaries from the card", async () => {
    const list = cardOf(await say(carmen, "plenary pilot"))!;
    expect(cardText(list)).toContain("Teams Pilot has no plenaries yet.");
    const generated = cardOf(await press(carmen, button(list, "Generate plan")))!;
    expect(cardText(generated)).toMatch(/✅ I created \d+ plenaries for Teams Pilot/);
    expect(cardText(generated)).toContain("**Plenary 1**");
  });

  it("pages a long proposal ten pairs at a time (a demo cohort of 40, written to nobody)", async () => {
    const created = await say(carmen, "cohort demo");
    const name = /\*\*(.+\(demo\))\*\*/.exec(String(created.text))?.[1] ?? "demo";
    const first = cardOf(await say(carmen, `match ${name}`))!;
    expect(cardText(first)).toMatch(/Pairs 1–10 of \d+/);
    expect(first.body.filter((e: any) => e.type === "ActionSet")).toHaveLength(10);
    expect(JSON.stringify(first).length).toBeLessThan(20_000);
    const second = cardOf(await press(carmen, button(first, "Next")))!;
    expect(cardText(second)).toMatch(/Pairs 11–20 of \d+/);
    expect(buttonTitles(second)).toContain("Previous");
    const sentToDemo = app.teams.sent.filter(
      (a) =>
        !a.conversationId.includes("carmen") &&
        !a.conversationId.includes("19:") &&
        !a.conversationId.includes("lucia") &&
        !a.conversationId.includes("ana"),
    );
    expect(sentToDemo).toEqual([]);
  });
});
