import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson, openCohortFor } from "../support/builders";
import { Playground, chromiumPresent } from "../support/playground";

describe.runIf(chromiumPresent)("Tandem in Microsoft 365 Agents Playground (a real Teams client, headless Chromium)", () => {
  let app: TestApp;
  let playground: Playground;

  beforeAll(async () => {
    app = await startTestApp({ withoutSlack: true });
    const carmen = await createSlackPerson(app.tandem.services, "UCOORD", { name: "Carmen" });
    await openCohortFor(app.tandem.services, carmen, "Digital 2027", app.clock.now());
    playground = await new Playground().start(`${app.tandem.url}/api/messages`);
  });
  afterAll(async () => {
    await playground?.stop();
    await app?.stop();
  });

  it("explores", async () => {
    const { page } = playground;
    await playground.say("help");
    await page.waitForTimeout(2500);
    await playground.say("apply");
    await page.waitForTimeout(2500);
    await page.screenshot({ path: "/tmp/pgrun/apply.png", fullPage: false });
    const { writeFileSync } = await import("node:fs");
    writeFileSync("/tmp/pgrun/apply.html", await page.content());
    expect(true).toBe(true);
  });
});
