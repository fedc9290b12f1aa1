import type { Clock } from "../clock";
import type { Person } from "../people";

/** Coordinator actions that leave a trace. */
export type AuditAction =
  | "match.approved"
  | "match.locked"
  | "match.excluded"
  | "match.released"
  | "match.reassigned"
  | "application.overridden"
  | "plenary.attendance-corrected"
  | "pair.nudged"
  | "cohort.exported"
  | "cohort.reported"
  | "cohort.finished"
  | "certificate.previewed"
  | "certificate.issued"
  | "certificate.reissued";

export type AuditDetails = Record<string, string | number | boolean>;

export interface AuditEntry {
  id: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  cohortId: string | null;
  cohortName: string;
  /** Names and counts; never a note's content. */
  details: AuditDetails;
  at: Date;
}

export interface AuditRepository {
  record(entry: Omit<AuditEntry, "id">): Promise<void>;
  /** Newest first. */
  list(options: { cohortId?: string; limit: number }): Promise<AuditEntry[]>;
  /** Entries by this actor (a person's own data export). */
  byActor(actorId: string): Promise<AuditEntry[]>;
}

export class AuditLog {
  constructor(
    private readonly repo: AuditRepository,
    private readonly clock: Clock,
  ) {}

  async record(
    actor: Person,
    action: AuditAction,
    cohort: { id: string; name: string } | null,
    details: AuditDetails = {},
  ): Promise<void> {
    await this.repo.record({
      actorId: actor.id,
      actorName: actor.displayName || actor.userId,
      action,
      cohortId: cohort?.id ?? null,
      cohortName: cohort?.name ?? "",
      details,
      at: this.clock.now(),
    });
  }

  list(options: { cohortId?: string; limit?: number } = {}): Promise<AuditEntry[]> {
    return this.repo.list({ cohortId: options.cohortId, limit: options.limit ?? 25 });
  }

  byActor(actorId: string): Promise<AuditEntry[]> {
    return this.repo.byActor(actorId);
  }
}
