import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app";
import { takeDatabaseAway } from "../support/database";

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

  it("answers 503 while the database cannot be reached, and 200 again once it is back", async () => {
    const bringBack = await takeDatabaseAway(app.databaseUrl, () => app.tandem.services.db.$disconnect());
    try {
      const response = await fetch(`${app.tandem.url}/healthz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: "unavailable", database: "unreachable" });
    } finally {
      await bringBack();
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
