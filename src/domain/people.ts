import type { Clock } from "./clock";
import { notifyJob, type JobQueue } from "./jobs";
import { isLocale, isTimeZone, supportedLocale, type Locale } from "./locale";
import { can, type Actor } from "./policy";

export type Platform = "slack" | "teams";

/** A person is one user of one platform in one Slack workspace or Teams tenant. */
export interface PersonKey {
  platform: Platform;
  workspaceId: string;
  userId: string;
}

export interface Person extends PersonKey {
  id: string;
  displayName: string;
  locale: Locale | null;
  localeChosen: boolean;
  timeZone: string | null;
  timeZoneChosen: boolean;
  isCoordinator: boolean;
  profileSyncedAt: Date | null;
}

/** What the platform says about a user (Slack users.info, or the Teams activity). */
export interface PlatformProfile {
  displayName?: string;
  locale?: string | null;
  timeZone?: string | null;
}

export interface PeopleRepository {
  findByKey(key: PersonKey): Promise<Person | null>;
  findById(id: string): Promise<Person | null>;
  findByIds(ids: string[]): Promise<Person[]>;
  /** Creates the person or refreshes what the platform says, leaving alone what the person chose. */
  saveProfile(
    key: PersonKey,
    profile: { displayName?: string; locale?: Locale | null; timeZone?: string | null },
    syncedAt: Date | null,
  ): Promise<Person>;
  update(
    id: string,
    change: Partial<Pick<Person, "locale" | "localeChosen" | "timeZone" | "timeZoneChosen" | "isCoordinator">>,
  ): Promise<Person>;
  /** People flagged as coordinators, plus those whose user id is in userIds. */
  listCoordinators(userIds: string[]): Promise<Person[]>;
  /** Removes everyone of one workspace (a demo cohort's made-up people); returns how many. */
  deleteWorkspace(platform: Platform, workspaceId: string): Promise<number>;
}

export interface PeopleSettings {
  /** TANDEM_COORDINATORS: user ids, optionally prefixed with the platform ("slack:U123"). */
  configuredCoordinators: string[];
  defaultLocale: Locale;
  defaultTimeZone: string;
  /** How long a platform profile is trusted before it is fetched again. */
  profileMaxAgeMs: number;
}

/** A person with the language, zone and role that apply to them now: an `Actor` for the policy. */
export interface Viewer extends Actor {
  locale: Locale;
  timeZone: string;
}

export type CoordinatorChange =
  | { ok: true; person: Person; changed: boolean }
  | { ok: false; reason: "not-coordinator" | "configured-in-env" | "last-coordinator" };

export class PeopleService {
  constructor(
    private readonly repo: PeopleRepository,
    private readonly clock: Clock,
    private readonly settings: PeopleSettings,
    private readonly jobs: JobQueue,
  ) {}

  /**
   * The person behind a request. The platform profile is fetched only when unknown or stale, and
   * a failed fetch never blocks the request: we fall back to what we have.
   */
  async identify(key: PersonKey, fetchProfile?: () => Promise<PlatformProfile>): Promise<Person> {
    const known = await this.repo.findByKey(key);
    const now = this.clock.now();
    const fresh =
      known?.profileSyncedAt && now.getTime() - known.profileSyncedAt.getTime() < this.settings.profileMaxAgeMs;
    if (known && (fresh || !fetchProfile)) return known;
    let profile: PlatformProfile | undefined;
    try {
      profile = fetchProfile ? await fetchProfile() : undefined;
    } catch {
      profile = undefined;
    }
    if (!profile) return known ?? this.repo.saveProfile(key, {}, null);
    return this.repo.saveProfile(key, normaliseProfile(profile), now);
  }

  /** The Teams activity carries the profile on every message: take it without a fetch. */
  async identifyWithProfile(key: PersonKey, profile: PlatformProfile): Promise<Person> {
    return this.repo.saveProfile(key, normaliseProfile(profile), this.clock.now());
  }

  find(key: PersonKey): Promise<Person | null> {
    return this.repo.findByKey(key);
  }

  findById(id: string): Promise<Person | null> {
    return this.repo.findById(id);
  }

  /** People by id, as a map (missing ids are simply absent). */
  async byIds(ids: string[]): Promise<Map<string, Person>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return new Map((await this.repo.findByIds(unique)).map((p) => [p.id, p]));
  }

  localeOf(person: Pick<Person, "locale"> | null | undefined): Locale {
    return person?.locale ?? this.settings.defaultLocale;
  }

  timeZoneOf(person: Pick<Person, "timeZone"> | null | undefined): string {
    return person?.timeZone ?? this.settings.defaultTimeZone;
  }

  viewer(person: Person): Viewer {
    return {
      person,
      locale: this.localeOf(person),
      timeZone: this.timeZoneOf(person),
      isCoordinator: this.isCoordinator(person),
    };
  }

  isCoordinator(person: Person): boolean {
    return person.isCoordinator || this.isConfiguredCoordinator(person);
  }

  /**
   * An unprefixed id is a Slack member id: the same string arriving from Teams (an Entra object id
   * anyone could type into a forged activity) must never make a Teams user a coordinator.
   */
  isConfiguredCoordinator(person: PersonKey): boolean {
    return this.settings.configuredCoordinators.some((entry) => {
      const [prefix, ...rest] = entry.split(":");
      if ((prefix === "slack" || prefix === "teams") && rest.length > 0) {
        return prefix === person.platform && rest.join(":") === person.userId;
      }
      return person.platform === "slack" && entry === person.userId;
    });
  }

  async chooseLanguage(person: Person, language: string): Promise<{ ok: true; person: Person } | { ok: false }> {
    const locale = language.trim().toLowerCase();
    if (!isLocale(locale)) return { ok: false };
    return { ok: true, person: await this.repo.update(person.id, { locale, localeChosen: true }) };
  }

  async chooseTimeZone(person: Person, zone: string): Promise<{ ok: true; person: Person } | { ok: false }> {
    const trimmed = zone.trim();
    if (!isTimeZone(trimmed)) return { ok: false };
    return { ok: true, person: await this.repo.update(person.id, { timeZone: trimmed, timeZoneChosen: true }) };
  }

  async grantCoordinator(actor: Person, target: Person): Promise<CoordinatorChange> {
    if (!can(this.viewer(actor), "coordinators.manage")) return { ok: false, reason: "not-coordinator" };
    if (this.isCoordinator(target)) return { ok: true, person: target, changed: false };
    const person = await this.repo.update(target.id, { isCoordinator: true });
    const now = this.clock.now();
    const notice = { key: "admin.grantedNotice", vars: { actor: actor.displayName || actor.userId } };
    await this.jobs.enqueue([
      notifyJob(person.id, notice, `coordinator-granted:${person.id}:${now.toISOString()}`, now),
    ]);
    return { ok: true, person, changed: true };
  }

  async revokeCoordinator(actor: Person, target: Person): Promise<CoordinatorChange> {
    if (!can(this.viewer(actor), "coordinators.manage")) return { ok: false, reason: "not-coordinator" };
    if (this.isConfiguredCoordinator(target)) return { ok: false, reason: "configured-in-env" };
    if (!target.isCoordinator) return { ok: true, person: target, changed: false };
    const others = (await this.coordinators()).filter((p) => p.id !== target.id);
    if (others.length === 0 && this.settings.configuredCoordinators.length === 0)
      return { ok: false, reason: "last-coordinator" };
    return { ok: true, person: await this.repo.update(target.id, { isCoordinator: false }), changed: true };
  }

  /** Coordinators who have talked to the bot or were added; configured ones appear once known. */
  async coordinators(): Promise<Person[]> {
    const configuredIds = this.settings.configuredCoordinators.map((entry) => entry.replace(/^(slack|teams):/, ""));
    return (await this.repo.listCoordinators(configuredIds)).filter((p) => this.isCoordinator(p));
  }
}

function normaliseProfile(profile: PlatformProfile): {
  displayName?: string;
  locale?: Locale | null;
  timeZone?: string | null;
} {
  const zone = profile.timeZone && isTimeZone(profile.timeZone) ? profile.timeZone : undefined;
  return {
    displayName: profile.displayName?.trim() || undefined,
    locale: supportedLocale(profile.locale) ?? undefined,
    timeZone: zone,
  };
}
