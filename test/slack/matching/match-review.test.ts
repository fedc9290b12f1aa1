import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import { defaultCohortSettings } from "../../../src/domain/cohorts/cohort";
import { starterSkills } from "../../../src/domain/skills-catalogue";
import { startTestApp, type TestApp } from "../../support/app";

/**
 * Phase 2's matching through Slack: the coordinator runs `match`, reads the proposal, locks and
 * excludes pairs (each a re-run), cannot approve an old version, approves the newest; each pair
 * is introduced once in a group DM and the person left out is told why.
 */
describe("matching review and introductions (en)", () => {
  let app: TestApp;
  let cohort: Cohort;
  const skills = starterSkills("en");

  /** An applicant who went through the forms (seeded through the domain services). */
  async function applicant(userId: string, name: string, role: "mentor" | "mentee", ratings: Record<string, number>, learn: string[], department: string) {
    const { services } = app.tandem;
    const person = await services.people.identify({ platform: "slack", workspaceId: app.slack.teamId, userId }, async () => ({ displayName: name, locale: "en-GB", timeZone: "Europe/London" }));
    const gate = await services.applications.begin(person, cohort);
    if (!gate.ok) throw new Error(gate.reason);
    await services.applications.saveProfile(person, gate.application.id, {
      role,
      jobTitle: role === "mentor" ? "Analyst" : "Head of unit",
      department,
      sponsorUserId: undefined,
      linkedinUrl: "",
      strengths: "x",
      learnSkills: learn,
      areasToDeepen: "",
      firstWish: "x",
      selfDescription: "",
      challenges: "",
      mentoringMeaning: "",
      languages: ["en"],
      timeZone: "Europe/London",
      workStart: "09:00",
      workEnd: "17:00",
      workDays: [1, 2, 3, 4, 5],
      capacity: 1,
      consent: true,
    });
    await services.applications.saveRatings(person, gate.application.id, Object.fromEntries(skills.map((s) => [s.id, ratings[s.id] ?? 2])));
    const sent = await services.applications.submit(person, gate.application.id, null);
    if (!sent.ok) throw new Error(sent.reason);
  }

  const dmMessages = () => app.slack.callsTo("chat.postMessage").filter((c) => c.args.channel === "UCOORD" && String(c.args.text).startsWith("Proposal"));
  const blocksOf = (call: { args: Record<string, any> }) => call.args.blocks as any[];
  const pairBlocks = (blocks: any[]) => blocks.filter((b) => String(b.block_id ?? "").startsWith("match:"));

  async function click(action: Record<string, unknown>) {
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction({ id: "UCOORD" }, action as any, { response_url: responseUrl, channel: { id: "DUCOORD" } });
    return app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD", TANDEM_TRAINING_URL: "https://example.org/training" } });
    app.slack.addUser({ id: "UCOORD", real_name: "Carol", locale: "en-GB", tz: "Europe/London" });
    const coordinator = await app.tandem.services.people.identify({ platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" }, async () => ({ displayName: "Carol" }));
    const created = await app.tandem.services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/London", "en"),
      name: "Digital 2027",
      objective: "Digital skills",
      sponsorRequired: false,
      skills,
    });
    if (!created.ok) throw new Error("no cohort");
    const opened = await app.tandem.services.cohorts.openApplications(created.cohort.id);
    if (!opened.ok) throw new Error("not open");
    cohort = opened.cohort;
    await applicant("UMIA", "Mia", "mentor", { spreadsheets: 5, "generative-ai": 4 }, ["e-government"], "Digital");
    await applicant("UNOAH", "Noah", "mentor", { "generative-ai": 5, "video-meetings": 5 }, ["presentations"], "Digital");
    await applicant("UEVE", "Eve", "mentee", { spreadsheets: 1, "e-government": 5 }, ["spreadsheets"], "Finance");
    await applicant("UTOM", "Tom", "mentee", { "generative-ai": 1, presentations: 5 }, ["generative-ai"], "Legal");
    await applicant("UZOE", "Zoe", "mentee", { "video-meetings": 1 }, ["video-meetings"], "Audit");
  });
  afterAll(() => app.stop());

  it("proposes the best pairs with reasons, against a random pairing, in the coordinator's DM", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "match"));
    expect(reply.text).toBe("The proposal for *Digital 2027* is in your DM with Tandem.");
    const [posted] = dmMessages();
    const text = JSON.stringify(posted!.args.blocks);
    expect(posted!.args.text).toBe("Proposal 1 · Digital 2027");
    expect(text).toContain("*2* pairs from 5 people · *1* left unmatched");
    const pairs = pairBlocks(blocksOf(posted!)).map((b) => b.text.text as string);
    expect(pairs.some((p) => p.startsWith("*Mia* mentors *Eve*") && p.includes("Mia rates Spreadsheets (Excel, Google Sheets) 5; Eve wants to learn it and rates it 1"))).toBe(true);
    expect(pairs.some((p) => p.startsWith("*Noah* mentors *Tom*"))).toBe(true);
    expect(text).toContain("*Left unmatched*");
    expect(text).toContain("*Zoe*: 2 compatible partners, all in pairs with a better fit");
  });

  it("locks and excludes pairs, each a re-run that keeps the coordinator's choices", async () => {
    const proposal = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const noahTom = proposal.result.pairs.findIndex((p) => proposal.people[p.mentorId]!.name === "Noah");
    const excluded = await click({ type: "overflow", action_id: "match.pair", block_id: `match:${proposal.id}:${noahTom}`, selected_option: { value: "exclude", text: { type: "plain_text", text: "x" } } });
    expect(excluded.args.replace_original).toBe(true);
    expect(excluded.args.text).toBe("Proposal 2 · Digital 2027");
    const v2 = pairBlocks(excluded.args.blocks).map((b) => b.text.text as string);
    expect(v2.some((p) => p.startsWith("*Noah* mentors *Tom*"))).toBe(false);
    expect(JSON.stringify(excluded.args.blocks)).toContain("Coordinator's choices: 0 locked, 1 excluded.");

    const second = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const miaEve = second.result.pairs.findIndex((p) => proposal.people[p.mentorId]!.name === "Mia");
    const locked = await click({ type: "overflow", action_id: "match.pair", block_id: `match:${second.id}:${miaEve}`, selected_option: { value: "lock", text: { type: "plain_text", text: "x" } } });
    expect(locked.args.text).toBe("Proposal 3 · Digital 2027");
    expect(JSON.stringify(locked.args.blocks)).toContain("*Mia* mentors *Eve* · fit");
    expect(JSON.stringify(locked.args.blocks)).toContain("🔒 locked");

    // An older version cannot be acted on any more.
    const stale = await click({ type: "button", action_id: "match.approve", value: JSON.stringify({ proposalId: proposal.id, page: 0 }) });
    expect(stale.args.text).toBe("This is not the newest proposal for *Digital 2027* any more: use the newest one (or run `/mentoring match Digital 2027` again).");
  });

  it("approves the newest version and introduces each pair once, in a group DM", async () => {
    const newest = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const approved = await click({ type: "button", action_id: "match.approve", value: JSON.stringify({ proposalId: newest.id, page: 0 }) });
    expect(approved.args.text).toBe(`✅ Proposal ${newest.version} for *Digital 2027* approved: 2 pairs are being introduced and 1 people told why they were not matched.`);
    await app.runJobs();
    await app.runJobs();
    const groups = app.slack.callsTo("conversations.open").filter((c) => String(c.args.users).includes(","));
    expect(groups.map((c) => String(c.args.users).split(",").sort().join(","))).toEqual(expect.arrayContaining(["UEVE,UMIA"]));
    const intros = app.slack.callsTo("chat.postMessage").filter((c) => String(c.args.text).startsWith("🤝"));
    expect(intros).toHaveLength(2);
    const miaEve = intros.find((c) => JSON.stringify(c.args.blocks).includes("*<@UMIA>* (Analyst, Digital) mentors *<@UEVE>* (Head of unit, Finance)"))!;
    expect(miaEve.args.channel).toMatch(/^G/);
    const text = JSON.stringify(miaEve.args.blocks);
    expect(text).toContain("Reverse mentoring:");
    expect(text).toContain("SMART");
    expect(text).toContain("<https://example.org/training|Mentor training material>");

    const left = app.slack.messages.filter((m) => m.channel === "DUZOE" || m.channel === "DUTOM");
    // Tom's only partners were Noah (excluded with him) and Mia (locked to Eve).
    expect(left.map((m) => [m.channel, m.text])).toEqual([["DUTOM", "You are not in a pair in Digital 2027 this time. The coordinators will be in touch."]]);

    const statuses = (await app.tandem.services.applications.listByCohort(cohort.id)).map((a) => a.status).sort();
    expect(statuses).toEqual(["matched", "matched", "matched", "matched", "submitted"]);
    // Running match again says it is done rather than proposing new pairs.
    const again = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "match"));
    expect(again.text).toContain("were approved on");
  });
});
