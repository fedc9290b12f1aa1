import { renameSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqliteFilePath } from "../../src/config/database-url";
import { startTestApp, type TestApp } from "../support/app";

describe("GET /healthz", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it("answers 200 while the database answers", async () => {
    const response = await fetch(`${app.tandem.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "ok" });
  });

  it("answers 503 while the database cannot be read, and 200 again once it is back", async () => {
    const file = sqliteFilePath(app.databaseUrl);
    const db = app.tandem.services.db;
    // The database file goes missing (a lost volume): the next query reopens a file with no tables.
    await db.$disconnect();
    renameSync(file, `${file}.away`);
    try {
      const response = await fetch(`${app.tandem.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    } finally {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm"]) rmSync(`${file}${suffix}`, { force: true });
      renameSync(`${file}.away`, file);
    }
    const again = await fetch(`${app.tandem.url}/healthz`);
    expect(again.status).toBe(200);
  });

  it("answers Slack's 503 with an explanation when Slack is not configured", async () => {
    const bare = await startTestApp({ withoutSlack: true });
    try {
      const response = await fetch(`${bare.tandem.url}/slack/events`, { method: "POST", body: "{}" });
      expect(response.status).toBe(503);
      expect(((await response.json()) as { error: string }).error).toContain("Slack is not configured");
    } finally {
      await bare.stop();
    }
  });
});
