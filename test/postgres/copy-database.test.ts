import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyDatabase } from "../../scripts/copy-database";
import { notifyJob } from "../../src/domain/jobs";
import { applyMigrations } from "../../src/storage/migrate";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson } from "../support/builders";
import { freshDatabaseUrl, TEST_DATA_DIR } from "../support/database";

// Runs only with TEST_POSTGRES_URL (npm run test:postgres): it needs a PostgreSQL server.
describe("moving a SQLite deployment to PostgreSQL (npm run db:copy)", () => {
  let sqliteUrl: string;
  let postgresUrl: string;
  let before: TestApp;

  beforeAll(async () => {
    sqliteUrl = `file:${join(TEST_DATA_DIR, `copy-${randomUUID()}.db`)}`;
    await applyMigrations(sqliteUrl);
    before = await startTestApp({ databaseUrl: sqliteUrl });
    const services = before.tandem.services;
    const ana = await createSlackPerson(services, "UANA", { name: "Ana", locale: "es", timeZone: "America/Santiago" });
    await services.people.chooseLanguage(ana, "es");
    const luis = await createSlackPerson(services, "ULUIS", { name: "Luis", locale: "en" });
    const now = before.clock.now();
    await services.jobs.enqueue([
      notifyJob(ana.id, { key: "admin.grantedNotice", vars: { actor: "C" } }, "copy-sent", now),
    ]);
    await before.runJobs();
    await services.jobs.enqueue([
      notifyJob(
        luis.id,
        { key: "admin.grantedNotice", vars: { actor: "C" } },
        "copy-later",
        new Date(now.getTime() + 3_600_000),
      ),
    ]);
    await services.processedEvents.firstSighting("slack:Ev1", now);
    await before.stop();
    postgresUrl = await freshDatabaseUrl();
  });
  afterAll(async () => undefined);

  it("copies every row, and the bot carries on from where it was", async () => {
    const report = await copyDatabase(sqliteUrl, postgresUrl);
    expect(report).toEqual([
      { model: "Person", rows: 2 },
      { model: "Job", rows: 2 },
      { model: "Delivery", rows: 1 },
      { model: "SendBudget", rows: 1 },
      { model: "ProcessedEvent", rows: 1 },
      { model: "Cohort", rows: 0 },
      { model: "Application", rows: 0 },
      { model: "MatchProposal", rows: 0 },
      { model: "MatchConstraint", rows: 0 },
      { model: "Pair", rows: 0 },
      { model: "PairSession", rows: 0 },
      { model: "ActionItem", rows: 0 },
      { model: "Goal", rows: 0 },
      { model: "Plenary", rows: 0 },
      { model: "PlenaryAttendance", rows: 0 },
      { model: "HelpRequest", rows: 0 },
      { model: "Evaluation", rows: 0 },
      { model: "Certificate", rows: 0 },
      { model: "AuditEntry", rows: 0 },
    ]);

    const after = await startTestApp({ databaseUrl: postgresUrl });
    try {
      const ana = await after.tandem.services.people.find({
        platform: "slack",
        workspaceId: "T0TANDEM",
        userId: "UANA",
      });
      expect(ana).toMatchObject({ displayName: "Ana", locale: "es", localeChosen: true, timeZone: "America/Santiago" });
      expect(await after.tandem.services.jobRepository.find("copy-sent")).toMatchObject({ state: "done" });
      expect(await after.tandem.services.processedEvents.firstSighting("slack:Ev1", after.clock.now())).toBe(false);
      // The pending job runs on the new database, once; the delivered one is not sent again.
      after.clock.advance(3_600_000);
      expect(await after.runJobs()).toMatchObject({ done: 1 });
      const sent = after.slack.callsTo("chat.postMessage");
      expect(sent.map((c) => c.args.metadata.event_payload.key)).toEqual(["copy-later"]);
    } finally {
      await after.stop();
    }
  });

  it("refuses to copy into a database that already holds data", async () => {
    await expect(copyDatabase(sqliteUrl, postgresUrl)).rejects.toThrow(/already holds data/);
  });
});
