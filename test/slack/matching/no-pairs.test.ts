import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import type { Person } from "../../../src/domain/people";
import { startTestApp, type TestApp } from "../../support/app";
import { openCohortFor, submittedApplicant } from "../../support/builders";

/**
 * Cohorts that cannot give pairs get a plain explanation instead of an empty proposal: nothing
 * ready, no mentors, no mentees, a single applicant, or nobody compatible; none can be approved.
 */
describe("matching with nothing to pair (en)", () => {
  let app: TestApp;
  let coordinator: Person;
  let count = 0;

  async function cohortWith(people: { role: "mentor" | "mentee"; languages?: string[] }[]): Promise<Cohort> {
    const cohort = await openCohortFor(app.tandem.services, coordinator, `Cohort ${++count}`, app.clock.now());
    for (const [index, who] of people.entries()) {
      await submittedApplicant(
        app.tandem.services,
        cohort,
        { workspaceId: app.slack.teamId, userId: `U${count}P${index}`, name: `Person ${index}` },
        {
          role: who.role,
          ratings: { spreadsheets: who.role === "mentor" ? 5 : 1 },
          learn: ["spreadsheets"],
          department: `D${index}`,
          languages: who.languages,
        },
      );
    }
    return cohort;
  }

  async function proposalFor(cohort: Cohort) {
    const since = Date.now();
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, `match ${cohort.name}`));
    const posted = app.slack
      .callsTo("chat.postMessage")
      .find((c) => c.at >= since && String(c.args.text).includes(cohort.name));
    return { reply: reply.text as string, blocks: JSON.stringify(posted?.args.blocks ?? []), posted };
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({ id: "UCOORD", real_name: "Carol", locale: "en-GB", tz: "Europe/London" });
    coordinator = await app.tandem.services.people.identify(
      { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
      async () => ({ displayName: "Carol" }),
    );
  });
  afterAll(() => app.stop());

  it("says no application is ready yet, and posts no proposal", async () => {
    const cohort = await cohortWith([]);
    const { reply, posted } = await proposalFor(cohort);
    expect(reply).toBe(
      `No application to *${cohort.name}* is ready for matching yet (sponsored, or sent when no sponsor is needed). See \`/mentoring applicants ${cohort.name}\`.`,
    );
    expect(posted).toBeUndefined();
  });

  it("explains a cohort of mentees only, with no Approve button", async () => {
    const { blocks } = await proposalFor(await cohortWith([{ role: "mentee" }, { role: "mentee" }]));
    expect(blocks).toContain("⚠️ No pairs: none of the 2 applications ready for matching is from a mentor");
    expect(blocks).not.toContain("match.approve");
  });

  it("explains a cohort of mentors only", async () => {
    const { blocks } = await proposalFor(
      await cohortWith([{ role: "mentor" }, { role: "mentor" }, { role: "mentor" }]),
    );
    expect(blocks).toContain("⚠️ No pairs: none of the 3 applications ready for matching is from a mentee");
  });

  it("explains a single applicant", async () => {
    const { blocks } = await proposalFor(await cohortWith([{ role: "mentor" }]));
    expect(blocks).toContain("⚠️ No pairs: only 1 application is ready for matching; a pair needs two.");
  });

  it("explains when every possible pair breaks a rule, with each person's reason", async () => {
    const { blocks } = await proposalFor(
      await cohortWith([
        { role: "mentor", languages: ["es"] },
        { role: "mentee", languages: ["en"] },
      ]),
    );
    expect(blocks).toContain("⚠️ No pairs: every possible pair breaks one of the cohort's rules");
    expect(blocks).toContain("*Person 1*: no compatible partner (no shared language");
    expect(blocks).not.toContain("match.approve");
  });

  it("leaves the odd one out with a reason when the numbers do not match", async () => {
    const { blocks } = await proposalFor(
      await cohortWith([{ role: "mentor" }, { role: "mentee" }, { role: "mentee" }]),
    );
    expect(blocks).toContain("*1* pairs from 3 people · *1* left unmatched");
    expect(blocks).toMatch(/\*Person [12]\*: 1 compatible partners, all in pairs with a better fit/);
  });
});
