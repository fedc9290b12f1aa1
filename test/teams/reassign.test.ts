import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../support/app";
import { openCohortFor } from "../support/builders";
import type { TeamsUser } from "../support/fake-teams";
import { installTeamsUser, teamsApplicant } from "../support/teams-builders";
import { button, cardOf, cardText, errorsOf, input, type Card } from "../support/teams-cards";

const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const ana: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };

/** The paragraph of the proposal card that shows the pair of these two, if there is one. */
function pairText(card: Card, mentor: string, mentee: string): string | undefined {
  return card.body.find(
    (e: any) =>
      e.type === "TextBlock" && typeof e.text === "string" && e.text.startsWith(`**${mentor}** mentors **${mentee}**`),
  )?.text;
}

/**
 * Reassigning a partner from the Teams proposal card, as Slack's ⋯ menu does: Reassign… lists every
 * partner the cohort's rules allow (best fit first, with fit and reason); picking one locks the two
 * and re-runs. A forbidden or forged choice is refused under the list, and only coordinators may.
 */
describe("reassigning a partner in the Teams proposal", () => {
  let app: TestApp;
  let cohort: Cohort;

  const answer = (activity: Record<string, any>) => app.activities.repliesTo(activity);
  const say = async (user: TeamsUser, text: string) => (await answer(app.activities.message(user, text)))[0]!;
  const press = async (user: TeamsUser, data: Record<string, unknown>) =>
    (await answer(app.activities.submit(user, data)))[0]!;
  const latestVersion = async () => (await app.tandem.services.pairing.latestProposal(cohort.id))!.version;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    const coordinator = await installTeamsUser(app, carmen, { locale: "en-US", timeZone: "Europe/Madrid" });
    await installTeamsUser(app, ana, { locale: "en-US", timeZone: "Europe/Madrid" });
    cohort = await openCohortFor(app.tandem.services, coordinator, "Reassign Pilot", app.clock.now(), "en");
    const person = (userId: string, displayName: string) =>
      app.tandem.services.people.identifyWithProfile(
        { platform: "teams", workspaceId: "tenant-1", userId },
        { displayName },
      );
    await teamsApplicant(
      app,
      cohort,
      await person("aad-lucia", "Lucía"),
      "mentor",
      { "generative-ai": 5, "e-government": 2 },
      ["e-government"],
      "Technology",
      "Europe/Madrid",
    );
    await teamsApplicant(
      app,
      cohort,
      await person("aad-noah", "Noah"),
      "mentor",
      { "generative-ai": 4, "e-government": 3 },
      ["e-government"],
      "Technology",
      "Europe/Madrid",
    );
    await teamsApplicant(
      app,
      cohort,
      await person("aad-tom", "Tom"),
      "mentee",
      { "generative-ai": 1, "e-government": 2 },
      ["generative-ai"],
      "Finance",
      "Europe/Madrid",
    );
    await teamsApplicant(
      app,
      cohort,
      await person("aad-mia", "Mia"),
      "mentee",
      { "generative-ai": 1, "e-government": 1 },
      ["generative-ai"],
      "Finance",
      "Europe/Madrid",
    );
  });
  afterAll(() => app.stop());

  let proposal: Card;
  let excluded: { mentorId: string; menteeId: string };

  it("offers Reassign… for each person of a pair, listing only the partners the rules allow", async () => {
    const first = cardOf(await say(carmen, "match reassign pilot"))!;
    const tomsPair = first.body.find((e: any) => e.type === "TextBlock" && /\*\*Tom\*\*/.test(e.text ?? ""))!
      .text as string;
    const tomsMentor = /^\*\*([^*]+)\*\* mentors/.exec(tomsPair)![1]!;
    expect(button(first, "Reassign Tom…")).toMatchObject({
      action: "match.pair",
      menteeId: expect.any(String),
      choice: "reassign:mentee",
    });
    expect(button(first, `Reassign ${tomsMentor}…`)).toMatchObject({ action: "match.pair", choice: "reassign:mentor" });

    // Tom and his mentor are never to be paired: a re-run, then Tom's list no longer offers them.
    const tomId = button(first, "Reassign Tom…").menteeId;
    const exclude = (first.body as any[])
      .filter((e) => e.type === "ActionSet")
      .map((set) => set.actions.find((a: any) => a.title === "Never pair these two").data)
      .find((data) => data.menteeId === tomId)!;
    excluded = { mentorId: exclude.mentorId, menteeId: exclude.menteeId };
    proposal = cardOf(await press(carmen, exclude))!;
    expect(cardText(proposal)).toContain("Coordinator's choices: 0 locked, 1 excluded.");
    expect(pairText(proposal, tomsMentor, "Tom")).toBeUndefined();

    const list = cardOf(await press(carmen, button(proposal, "Reassign Tom…")))!;
    expect(cardText(list)).toContain("Pick a new partner for **Tom**.");
    const choices = input(list, "partner").choices as { title: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.map((c) => c.value)).not.toContain(`${excluded.mentorId}|${excluded.menteeId}`);
    for (const choice of choices) expect(choice.title).toMatch(/^.+ mentors Tom · fit \d+\.\d · ./);
  });

  it("refuses a forbidden choice under the list, re-showing only choices it can show, and changes nothing", async () => {
    const list = cardOf(await press(carmen, button(proposal, "Reassign Tom…")))!;
    const version = await latestVersion();
    const forged = `${excluded.mentorId}|${excluded.menteeId}`;
    const refused = cardOf(await press(carmen, { ...button(list, "Reassign"), partner: forged }))!;
    expect(errorsOf(refused)).toEqual({
      partner:
        "That pair is not allowed any more (the applications or the coordinator's choices changed). Pick another one.",
    });
    // Not among the choices any more: Teams would show nothing selected, so nothing is; the reason is under the list.
    expect(input(refused, "partner").value).toBeUndefined();
    expect(await latestVersion()).toBe(version);

    // Nothing picked: asked to pick, nothing changes.
    const empty = cardOf(await press(carmen, { ...button(list, "Reassign"), partner: "" }))!;
    expect(errorsOf(empty)).toEqual({ partner: "Pick the new pair." });
    expect(await latestVersion()).toBe(version);
  });

  it("refuses someone who does not coordinate, for the list and the choice", async () => {
    const list = cardOf(await press(carmen, button(proposal, "Reassign Mia…")))!;
    const version = await latestVersion();
    const choice = (input(list, "partner").choices as { value: string }[])[0]!.value;
    const opened = await press(ana, button(proposal, "Reassign Mia…"));
    expect(opened.text).toContain("**match** is for the people who coordinate the programme.");
    const forged = await press(ana, { ...button(list, "Reassign"), partner: choice });
    expect(forged.text).toContain("**match** is for the people who coordinate the programme.");
    expect(cardOf(forged)).toBeUndefined();
    expect(await latestVersion()).toBe(version);
  });

  it("locks the picked pair and re-runs: the new proposal card shows it locked", async () => {
    const list = cardOf(await press(carmen, button(proposal, "Reassign Mia…")))!;
    const choices = input(list, "partner").choices as { title: string; value: string }[];
    // Mia's current mentor is in the list too; pick the other one.
    const current = /^\*\*([^*]+)\*\* mentors \*\*Mia\*\*/.exec(
      proposal.body.find((e: any) => /mentors \*\*Mia\*\*/.test(e.text ?? ""))!.text,
    )![1]!;
    const other = choices.find((c) => !c.title.startsWith(`${current} mentors`))!;
    const mentor = /^(.+?) mentors Mia/.exec(other.title)![1]!;
    const version = await latestVersion();
    const updated = cardOf(await press(carmen, { ...button(list, "Reassign"), partner: other.value }))!;
    expect(cardText(updated)).toContain(`Proposal ${version + 1} · Reassign Pilot`);
    expect(pairText(updated, mentor, "Mia")).toMatch(/^[^\n]+ · 🔒 locked(\n|$)/);
    expect(cardText(updated)).toContain("Coordinator's choices: 1 locked, 1 excluded.");
    expect(button(updated, "Unlock this pair")).toMatchObject({
      mentorId: other.value.split("|")[0],
      menteeId: other.value.split("|")[1],
    });

    // The list belonged to the version before: sent again, it is refused under the list, keeping the choice.
    const stale = cardOf(await press(carmen, { ...button(list, "Reassign"), partner: other.value }))!;
    expect(errorsOf(stale)).toEqual({
      partner:
        "This is not the newest proposal for **Reassign Pilot** any more: use the newest one (or run **match Reassign Pilot** again).",
    });
    expect(input(stale, "partner").value).toBe(other.value);
    expect(await latestVersion()).toBe(version + 1);
  });
});
