import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { roundOpensAt } from "../../src/domain/evaluation/rounds";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import { startTestApp, type TestApp } from "../support/app";
import type { SentActivity, TeamsUser } from "../support/fake-teams";
import { teamsPair } from "../support/teams-builders";
import { button, buttonTitles, cardOf, cardText, errorsOf, input } from "../support/teams-cards";

const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };
const outsider: TeamsUser = { id: "29:otro", aadObjectId: "aad-otro", name: "Otro" };

/**
 * Phase 5's questionnaires in Teams: the request arrives as a card with Answer, the questionnaire is
 * a card whose mistakes show under each field (what was typed kept), only its owner can answer it,
 * the final one asks each skill again with the application's rating, and a coordinator's nudge
 * arrives with Plan a session.
 */
describe("questionnaires and nudges in Teams", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;
  let coordinator: Person;

  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const posted = new Set<string>();
  const proactive = (user: TeamsUser, test: (a: SentActivity) => boolean) =>
    app.teams.waitFor((a) => a.conversationId === chatOf(user) && !posted.has(a.replyToId ?? "") && test(a));
  const cardWith = (text: string) => (a: SentActivity) => JSON.stringify(cardOf(a.activity) ?? {}).includes(text);
  async function answer(activity: Record<string, any>): Promise<Record<string, any>[]> {
    posted.add(activity.id);
    return app.activities.repliesTo(activity);
  }
  const localeOf = (user: TeamsUser) => (user === lucia ? "es-ES" : "en-US");
  const press = (user: TeamsUser, data: Record<string, unknown>, inputs: Record<string, unknown> = {}) =>
    answer(app.activities.submit(user, { ...data, ...inputs }, { locale: localeOf(user) }));
  const say = (user: TeamsUser, text: string) => answer(app.activities.message(user, text, { locale: localeOf(user) }));

  beforeAll(async () => {
    app = await startTestApp();
    ({ cohort, pair, coordinator } = await teamsPair(app, lucia, jorge, "Digital Mentoring"));
    await app.runJobs();
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 9 }).toJSDate());
  });
  afterAll(() => app.stop());

  it("has nothing to answer before the pulse opens", async () => {
    const [none] = await say(jorge, "evaluation");
    expect(none!.text).toBe("You have no questionnaire open right now.");
  });

  it("asks for the mid-programme check with a card carrying Answer, and a summary line", async () => {
    app.clock.set(roundOpensAt(cohort, "pulse"));
    await app.runJobs();
    const request = await proactive(jorge, cardWith("is halfway through"));
    expect(buttonTitles(cardOf(request.activity)!)).toEqual(["Answer"]);
    // The notification line is plain text: Teams would show markdown's asterisks as they are.
    expect(request.activity.summary).toMatch(/^📋 Digital Mentoring is halfway through/);
    expect(request.activity.text).toBeUndefined();
    const toLucia = await proactive(lucia, cardWith("Responder"));
    expect(buttonTitles(cardOf(toLucia.activity)!)).toEqual(["Responder"]);
  });

  it("refuses someone else's questionnaire plainly, forged or not", async () => {
    const request = await proactive(jorge, cardWith("is halfway through"));
    const [refused] = await press(outsider, button(cardOf(request.activity)!, "Answer"));
    expect(refused!.text).toBe("That questionnaire belongs to someone else.");
    const [forged] = await press(lucia, {
      action: "evaluation.submit",
      evaluationId: button(cardOf(request.activity)!, "Answer").evaluationId,
      satisfaction: "1",
      objectiveProgress: "1",
      recommend: "no",
    });
    expect(forged!.text).toBe("Ese cuestionario es de otra persona.");
    const [unknown] = await press(jorge, { action: "evaluation.open", evaluationId: "nope" });
    expect(unknown!.text).toBe("I cannot find that questionnaire.");
  });

  it("opens the questionnaire as a card; mistakes show under each field, keeping what was typed; then thanks", async () => {
    const request = await proactive(jorge, cardWith("is halfway through"));
    const [form] = await press(jorge, button(cardOf(request.activity)!, "Answer"));
    const card = cardOf(form!)!;
    expect(cardText(card)).toContain("Mid-programme check");
    expect(input(card, "satisfaction").type).toBe("Input.ChoiceSet");
    expect(input(card, "satisfaction").choices.map((c: any) => c.value)).toEqual(["1", "2", "3", "4", "5"]);
    expect(input(card, "recommend").choices.map((c: any) => c.title)).toEqual(["Yes", "Maybe", "No"]);
    expect(input(card, "learned").isMultiline).toBe(true);
    expect(input(card, "skill:generative-ai")).toBeUndefined();

    const [refused] = await press(jorge, button(card, "Send"), {
      satisfaction: "",
      objectiveProgress: "9",
      learned: "Prompting for reports",
      recommend: "",
    });
    const again = cardOf(refused!)!;
    expect(errorsOf(again)).toEqual({
      satisfaction: "Choose a value from 1 to 5.",
      objectiveProgress: "Choose a value from 1 to 5.",
      recommend: "Choose an answer.",
    });
    expect(input(again, "learned").value).toBe("Prompting for reports");
    expect(await app.tandem.services.evaluations.openFor((await personOf(jorge))!)).toMatchObject([
      { evaluation: { submittedAt: null } },
    ]);

    const [thanks] = await press(jorge, button(again, "Send"), {
      satisfaction: "4",
      objectiveProgress: "3",
      learned: "Prompting for reports",
      stillNeeded: "",
      recommend: "yes",
      comments: "",
    });
    expect(thanks!.text).toMatch(
      /^🙏 Thank you! Your mid-programme check for \*\*Digital Mentoring\*\* is saved\. You can change it until .+\.$/,
    );
  });

  it("shows the earlier answers to change them with the typed command", async () => {
    const [form] = await say(jorge, "evaluation");
    const card = cardOf(form!)!;
    expect(input(card, "satisfaction").value).toBe("4");
    expect(input(card, "recommend").value).toBe("yes");
    expect(input(card, "learned").value).toBe("Prompting for reports");
  });

  it("asks the skills again in the final evaluation, with the rating given when applying", async () => {
    app.clock.set(roundOpensAt(cohort, "final"));
    await app.runJobs();
    await proactive(jorge, cardWith("is nearly over"));
    const [form] = await say(jorge, "evaluation");
    const card = cardOf(form!)!;
    expect(cardText(card)).toContain("Final evaluation");
    const skill = input(card, "skill:generative-ai");
    expect(skill.type).toBe("Input.ChoiceSet");
    expect(skill.label).toMatch(/\(you said 1 · None when you applied\)$/);
    const answers = { satisfaction: "5", objectiveProgress: "4", learned: "", recommend: "maybe" };
    const [refused] = await press(jorge, button(card, "Send"), answers);
    expect(errorsOf(cardOf(refused!)!)).toEqual({
      learned: "Write at least a few words.",
      "skill:generative-ai": "Rate this skill from 1 to 5.",
    });
    expect(input(cardOf(refused!)!, "recommend").value).toBe("maybe");
    const [thanks] = await press(jorge, button(card, "Send"), {
      ...answers,
      learned: "Using AI for drafting",
      "skill:generative-ai": "3",
    });
    expect(thanks!.text).toContain("Your final evaluation for **Digital Mentoring** is saved");
    const saved = (await app.tandem.services.evaluations.ofPerson((await personOf(jorge))!.id)).find(
      (e) => e.kind === "final",
    )!;
    expect(saved.skillsAfter).toEqual({ "generative-ai": 3 });
  });

  it("brings a coordinator's nudge as a card with Plan a session", async () => {
    const nudged = await app.tandem.services.reporting.nudge(coordinator, pair.id);
    expect(nudged.ok).toBe(true);
    await app.runJobs();
    const nudge = await proactive(jorge, cardWith("is checking in"));
    expect(buttonTitles(cardOf(nudge.activity)!)).toEqual(["Plan a session"]);
    expect(nudge.activity.summary).toMatch(/^👋 Carmen, who coordinates Digital Mentoring/);
    const [plan] = await press(jorge, button(cardOf(nudge.activity)!, "Plan a session"));
    expect(cardText(cardOf(plan!)!)).toContain("Propose");
  });

  async function personOf(user: TeamsUser): Promise<Person | null> {
    return app.tandem.services.people.find({
      platform: "teams",
      workspaceId: app.activities.tenantId,
      userId: user.aadObjectId!,
    });
  }
});
