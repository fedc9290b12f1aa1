import { isLocale, type Locale } from "../domain/locale";
import type { PeopleRepository, Person, PersonKey, Platform } from "../domain/people";
import type { Person as PersonRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export class PrismaPeopleRepository implements PeopleRepository {
  constructor(private readonly db: Database) {}

  async findByKey(key: PersonKey): Promise<Person | null> {
    const row = await this.db.person.findUnique({ where: { platform_workspaceId_userId: key } });
    return row ? toPerson(row) : null;
  }

  async findById(id: string): Promise<Person | null> {
    const row = await this.db.person.findUnique({ where: { id } });
    return row ? toPerson(row) : null;
  }

  async findByIds(ids: string[]): Promise<Person[]> {
    const rows = await this.db.person.findMany({ where: { id: { in: ids } } });
    return rows.map(toPerson);
  }

  async saveProfile(
    key: PersonKey,
    profile: { displayName?: string; locale?: Locale | null; timeZone?: string | null },
    syncedAt: Date | null,
  ): Promise<Person> {
    const existing = await this.db.person.findUnique({ where: { platform_workspaceId_userId: key } });
    if (!existing) {
      try {
        const row = await this.db.person.create({
          data: {
            ...key,
            displayName: profile.displayName ?? "",
            locale: profile.locale ?? null,
            timeZone: profile.timeZone ?? null,
            profileSyncedAt: syncedAt,
          },
        });
        return toPerson(row);
      } catch (error) {
        // Two first requests from the same person at once: the other one created the row.
        if (!isUniqueViolation(error)) throw error;
        return this.saveProfile(key, profile, syncedAt);
      }
    }
    const row = await this.db.person.update({
      where: { id: existing.id },
      data: {
        displayName: profile.displayName ?? existing.displayName,
        locale: existing.localeChosen ? existing.locale : (profile.locale ?? existing.locale),
        timeZone: existing.timeZoneChosen ? existing.timeZone : (profile.timeZone ?? existing.timeZone),
        profileSyncedAt: syncedAt ?? existing.profileSyncedAt,
      },
    });
    return toPerson(row);
  }

  async update(
    id: string,
    change: Partial<Pick<Person, "locale" | "localeChosen" | "timeZone" | "timeZoneChosen" | "isCoordinator">>,
  ): Promise<Person> {
    return toPerson(await this.db.person.update({ where: { id }, data: change }));
  }

  async listCoordinators(userIds: string[]): Promise<Person[]> {
    const rows = await this.db.person.findMany({
      where: { OR: [{ isCoordinator: true }, { userId: { in: userIds } }] },
      orderBy: { displayName: "asc" },
    });
    return rows.map(toPerson);
  }

  async deleteWorkspace(platform: Platform, workspaceId: string): Promise<number> {
    return (await this.db.person.deleteMany({ where: { platform, workspaceId } })).count;
  }
}

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    platform: row.platform === "teams" ? "teams" : "slack",
    workspaceId: row.workspaceId,
    userId: row.userId,
    displayName: row.displayName,
    locale: isLocale(row.locale) ? row.locale : null,
    localeChosen: row.localeChosen,
    timeZone: row.timeZone,
    timeZoneChosen: row.timeZoneChosen,
    isCoordinator: row.isCoordinator,
    profileSyncedAt: row.profileSyncedAt,
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
