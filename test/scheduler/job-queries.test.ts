import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MEETING_JOBS } from "../../src/domain/meetings/meetings";
import { type TestApp, startTestApp } from "../support/app";
import { madridSantiagoPair } from "../support/builders";

const HOUR = 3_600_000;

/**
 * What a reminder costs the database: every statement of the worker's drain is counted from the
 * trace log (LOG_LEVEL=trace logs each statement's text, never its values), less the drain's own
 * rounds (a drain with nothing due). A wave of 20,000 reminders makes each statement 20,000.
 */
describe("database statements per reminder", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { LOG_LEVEL: "trace" } });
  });
  afterAll(async () => app.stop());

  const statements = () => app.log.lines().filter((line) => line.includes('"msg":"database query"'));

  async function statementsOf(drain: () => Promise<unknown>): Promise<string[]> {
    const before = statements().length;
    await drain();
    return statements()
      .slice(before)
      .map((line) => String((JSON.parse(line) as { sql: string }).sql));
  }

  it("a day-before reminder takes at most 8 statements, claim and delivery ledger included", async () => {
    const { services } = app.tandem;
    const { cohort, pair, lucia, jorge } = await madridSantiagoPair(
      services,
      app.slack.teamId,
      app.clock.now(),
      "Consultas",
    );
    app.clock.set(cohort.startsAt);
    await app.runJobs();
    // As a pair plans it: Jorge proposes (Lucía hears of it), Lucía accepts (Jorge hears of it).
    const startsAt = new Date(cohort.startsAt.getTime() + 3 * 24 * HOUR + 10 * HOUR);
    const proposed = await services.sessions.propose(jorge, pair.id, startsAt);
    if (!proposed.ok) throw new Error(proposed.reason);
    await app.runJobs();
    const accepted = await services.sessions.accept(lucia, proposed.session.id);
    if (!accepted.ok) throw new Error(accepted.reason);
    await app.runJobs();

    const reminders = await services.db.job.findMany({
      where: { kind: MEETING_JOBS.remind, state: "pending" },
      orderBy: { runAt: "asc" },
    });
    expect(reminders).toHaveLength(2);
    const nothingDue = await statementsOf(() => app.runJobs());

    // A paced wave sends its reminders one by one: each is claimed, read, sent and recorded on its own.
    for (const reminder of reminders) {
      app.clock.set(reminder.runAt);
      const sent = app.slack.callsTo("chat.postMessage").length;
      const drained = await statementsOf(() => app.runJobs());
      const reminded = app.slack.callsTo("chat.postMessage").slice(sent);
      expect(reminded).toHaveLength(1);
      expect(String(reminded[0]!.args.text)).toMatch(/^⏰ Recordatorio: sesión de mentoría con (Jorge|Lucía)/);
      expect((await services.db.job.findUnique({ where: { id: reminder.id } }))?.state).toBe("done");
      const own = drained.length - nothingDue.length;
      // The statements' text only: the names, topics and items they read or write never reach the log.
      expect(drained.join("\n")).not.toMatch(/Jorge|Lucía|Consultas|Recordatorio/);
      expect(own, drained.map((sql) => sql.trim().slice(0, 60)).join("\n")).toBeLessThanOrEqual(8);
    }
  });
});
