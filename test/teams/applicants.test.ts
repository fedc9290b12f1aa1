import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../support/app";
import { openCohortFor, submittedApplicant } from "../support/builders";
import type { TeamsUser } from "../support/fake-teams";
import { installTeamsUser } from "../support/teams-builders";
import { button, buttonTitles, cardOf, cardText, elements, type Card } from "../support/teams-cards";

const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const ana: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };

/** What "Accept without sponsor" sends once its confirmation is opened and accepted. */
function acceptWithoutSponsor(card: Card): Record<string, unknown> {
  const opened = elements(card).find((e) => e.type === "Action.ShowCard" && e.title === "Accept without sponsor");
  if (!opened) throw new Error("no Accept without sponsor in the list");
  return opened.card.actions[0].data;
}

/** The applicants list in Teams, like Slack's: a page at a time, and "Accept without sponsor" for coordinators. */
describe("the applicants list in Teams", () => {
  let app: TestApp;
  let cohort: Cohort;
  const answer = (activity: Record<string, any>) => app.activities.repliesTo(activity);
  const say = async (user: TeamsUser, text: string) => (await answer(app.activities.message(user, text)))[0]!;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    const coordinator = await installTeamsUser(app, carmen, { locale: "en-US", timeZone: "Europe/Madrid" });
    await installTeamsUser(app, ana, { locale: "en-US", timeZone: "Europe/Madrid" });
    const { services } = app.tandem;
    cohort = await openCohortFor(services, coordinator, "Pilot", app.clock.now());
    for (let i = 0; i < 16; i++) {
      const person = await services.people.identify(
        { platform: "slack", workspaceId: "T1", userId: `UP${i}` },
        async () => ({ displayName: `Person ${String(i).padStart(2, "0")}` }),
      );
      await services.applications.begin(person, cohort);
    }
    await submittedApplicant(
      services,
      cohort,
      { workspaceId: "T1", userId: "UDECLINED", name: "Dana Declined" },
      { role: "mentee", ratings: {}, learn: [], department: "Finance" },
    );
    // Her manager said no; the coordinators may still take her application.
    await services.db.application.updateMany({
      where: { cohortId: cohort.id, status: "submitted" },
      data: { status: "declined" },
    });
  });
  afterAll(() => app.stop());

  it("pages the list", async () => {
    const first = cardOf(await say(carmen, "applicants"))!;
    expect(cardText(first)).toContain("Page 1 of 2");
    expect(buttonTitles(first)).toContain("Next");
    const second = cardOf((await answer(app.activities.submit(carmen, button(first, "Next"))))[0]!)!;
    expect(cardText(second)).toContain("Page 2 of 2");
    expect(buttonTitles(second)).toContain("Previous");
  });

  it("accepts an application without its sponsor, for coordinators only", async () => {
    const pages = [cardOf(await say(carmen, "applicants"))!];
    pages.push(cardOf((await answer(app.activities.submit(carmen, button(pages[0]!, "Next"))))[0]!)!);
    const list = pages.find((card) => cardText(card).includes("Dana Declined"))!;
    const accept = acceptWithoutSponsor(list);

    const refused = (await answer(app.activities.submit(ana, accept)))[0]!;
    expect(refused.text).toContain("**applicants** is for the people who coordinate the programme.");

    const [done, refreshed] = await answer(app.activities.submit(carmen, accept));
    expect(done!.text).toBe("Dana Declined's application is accepted.");
    expect(cardText(cardOf(refreshed!)!)).toContain("Applications · Pilot");
    const again = (await answer(app.activities.submit(carmen, accept)))[0]!;
    expect(again.text).toBe("That application is not waiting for a sponsor.");
  });
});
