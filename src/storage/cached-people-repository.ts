import type { Locale } from "../domain/locale";
import type { PeopleRepository, Person, PersonKey, Platform } from "../domain/people";

/**
 * Every Slack or Teams request starts by looking up who sent it. A short in-process cache keeps
 * that lookup off the database on the hot path; writes made here refresh it at once, and a change
 * made by another replica shows within `ttlMs`.
 */
export class CachedPeopleRepository implements PeopleRepository {
  private readonly byKey = new Map<string, { person: Person; at: number }>();
  private readonly byId = new Map<string, { person: Person; at: number }>();

  constructor(
    private readonly inner: PeopleRepository,
    private readonly ttlMs = 15_000,
    private readonly maxEntries = 10_000,
  ) {}

  async findByKey(key: PersonKey): Promise<Person | null> {
    const cached = this.byKey.get(cacheKey(key));
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.person;
    const person = await this.inner.findByKey(key);
    if (person) this.remember(person);
    else this.byKey.delete(cacheKey(key));
    return person;
  }

  async findById(id: string): Promise<Person | null> {
    const cached = this.byId.get(id);
    if (cached && Date.now() - cached.at < this.ttlMs) return cached.person;
    const person = await this.inner.findById(id);
    if (person) this.remember(person);
    else this.byId.delete(id);
    return person;
  }

  findByIds(ids: string[]): Promise<Person[]> {
    return this.inner.findByIds(ids);
  }

  async saveProfile(
    key: PersonKey,
    profile: { displayName?: string; locale?: Locale | null; timeZone?: string | null },
    syncedAt: Date | null,
  ): Promise<Person> {
    return this.remember(await this.inner.saveProfile(key, profile, syncedAt));
  }

  async update(id: string, change: Parameters<PeopleRepository["update"]>[1]): Promise<Person> {
    return this.remember(await this.inner.update(id, change));
  }

  listCoordinators(userIds: string[]): Promise<Person[]> {
    return this.inner.listCoordinators(userIds);
  }

  async deleteWorkspace(platform: Platform, workspaceId: string): Promise<number> {
    for (const [key, entry] of this.byKey) {
      if (entry.person.platform === platform && entry.person.workspaceId === workspaceId) {
        this.byKey.delete(key);
        this.byId.delete(entry.person.id);
      }
    }
    return this.inner.deleteWorkspace(platform, workspaceId);
  }

  private remember(person: Person): Person {
    if (this.byKey.size >= this.maxEntries) this.byKey.delete(this.byKey.keys().next().value!);
    if (this.byId.size >= this.maxEntries) this.byId.delete(this.byId.keys().next().value!);
    const entry = { person, at: Date.now() };
    this.byKey.set(cacheKey(person), entry);
    this.byId.set(person.id, entry);
    return person;
  }
}

function cacheKey(key: PersonKey): string {
  return `${key.platform}\u0000${key.workspaceId}\u0000${key.userId}`;
}
