import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coordinatorChangeText } from "../../src/app/refusals";
import { PeopleService, type Person } from "../../src/domain/people";
import type { JobRequest } from "../../src/domain/jobs";
import { PrismaPeopleRepository } from "../../src/storage/people-repository";
import { openDatabase, type Database } from "../../src/storage/prisma-client";
import { freshDatabaseUrl } from "../support/database";
import { FakeClock } from "../support/fake-clock";

describe("people", () => {
  let db: Database;
  let people: PeopleService;
  const clock = new FakeClock("2026-11-23T09:00:00Z");
  const enqueued: JobRequest[] = [];
  let fetches = 0;

  beforeAll(async () => {
    db = await openDatabase(await freshDatabaseUrl());
    people = new PeopleService(
      new PrismaPeopleRepository(db),
      clock,
      {
        configuredCoordinators: ["slack:UROOT", "teams:aad-teams-root", "USLACKBARE"],
        defaultLocale: "es",
        defaultTimeZone: "America/Santiago",
        profileMaxAgeMs: 24 * 3600_000,
      },
      { enqueue: async (jobs) => (enqueued.push(...jobs), jobs.length) },
    );
  });
  afterAll(() => db.$disconnect());

  const profile = (locale: string, timeZone: string) => async () => {
    fetches++;
    return { displayName: "Ana", locale, timeZone };
  };

  it("fetches the platform profile on first contact and maps its locale", async () => {
    const ana = await people.identify(
      { platform: "slack", workspaceId: "T1", userId: "UANA" },
      profile("es-419", "America/Lima"),
    );
    expect(ana).toMatchObject({ displayName: "Ana", locale: "es-419", timeZone: "America/Lima" });
    expect(fetches).toBe(1);
  });

  it("trusts the stored profile for a day, then fetches it again", async () => {
    await people.identify({ platform: "slack", workspaceId: "T1", userId: "UANA" }, profile("en-US", "Europe/London"));
    expect(fetches).toBe(1);
    clock.advanceDays(1);
    const refreshed = await people.identify(
      { platform: "slack", workspaceId: "T1", userId: "UANA" },
      profile("en-US", "Europe/London"),
    );
    expect(fetches).toBe(2);
    expect(refreshed).toMatchObject({ locale: "en", timeZone: "Europe/London" });
  });

  it("keeps working when the profile cannot be fetched", async () => {
    const luis = await people.identify({ platform: "slack", workspaceId: "T1", userId: "ULUIS" }, async () => {
      throw new Error("slack is down");
    });
    expect(luis).toMatchObject({ userId: "ULUIS", locale: null });
    expect(people.localeOf(luis)).toBe("es");
    expect(people.timeZoneOf(luis)).toBe("America/Santiago");
  });

  it("falls back to the default language for unsupported locales and ignores bad zones", async () => {
    const pierre = await people.identify({ platform: "slack", workspaceId: "T1", userId: "UPIERRE" }, async () => ({
      locale: "fr-FR",
      timeZone: "Not/AZone",
    }));
    expect(people.viewer(pierre)).toMatchObject({ locale: "es", timeZone: "America/Santiago", isCoordinator: false });
  });

  it("lets a person's own choices win over the platform's", async () => {
    const key = { platform: "slack" as const, workspaceId: "T1", userId: "UCHOOSE" };
    const person = await people.identify(key, profile("en-US", "Europe/London"));
    expect((await people.chooseLanguage(person, "ES")).ok).toBe(true);
    expect((await people.chooseTimeZone(person, "Europe/Madrid")).ok).toBe(true);
    expect((await people.chooseTimeZone(person, "Madrid")).ok).toBe(false);
    expect((await people.chooseLanguage(person, "de")).ok).toBe(false);
    clock.advanceDays(2);
    expect(await people.identify(key, profile("en-US", "Europe/London"))).toMatchObject({
      locale: "es",
      timeZone: "Europe/Madrid",
    });
  });

  it("knows coordinators configured by platform prefix, and a bare id as a Slack id only", async () => {
    const root = await people.identifyWithProfile(
      { platform: "slack", workspaceId: "T1", userId: "UROOT" },
      { displayName: "Root" },
    );
    const teamsRoot = await people.identifyWithProfile(
      { platform: "teams", workspaceId: "tn", userId: "aad-teams-root" },
      {},
    );
    const bare = await people.identifyWithProfile({ platform: "slack", workspaceId: "T1", userId: "USLACKBARE" }, {});
    const impostor = await people.identifyWithProfile({ platform: "teams", workspaceId: "tn", userId: "UROOT" }, {});
    const bareImpostor = await people.identifyWithProfile(
      { platform: "teams", workspaceId: "tn", userId: "USLACKBARE" },
      {},
    );
    expect(people.isCoordinator(root)).toBe(true);
    expect(people.isCoordinator(teamsRoot)).toBe(true);
    expect(people.isCoordinator(bare)).toBe(true);
    expect(people.isCoordinator(impostor)).toBe(false);
    expect(people.isCoordinator(bareImpostor)).toBe(false);
  });

  it("grants and revokes the coordinator role with plain rules, telling the new coordinator", async () => {
    const root = (await people.find({ platform: "slack", workspaceId: "T1", userId: "UROOT" }))!;
    const ana = (await people.find({ platform: "slack", workspaceId: "T1", userId: "UANA" }))!;
    const luis = (await people.find({ platform: "slack", workspaceId: "T1", userId: "ULUIS" }))!;

    const refused = await people.grantCoordinator(luis, ana);
    expect(refused).toEqual({ ok: false, reason: "not-coordinator" });
    expect(coordinatorChangeText("add", refused, "Ana").key).toBe("common.coordinatorOnly");

    const granted = await people.grantCoordinator(root, ana);
    expect(granted).toMatchObject({ ok: true, changed: true });
    expect(enqueued).toHaveLength(1);
    expect(enqueued[0]).toMatchObject({
      kind: "notify",
      payload: { personId: ana.id, notice: { key: "admin.grantedNotice", vars: { actor: "Root" } } },
    });
    const anaCoordinator = (granted as { person: Person }).person;
    expect(await people.grantCoordinator(root, anaCoordinator)).toMatchObject({ ok: true, changed: false });

    expect(await people.revokeCoordinator(anaCoordinator, root)).toEqual({ ok: false, reason: "configured-in-env" });
    expect(await people.revokeCoordinator(root, anaCoordinator)).toMatchObject({ ok: true, changed: true });
    expect((await people.coordinators()).map((p) => p.userId).sort()).toEqual([
      "UROOT",
      "USLACKBARE",
      "aad-teams-root",
    ]);
  });
});
