import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { skillPages } from "../../src/domain/applications/application-form";
import { translator } from "../../src/i18n";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson, openCohortFor } from "../support/builders";
import { Playground, chromiumPresent } from "../support/playground";

/**
 * Issue 16: Tandem in the real Adaptive Cards renderer Teams uses, Microsoft 365 Agents Playground
 * in headless Chromium, clicking the cards' own buttons: help, apply → Save and close → resume,
 * and the application sent. A fake connector that accepts anything proves nothing; this does.
 */
describe.runIf(chromiumPresent)("Tandem in Microsoft 365 Agents Playground (headless Chromium)", () => {
  const t = translator("en", "teams");
  let app: TestApp;
  let playground: Playground;
  let cohort: Cohort;

  beforeAll(async () => {
    app = await startTestApp({ withoutSlack: true });
    const carmen = await createSlackPerson(app.tandem.services, "UCOORD", { name: "Carmen" });
    cohort = await openCohortFor(app.tandem.services, carmen, "Digital 2027", app.clock.now());
    playground = await new Playground().start(`${app.tandem.url}/api/messages`);
  });
  afterAll(async () => {
    await playground?.stop();
    await app?.stop();
  });

  const last = (label: string) => playground.page.getByLabel(label, { exact: true }).last();
  const button = (name: string) => playground.page.getByRole("button", { name, exact: true }).last();
  const shown = (text: string | RegExp) => playground.page.getByText(text).last().waitFor({ timeout: 15_000 });

  it("answers help with the help card", async () => {
    await playground.say("help");
    await shown(t("help.title"));
    await shown(t("help.everyone"));
  });

  it("saves a half-filled application with Save and close (no required field stops the button), and resumes it", async () => {
    await playground.say("apply");
    await shown(t("apply.profileTitle"));
    await last(`${t("apply.jobTitle")} *`).fill("Head of unit");
    await button(t("apply.close")).click();
    await shown(/Saved|saved/);
    await expect
      .poll(async () => JSON.stringify((await app.tandem.services.db.application.findFirst())?.answers ?? ""))
      .toContain("Head of unit");

    await playground.say("apply");
    await shown(t("apply.resumed"));
    expect(await last(`${t("apply.jobTitle")} *`).inputValue()).toBe("Head of unit");
  });

  it("sends the application through its two cards, pressing their own buttons", async () => {
    const { page } = playground;
    await page.getByText(t("apply.roleMenteeReverse"), { exact: true }).last().click();
    await last(`${t("apply.department")} *`).fill("Finance");
    await last(`${t("apply.strengths")} *`).fill("Budgets and people");
    await last(`${t("apply.firstWish")} *`).fill("Use AI assistants well");
    // A multi-select list: open it, pick a skill, close it.
    await last(`${t("apply.learnSkills")} *`).click();
    await page.getByText(cohort.skills[0]!.name, { exact: false }).last().click();
    await page.keyboard.press("Escape");
    await page.getByText(t("apply.consent"), { exact: true }).last().click();
    await button(t("apply.next")).click();

    const pages = skillPages(cohort.skills);
    for (const [index, skills] of pages.entries()) {
      await shown(
        pages.length > 1
          ? t("apply.skillsTitlePaged", { page: index + 1, pages: pages.length })
          : t("apply.skillsTitle"),
      );
      for (const skill of skills) {
        await last(`${skill.name} *`).click();
        await page.getByText(t("ratings.3"), { exact: true }).last().click();
      }
      await button(index === pages.length - 1 ? t("apply.send") : t("apply.nextPage")).click();
    }
    await shown(/is in\. We will let you know when pairs are formed/);
    await expect.poll(async () => (await app.tandem.services.db.application.findFirst())?.status).toBe("submitted");
  });
});
