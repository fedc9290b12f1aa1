import { DateTime } from "luxon";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { autoFinishAt, roundOpensAt } from "../../src/domain/evaluation/rounds";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import { proposalScreen } from "../../src/app/proposal-screen";
import { slackScreen } from "../../src/platforms/slack/render-screen";
import { slackReaderIn } from "../../src/platforms/slack/people";
import { testProvider } from "../support/database";
import { startTestApp, type TestApp } from "../support/app";
import { openCohortFor, submittedApplicant } from "../support/builders";

/** Written by the person who leaves into everything that is theirs: it must go with them. */
const MARKER = "HUELLA-LEAVER-5d2c";
const LEAVER = { id: "UZEBULON", first: "Zebulon", last: "Quartermaine" };

/**
 * Issue 15, item 7: leaving must leave no trace (README, Privacy), the partner who stays is still
 * a participant at the close, and an anonymous cohort's export cannot be joined back to a person.
 * Everything runs through the app as Slack drives it, on the fake clock.
 */
describe("leaving a programme (en)", () => {
  let app: TestApp;
  let cohort: Cohort;
  let ended: PairRecord;
  let leaver: Person;
  let proposalId: string;

  const dmTo = (user: string) =>
    app.slack.callsTo("chat.postMessage").filter((c) => c.args.channel === `D${user}` || c.args.channel === user);
  const textsTo = (user: string) => dmTo(user).map((c) => String(c.args.text));
  const command = async (user: string, text: string) =>
    app.requests.replyTo(await app.requests.command({ id: user }, text));
  const person = async (userId: string) =>
    (await app.tandem.services.people.find({ platform: "slack", workspaceId: app.slack.teamId, userId }))!;
  async function pdfText(content: Buffer): Promise<string> {
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
    return text.replace(/\s+/g, " ");
  }

  /**
   * Every text cell of every table that mentions the leaver. Slack conversation ids are opaque,
   * but the fake Slack builds them from user ids ("DUZEBULON"), so they are left out of the search.
   */
  async function traces(): Promise<string[]> {
    const db = app.tandem.services.db;
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      testProvider === "postgresql"
        ? `SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '_prisma%'`
        : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'`,
    );
    const found: string[] = [];
    for (const { name } of tables) {
      for (const row of await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}"`)) {
        for (const [column, raw] of Object.entries(row)) {
          // JSON columns come back parsed; dates and numbers cannot hold a name.
          const value =
            typeof raw === "string"
              ? raw
              : raw !== null && typeof raw === "object" && !(raw instanceof Date)
                ? JSON.stringify(raw)
                : null;
          if (value === null) continue;
          // Where the README says it stays: the platform id on the emptied profile (how the bot knows them if they come back).
          if (name === "Person" && column === "userId" && value === LEAVER.id) continue;
          const text = value.replace(/\b[DG](U[A-Z0-9]+)+\b/g, "<conversation>");
          for (const needle of [LEAVER.first, LEAVER.last, LEAVER.id, MARKER]) {
            if (text.includes(needle)) found.push(`${name}.${column} has ${needle}: ${text.slice(0, 160)}`);
          }
        }
      }
    }
    return found;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    for (const [id, name] of [
      ["UCOORD", "Carol"],
      ["UMIA", "Mia"],
      [LEAVER.id, `${LEAVER.first} ${LEAVER.last}`],
      ["UNOAH", "Noah"],
      ["UTOM", "Tom"],
    ] as const) {
      app.slack.addUser({ id, real_name: name, locale: "en-GB", tz: "Europe/London" });
    }
    const { services } = app.tandem;
    const coordinator = await services.people.identify(
      { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
      async () => ({ displayName: "Carol" }),
    );
    cohort = await openCohortFor(services, coordinator, "Digital 2027", app.clock.now());
    const applicant = (
      userId: string,
      name: string,
      role: "mentor" | "mentee",
      ratings: Record<string, number>,
      learn: string[],
      department: string,
    ) =>
      submittedApplicant(
        services,
        cohort,
        { workspaceId: app.slack.teamId, userId, name },
        { role, ratings, learn, department },
      );
    await applicant("UMIA", "Mia", "mentor", { spreadsheets: 5 }, ["e-government"], "Digital");
    await applicant(
      LEAVER.id,
      `${LEAVER.first} ${LEAVER.last}`,
      "mentee",
      { spreadsheets: 1 },
      ["spreadsheets"],
      "Finance",
    );
    await applicant("UNOAH", "Noah", "mentor", { "generative-ai": 5 }, ["presentations"], "Digital");
    await applicant("UTOM", "Tom", "mentee", { "generative-ai": 1 }, ["generative-ai"], "Legal");

    // The coordinator runs the matching and approves it in Slack.
    await command("UCOORD", "match Digital 2027");
    const proposal = (await services.pairing.latestProposal(cohort.id))!;
    proposalId = proposal.id;
    expect(JSON.stringify(proposal)).toContain(LEAVER.first);
    await app.requests.blockAction(
      { id: "UCOORD" },
      { action_id: "match.approve", value: JSON.stringify({ proposalId, page: 0 }) },
      { response_url: app.slack.responseUrl(), channel: { id: "DUCOORD" } },
    );
    await app.slack.waitFor("response_url");
    leaver = await person(LEAVER.id);
    // The approval finishes after Slack's acknowledgement: wait for its pairs.
    await app.settled();
    await vi.waitFor(
      async () =>
        expect((await services.pairing.pairsOfCohort(cohort.id)).some((p) => p.menteePersonId === leaver.id)).toBe(
          true,
        ),
      { timeout: 10_000 },
    );
    ended = (await services.pairing.pairsOfCohort(cohort.id)).find((p) => p.menteePersonId === leaver.id)!;
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ days: 5, hours: 9 }).toJSDate());
    await app.runJobs();
  });
  afterAll(() => app.stop());

  it("after leaving, nothing in the database names them, describes them or holds what they wrote", async () => {
    const { services } = app.tandem;
    const mia = await person("UMIA");
    // The pair met, wrote notes, an action item and a goal; the leaver asked for help; the coordinator nudged them.
    const logged = await services.sessions.log(
      leaver,
      ended.id,
      {
        date: DateTime.fromJSDate(app.clock.now()).minus({ days: 2 }).toISODate(),
        duration: "60",
        topics: MARKER,
        privateNotes: MARKER,
        actionItems: [
          {
            owner: leaver.id,
            text: `Read ${MARKER}`,
            dueDate: DateTime.fromJSDate(app.clock.now()).plus({ days: 9 }).toISODate(),
          },
        ],
      },
      "Europe/London",
    );
    expect(logged.ok).toBe(true);
    const goal = await services.goals.create(
      mia,
      ended.id,
      {
        title: `Spreadsheets ${MARKER}`,
        specific: MARKER,
        measurable: "x",
        achievable: "x",
        relevant: "x",
        timeBound: "",
        phase1: "x",
        phase2: "x",
        phase3: "x",
      },
      "Europe/London",
    );
    expect(goal.ok).toBe(true);
    expect((await services.rhythm.askForHelp(leaver, ended.id, `Help ${MARKER}`)).ok).toBe(true);
    const coordinator = await person("UCOORD");
    expect((await services.reporting.nudge(coordinator, ended.id)).ok).toBe(true);
    await app.runJobs();
    // The search sees them before they leave: in their goal, the proposal (a JSON column), the audit log.
    const before = (await traces()).join("\n");
    for (const where of ["Goal.title", "MatchProposal.result", "AuditEntry.details", "Person.displayName"])
      expect(before).toContain(where);

    const opened = app.slack.waitForNext("views.open", (c) => c.args.view.callback_id === "form:leave");
    await app.requests.command({ id: LEAVER.id }, "leave");
    const modal = (await opened).args.view;
    const done = await app.requests.viewSubmission(
      { id: LEAVER.id },
      {
        callback_id: modal.callback_id,
        private_metadata: modal.private_metadata,
        values: {
          cohort: { value: { type: "static_select", selected_option: { value: cohort.id } } },
          reason: { value: { type: "plain_text_input", value: `Moving on ${MARKER}` } },
        },
      },
    );
    expect(done.body).toBe("");
    await app.slack.waitFor("chat.postMessage", (c) => String(c.args.text).startsWith("You have left *Digital 2027*"));
    await app.runJobs();
    // Partner and coordinator were told, in the leaver's own words...
    expect(textsTo("UMIA").find((t) => t.includes("has left *Digital 2027*"))).toContain(MARKER);
    // Work still queued for the ended pair (nudges, reminders) is cancelled, not left to run.
    const queued = await app.tandem.services.db.job.findMany({ where: { state: "pending" } });
    expect(queued.filter((j) => JSON.stringify(j.payload).includes(ended.id))).toEqual([]);
    expect(await app.tandem.services.db.job.count({ where: { state: "cancelled" } })).toBeGreaterThan(0);
    // ...and then nothing is left anywhere.
    expect(await traces()).toEqual([]);
  });

  it("the matching proposal, its card and its Download CSV no longer name or describe them", async () => {
    const before = app.slack.uploads.length;
    await app.requests.blockAction(
      { id: "UCOORD" },
      { action_id: "match.download", value: JSON.stringify({ proposalId, page: 0 }) },
      { container: { type: "message", channel_id: "DUCOORD", message_ts: "1700000000.000100" } },
    );
    await app.slack.waitFor("files.completeUploadExternal", (_c) => app.slack.uploads.length > before);
    const csv = app.slack.uploads.at(-1)!.content.toString("utf8");
    expect(csv).toContain("Mia");
    expect(csv).toContain("Noah");
    expect(csv).not.toContain(LEAVER.first);
    // Mia's row no longer says what the leaver rated themselves ("… rates it 1").
    expect(csv.split(/\r?\n/).find((line) => line.includes("Mia"))).not.toMatch(/rates it/);
    // The review card, as the coordinator's Previous / Next buttons draw it again from the stored proposal.
    const { services } = app.tandem;
    const stored = (await services.pairing.latestProposal(cohort.id))!;
    const constraints = await services.pairing.constraints(cohort.id);
    const card = JSON.stringify(
      slackScreen(proposalScreen(stored, cohort, constraints, 0), slackReaderIn("en", "Europe/Madrid")),
    );
    expect(card).toContain("Mia");
    expect(card).not.toContain(LEAVER.first);
  });

  it("the partner who stays is still a participant: asked the final evaluation, and told at the close what was missing", async () => {
    app.clock.set(roundOpensAt(cohort, "final"));
    await app.runJobs();
    expect(textsTo("UMIA").filter((t) => t.startsWith("🎓 *Digital 2027* is nearly over"))).toHaveLength(1);
    expect(textsTo(LEAVER.id).filter((t) => t.startsWith("🎓"))).toHaveLength(0);

    // Nobody closes it by hand: the automatic close a week after the end.
    app.clock.set(autoFinishAt(cohort));
    await app.runJobs();
    await app.runJobs();
    expect((await app.tandem.services.cohorts.findById(cohort.id))!.finishedAt).not.toBeNull();
    for (const user of ["UMIA", "UNOAH", "UTOM"]) {
      const shortfall = textsTo(user).find((t) => t.startsWith("*Digital 2027* has finished"));
      expect(shortfall, user).toContain("4 mentoring sessions (you held");
    }
    expect(textsTo("UMIA").find((t) => t.startsWith("*Digital 2027* has finished"))).toContain(
      "4 mentoring sessions (you held 1)",
    );
    expect(textsTo(LEAVER.id).filter((t) => t.includes("has finished"))).toHaveLength(0);
  });

  it("an anonymous cohort's export and report hold no per-person row that could be joined back to someone", async () => {
    const { services } = app.tandem;
    const updated = await services.cohorts.update(cohort.id, { ...cohort, anonymousEvaluations: true });
    expect(updated.ok).toBe(true);
    // Tom answered his final evaluation (reopened by hand: the close shut it).
    await services.db.cohort.update({ where: { id: cohort.id }, data: { finishedAt: null } });
    app.clock.set(DateTime.fromJSDate(roundOpensAt(cohort, "final")).plus({ days: 1 }).toJSDate());
    const tom = await person("UTOM");
    const tomsEvaluation = (await services.evaluations.ofPerson(tom.id)).find((e) => e.kind === "final")!;
    const saved = await services.evaluations.submit(tom, tomsEvaluation.id, {
      satisfaction: "4",
      objectiveProgress: "4",
      learned: "Prompting well",
      recommend: "yes",
      "skill:generative-ai": "4",
    });
    expect(saved.ok).toBe(true);

    const before = app.slack.uploads.length;
    await command("UCOORD", "export Digital 2027");
    const files = app.slack.uploads.slice(before);
    const evaluations = files.find((f) => f.filename.endsWith("questionnaires.csv"))!.content.toString("utf8");
    const rows = evaluations
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/)
      .slice(1);
    expect(rows.some((r) => r.includes("Prompting well"))).toBe(true);
    // Tom's "before" rating is his application's ("rates generative AI 1"): with his role it names him.
    for (const row of rows) expect(row).not.toMatch(/→|Generative AI|\d→\d/i);
    expect(evaluations).not.toMatch(/Tom|Mia|Noah/);
    // Nor a time of sending that another record could match.
    const tomsRow = rows.find((r) => r.includes("Prompting well"))!;
    expect(tomsRow).not.toMatch(/\d{1,2}:\d{2}/);

    const report = app.slack.uploads.length;
    await command("UCOORD", "report Digital 2027");
    const pdf = app.slack.uploads.slice(report).find((f) => f.filename.endsWith(".pdf"))!;
    const text = await pdfText(pdf.content);
    // One mentee's skill figures are that mentee's own ratings: not shown in an anonymous cohort.
    expect(text).not.toMatch(/Mentees 1 1\.0 4\.0/);
    expect(text).toContain("rows with fewer than 3 people are not shown");
  });

  it("still holds nothing of the leaver after the close, the export and the report", async () => {
    expect(await traces()).toEqual([]);
  });
});
