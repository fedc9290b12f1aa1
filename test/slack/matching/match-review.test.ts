import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import { startTestApp, type TestApp } from "../../support/app";
import { openCohortFor, submittedApplicant } from "../../support/builders";

/**
 * Phase 2's matching through Slack: the coordinator runs `match`, reads the proposal, locks and
 * excludes pairs (each a re-run), cannot approve an old version, approves the newest; each pair
 * is introduced once in a group DM and the person left out is told why.
 */
describe("matching review and introductions (en)", () => {
  let app: TestApp;
  let cohort: Cohort;

  const applicant = (
    userId: string,
    name: string,
    role: "mentor" | "mentee",
    ratings: Record<string, number>,
    learn: string[],
    department: string,
  ) =>
    submittedApplicant(
      app.tandem.services,
      cohort,
      { workspaceId: app.slack.teamId, userId, name },
      { role, ratings, learn, department },
    );

  const dmMessages = () =>
    app.slack
      .callsTo("chat.postMessage")
      .filter((c) => c.args.channel === "UCOORD" && String(c.args.text).startsWith("Proposal"));
  const blocksOf = (call: { args: Record<string, any> }) => call.args.blocks as any[];
  /** A pair's block: its ⋯ menu says, in the block id, which proposal and pair it is about. */
  const pairBlocks = (blocks: any[]) => blocks.filter((b) => b.accessory?.action_id === "match.pair");
  const pairBlockId = (proposal: { id: string }, pair: { mentorId: string; menteeId: string }) =>
    JSON.stringify({ proposalId: proposal.id, page: "0", mentorId: pair.mentorId, menteeId: pair.menteeId });

  async function click(action: Record<string, unknown>) {
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction({ id: "UCOORD" }, action as any, {
      response_url: responseUrl,
      channel: { id: "DUCOORD" },
    });
    return app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
  }

  beforeAll(async () => {
    app = await startTestApp({
      env: { TANDEM_COORDINATORS: "UCOORD", TANDEM_TRAINING_URL: "https://example.org/training" },
    });
    app.slack.addUser({ id: "UCOORD", real_name: "Carol", locale: "en-GB", tz: "Europe/London" });
    const coordinator = await app.tandem.services.people.identify(
      { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
      async () => ({ displayName: "Carol" }),
    );
    cohort = await openCohortFor(app.tandem.services, coordinator, "Digital 2027", app.clock.now());
    await applicant("UMIA", "Mia", "mentor", { spreadsheets: 5, "generative-ai": 4 }, ["e-government"], "Digital");
    await applicant(
      "UNOAH",
      "Noah",
      "mentor",
      { "generative-ai": 5, "video-meetings": 5 },
      ["presentations"],
      "Digital",
    );
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
    expect(
      pairs.some(
        (p) =>
          p.startsWith("*Mia* mentors *Eve*") &&
          p.includes("Mia rates Spreadsheets (Excel, Google Sheets) 5; Eve wants to learn it and rates it 1"),
      ),
    ).toBe(true);
    expect(pairs.some((p) => p.startsWith("*Noah* mentors *Tom*"))).toBe(true);
    expect(text).toContain("*Left unmatched*");
    expect(text).toContain("*Zoe*: 2 compatible partners, all in pairs with a better fit");
  });

  it("locks and excludes pairs, each a re-run that keeps the coordinator's choices", async () => {
    const proposal = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const noahTom = proposal.result.pairs.find((p) => proposal.people[p.mentorId]!.name === "Noah")!;
    const excluded = await click({
      type: "overflow",
      action_id: "match.pair",
      block_id: pairBlockId(proposal, noahTom),
      selected_option: { value: "exclude", text: { type: "plain_text", text: "x" } },
    });
    expect(excluded.args.replace_original).toBe(true);
    expect(excluded.args.text).toBe("Proposal 2 · Digital 2027");
    const v2 = pairBlocks(excluded.args.blocks).map((b) => b.text.text as string);
    expect(v2.some((p) => p.startsWith("*Noah* mentors *Tom*"))).toBe(false);
    expect(JSON.stringify(excluded.args.blocks)).toContain("Coordinator's choices: 0 locked, 1 excluded.");

    const second = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const miaEve = second.result.pairs.find((p) => proposal.people[p.mentorId]!.name === "Mia")!;
    const locked = await click({
      type: "overflow",
      action_id: "match.pair",
      block_id: pairBlockId(second, miaEve),
      selected_option: { value: "lock", text: { type: "plain_text", text: "x" } },
    });
    expect(locked.args.text).toBe("Proposal 3 · Digital 2027");
    expect(JSON.stringify(locked.args.blocks)).toContain("*Mia* mentors *Eve* · fit");
    expect(JSON.stringify(locked.args.blocks)).toContain("🔒 locked");

    // An older version cannot be acted on any more.
    const stale = await click({
      type: "button",
      action_id: "match.approve",
      value: JSON.stringify({ proposalId: proposal.id, page: 0 }),
    });
    expect(stale.args.text).toBe(
      "This is not the newest proposal for *Digital 2027* any more: use the newest one (or run `/mentoring match Digital 2027` again).",
    );
  });

  it("reassigns someone to another candidate offered with scores, and gives the CSV", async () => {
    const idOf = (proposal: { people: Record<string, { name: string }> }, who: string) =>
      Object.entries(proposal.people).find(([, p]) => p.name === who)![0];
    const before = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const miaEve = before.result.pairs.find((p) => before.people[p.menteeId]!.name === "Eve")!;
    const since = Date.now();
    await app.requests.blockAction(
      { id: "UCOORD" },
      {
        type: "overflow",
        action_id: "match.pair",
        block_id: pairBlockId(before, miaEve),
        selected_option: { value: "reassign:mentee", text: { type: "plain_text", text: "x" } },
      },
      { container: { type: "message", channel_id: "DUCOORD", message_ts: "1700000000.000100" } },
    );
    const open = await app.slack.waitFor(
      "views.open",
      (c) => c.args.view.callback_id === "match.reassign" && c.at >= since,
    );
    const select = open.args.view.blocks.find((b: any) => b.block_id === "partner").element;
    const texts = select.options.map((o: any) => o.text.text as string);
    expect(texts).toEqual([
      expect.stringMatching(/^Mia mentors Eve · fit \d+\.\d$/),
      expect.stringMatching(/^Noah mentors Eve · fit \d+\.\d$/),
    ]);
    expect(select.options[0].description.text).toContain("Mia rates Spreadsheets");

    // A pair the coordinator excluded is refused next to the field; nothing changes.
    const forbidden = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "match.reassign",
        private_metadata: open.args.view.private_metadata,
        values: {
          partner: {
            partner: {
              type: "static_select",
              selected_option: { value: `${idOf(before, "Noah")}|${idOf(before, "Tom")}` },
            },
          },
        },
      },
    );
    expect(forbidden.json()).toEqual({
      response_action: "errors",
      errors: {
        partner:
          "That pair is not allowed any more (the applications or the coordinator's choices changed). Pick another one.",
      },
    });
    expect((await app.tandem.services.pairing.latestProposal(cohort.id))!.version).toBe(before.version);

    const noahEve = select.options.find((o: any) => o.text.text.startsWith("Noah")).value;
    const done = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "match.reassign",
        private_metadata: open.args.view.private_metadata,
        values: { partner: { partner: { type: "static_select", selected_option: { value: noahEve } } } },
      },
    );
    expect(done.status).toBe(200);
    const updated = await app.slack.waitFor("chat.update", (c) => c.args.ts === "1700000000.000100");
    expect(updated.args.channel).toBe("DUCOORD");
    expect(updated.args.text).toBe(`Proposal ${before.version + 1} · Digital 2027`);
    const pairs = pairBlocks(updated.args.blocks).map((b) => b.text.text as string);
    expect(pairs.find((p) => p.startsWith("*Noah* mentors *Eve*"))).toContain("🔒 locked");
    // Eve's old lock with Mia gave way: one lock, one exclusion.
    expect(JSON.stringify(updated.args.blocks)).toContain("Coordinator's choices: 1 locked, 1 excluded.");

    // And back again, through the same modal, so the rest of the story keeps Mia with Eve.
    const now = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const metadata = JSON.stringify({ ...JSON.parse(open.args.view.private_metadata), proposalId: now.id });
    await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "match.reassign",
        private_metadata: metadata,
        values: {
          partner: {
            partner: { type: "static_select", selected_option: { value: `${idOf(now, "Mia")}|${idOf(now, "Eve")}` } },
          },
        },
      },
    );
    const back = await app.slack.waitFor(
      "chat.update",
      (c) => c.args.text === `Proposal ${now.version + 1} · Digital 2027`,
    );
    expect(
      pairBlocks(back.args.blocks)
        .map((b) => b.text.text as string)
        .find((p) => p.startsWith("*Mia* mentors *Eve*")),
    ).toContain("🔒 locked");

    const latest = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    await app.requests.blockAction(
      { id: "UCOORD" },
      { action_id: "match.download", value: JSON.stringify({ proposalId: latest.id, page: 0 }) },
      { container: { type: "message", channel_id: "DUCOORD", message_ts: "1700000000.000100" } },
    );
    await app.slack.waitFor("files.completeUploadExternal");
    const file = app.slack.uploads.at(-1)!;
    expect(file.filename).toBe(`tandem-${cohort.slug}-proposal-${latest.version}.csv`);
    expect(file.channel).toBe("DUCOORD");
    const csv = file.content
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(csv[0]).toBe("Status,Mentor,Mentor's department,Mentee,Mentee's department,Fit,Locked,Reasons");
    expect(csv.find((line) => line.startsWith("Pair,Mia,Digital,Eve,Finance,"))).toMatch(
      /,yes,"?Mia rates Spreadsheets/,
    );
    expect(csv.filter((line) => line.startsWith("Unmatched,"))).toEqual([
      expect.stringMatching(/^Unmatched,,,Tom,Legal,,,/),
    ]);
  });

  it("approves the newest version and introduces each pair once, in a group DM", async () => {
    const newest = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const approved = await click({
      type: "button",
      action_id: "match.approve",
      value: JSON.stringify({ proposalId: newest.id, page: 0 }),
    });
    expect(approved.args.text).toBe(
      `✅ Proposal ${newest.version} for *Digital 2027* approved: 2 pairs are being introduced and 1 person told why they were not matched.`,
    );
    await app.runJobs();
    await app.runJobs();
    const groups = app.slack.callsTo("conversations.open").filter((c) => String(c.args.users).includes(","));
    expect(groups.map((c) => String(c.args.users).split(",").sort().join(","))).toEqual(
      expect.arrayContaining(["UEVE,UMIA"]),
    );
    const intros = app.slack.callsTo("chat.postMessage").filter((c) => String(c.args.text).startsWith("🤝"));
    expect(intros).toHaveLength(2);
    const miaEve = intros.find((c) =>
      JSON.stringify(c.args.blocks).includes("*<@UMIA>* (Analyst, Digital) mentors *<@UEVE>* (Head of unit, Finance)"),
    )!;
    expect(miaEve.args.channel).toMatch(/^G/);
    const text = JSON.stringify(miaEve.args.blocks);
    expect(text).toContain("Reverse mentoring:");
    expect(text).toContain("SMART");
    expect(text).toContain("<https://example.org/training|Mentor training material>");

    const left = app.slack.messages.filter((m) => m.channel === "DUZOE" || m.channel === "DUTOM");
    // Tom's only partners were Noah (excluded with him) and Mia (locked to Eve).
    expect(left.map((m) => [m.channel, m.text])).toEqual([
      ["DUTOM", "You are not in a pair in Digital 2027 this time. The coordinators will be in touch."],
    ]);

    const statuses = (await app.tandem.services.applications.listByCohort(cohort.id)).map((a) => a.status).sort();
    expect(statuses).toEqual(["matched", "matched", "matched", "matched", "submitted"]);
    // Running match again says it is done rather than proposing new pairs.
    const again = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "match"));
    expect(again.text).toContain("were approved on");
  });
});
