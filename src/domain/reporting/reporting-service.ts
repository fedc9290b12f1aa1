import type { ApplicationService } from "../applications/application-service";
import type { UnitOfWork } from "../unit-of-work";
import type { Clock } from "../clock";
import type { Cohort } from "../cohorts/cohort";
import type { CohortRepository } from "../cohorts/cohort-service";
import { evaluationResults, type EvaluationResults } from "../evaluation/evaluation-results";
import { participantsOf, type EvaluationService } from "../evaluation/evaluation-service";
import { autoFinishAt } from "../evaluation/rounds";
import type { JobQueue } from "../jobs";
import type { PairingService } from "../pairing/pairing-service";
import type { PairRecord } from "../pairing/proposal";
import type { PeopleService, Person } from "../people";
import { cohortFinishJob } from "../cohorts/programme-jobs";
import { mustBeAllowed, type Actor } from "../policy";
import type { AuditLog } from "./audit";
import { missingRequirements, type ParticipantProgress, type Requirement } from "./certificates";
import type { CohortActivityRepository } from "./cohort-activity";
import { cohortExport, type CohortExport } from "./cohort-export";
import { cohortOverview, type CohortOverview } from "./cohort-overview";

export interface Certificate {
  id: string;
  cohortId: string;
  personId: string;
  version: number;
  issuedAt: Date;
  issuedById: string | null;
  override: boolean;
}

export interface CertificateRepository {
  /** Issues it, or re-issues it with the next version. */
  issue(
    cohortId: string,
    personId: string,
    issuedById: string | null,
    override: boolean,
    at: Date,
  ): Promise<Certificate>;
  find(cohortId: string, personId: string): Promise<Certificate | null>;
  ofPerson(personId: string): Promise<Certificate[]>;
}

export const REPORTING_JOBS = {
  finish: "cohort.finish",
  certificate: "certificate.send",
  nudge: "pair.coordinator-nudge",
} as const;

export interface CoordinatorNudgePayload {
  pairId: string;
  personId: string;
  coordinatorId: string;
}

export interface FinishPayload {
  cohortId: string;
  /** The automatic close was due then; a change of dates makes the older job a no-op. */
  at: string;
}

export interface CertificateJobPayload {
  cohortId: string;
  personId: string;
  /** Set when a coordinator issued it: that version goes out, finished cohort or not. */
  version?: number;
}

export interface ReportData {
  overview: CohortOverview;
  pulse: EvaluationResults;
  final: EvaluationResults;
  names: Map<string, string>;
}

export type CertificateDecision =
  | {
      ok: true;
      cohort: Cohort;
      person: Person;
      progress: ParticipantProgress;
      missing: Requirement[];
      certificate: Certificate | null;
    }
  | { ok: false; reason: "not-participant" | "not-finished" };

/**
 * The coordinator's side of phase 5: a cohort's figures, its export and report, the pairs to nudge,
 * closing the cohort and its certificates. Everything here reads counts, dates and answers; the
 * pairs' notes are never loaded.
 */
export class ReportingService {
  constructor(
    private readonly deps: {
      cohortRepo: CohortRepository;
      applications: ApplicationService;
      pairing: PairingService;
      activity: CohortActivityRepository;
      evaluations: EvaluationService;
      certificates: CertificateRepository;
      people: PeopleService;
      audit: AuditLog;
      jobs: JobQueue;
      clock: Clock;
      transactions: UnitOfWork;
    },
  ) {}

  async overview(cohort: Cohort): Promise<CohortOverview> {
    const { applications, pairing, activity, evaluations, clock } = this.deps;
    const [apps, pairs, act, evals] = await Promise.all([
      applications.listByCohort(cohort.id),
      pairing.pairsOfCohort(cohort.id),
      activity.activity(cohort.id),
      evaluations.ofCohort(cohort.id),
    ]);
    return cohortOverview(cohort, apps, pairs, act, evals, clock.now());
  }

  /** Names of everyone a cohort's figures mention. */
  async namesOf(ids: string[]): Promise<Map<string, string>> {
    const people = await this.deps.people.byIds([...new Set(ids)]);
    return new Map([...people.values()].map((p) => [p.id, p.displayName || p.userId]));
  }

  /** The cohort's records; `record: false` makes the same file again (a download the audit log already has). */
  async exportFor(actor: Actor, cohort: Cohort, options: { record?: boolean } = {}): Promise<CohortExport> {
    mustBeAllowed(actor, "reports.export");
    const { applications, activity, evaluations, audit } = this.deps;
    const [overview, apps, act, evals] = await Promise.all([
      this.overview(cohort),
      applications.listByCohort(cohort.id),
      activity.activity(cohort.id),
      evaluations.ofCohort(cohort.id),
    ]);
    const names = await this.namesOf([...apps.map((a) => a.personId), ...overview.participants.map((p) => p.personId)]);
    const data = cohortExport(overview, apps, act, evals, (id) => names.get(id) ?? "");
    if (options.record !== false)
      await audit.record(actor.person, "cohort.exported", cohort, {
        applications: data.applications.length,
        pairs: data.pairs.length,
        evaluations: data.evaluations.length,
      });
    return data;
  }

  async reportFor(actor: Actor, cohort: Cohort, options: { record?: boolean } = {}): Promise<ReportData> {
    mustBeAllowed(actor, "reports.report");
    const overview = await this.overview(cohort);
    const evals = await this.deps.evaluations.ofCohort(cohort.id);
    const names = await this.namesOf(overview.pairs.flatMap((p) => [p.mentorId, p.menteeId]));
    if (options.record !== false)
      await this.deps.audit.record(actor.person, "cohort.reported", cohort, { pairs: overview.pairs.length });
    return {
      overview,
      pulse: evaluationResults("pulse", evals, cohort.skills, cohort.anonymousEvaluations),
      final: evaluationResults("final", evals, cohort.skills, cohort.anonymousEvaluations),
      names,
    };
  }

  /** A coordinator's nudge to a pair: the pair and who to write to, recorded in the audit log. */
  async nudge(
    actor: Person,
    pairId: string,
  ): Promise<
    | { ok: true; pair: PairRecord; cohort: Cohort; mentor: Person; mentee: Person }
    | { ok: false; reason: "not-found" | "ended" }
  > {
    return this.deps.transactions.run(
      async (): Promise<
        | { ok: true; pair: PairRecord; cohort: Cohort; mentor: Person; mentee: Person }
        | { ok: false; reason: "not-found" | "ended" }
      > => {
        const pair = await this.deps.pairing.findPair(pairId);
        const cohort = pair ? await this.deps.cohortRepo.findById(pair.cohortId) : null;
        if (!pair || !cohort) return { ok: false, reason: "not-found" };
        if (pair.status === "ended" || cohort.finishedAt) return { ok: false, reason: "ended" };
        const people = await this.deps.people.byIds([pair.mentorPersonId, pair.menteePersonId]);
        const mentor = people.get(pair.mentorPersonId);
        const mentee = people.get(pair.menteePersonId);
        if (!mentor || !mentee) return { ok: false, reason: "not-found" };
        await this.deps.audit.record(actor, "pair.nudged", cohort, {
          mentor: mentor.displayName,
          mentee: mentee.displayName,
        });
        const now = this.deps.clock.now();
        await this.deps.jobs.enqueue(
          [mentor, mentee].map((person) => {
            const payload: CoordinatorNudgePayload = { pairId: pair.id, personId: person.id, coordinatorId: actor.id };
            return {
              kind: REPORTING_JOBS.nudge,
              payload,
              runAt: now,
              idempotencyKey: `coordinator-nudge:${pair.id}:${person.id}:${now.toISOString()}`,
            };
          }),
        );
        return { ok: true, pair, cohort, mentor, mentee };
      },
    );
  }

  /** A coordinator's nudge as one partner reads it; null once the pair has ended. */
  async nudgeFor(payload: CoordinatorNudgePayload): Promise<{
    person: Person;
    nudge: { pairId: string; coordinatorName: string; cohortName: string; partnerName: string };
  } | null> {
    const pair = await this.deps.pairing.findPair(payload.pairId);
    const cohort = pair ? await this.deps.cohortRepo.findById(pair.cohortId) : null;
    if (!pair || !cohort || pair.status === "ended" || cohort.finishedAt) return null;
    const partnerId = pair.mentorPersonId === payload.personId ? pair.menteePersonId : pair.mentorPersonId;
    const people = await this.deps.people.byIds([payload.personId, partnerId, payload.coordinatorId]);
    const person = people.get(payload.personId);
    if (!person) return null;
    const nameOf = (id: string) => people.get(id)?.displayName || people.get(id)?.userId || "";
    return {
      person,
      nudge: {
        pairId: pair.id,
        coordinatorName: nameOf(payload.coordinatorId),
        cohortName: cohort.name,
        partnerName: nameOf(partnerId),
      },
    };
  }

  async scheduleFinish(cohort: Cohort): Promise<void> {
    if (!cohort.isDemo) await this.deps.jobs.enqueue([cohortFinishJob(cohort)]);
  }

  /**
   * Closes the cohort: it is marked finished (questionnaires close, reminders stop) and each
   * participant gets their certificate, or a word on what was missing, by a durable job.
   */
  async finish(
    cohort: Cohort,
    actor: Person | null,
  ): Promise<
    { ok: true; cohort: Cohort; participants: number } | { ok: false; reason: "already-finished" | "not-started" }
  > {
    // Finished, the certificates queued and the audit row, together: a half-closed cohort could not be closed again.
    return this.deps.transactions.run(
      async (): Promise<
        { ok: true; cohort: Cohort; participants: number } | { ok: false; reason: "already-finished" | "not-started" }
      > => {
        const { cohortRepo, pairing, jobs, clock, audit } = this.deps;
        if (cohort.finishedAt) return { ok: false, reason: "already-finished" };
        const pairs = await pairing.pairsOfCohort(cohort.id);
        if (pairs.length === 0) return { ok: false, reason: "not-started" };
        const now = clock.now();
        const finished = await cohortRepo.update(cohort.id, { status: "finished", finishedAt: now });
        // Everyone who took part, a partner whose other half left included.
        const people = participantsOf(pairs).map((p) => p.personId);
        if (!cohort.isDemo) {
          await jobs.enqueue(
            people.map((personId) => {
              const payload: CertificateJobPayload = { cohortId: cohort.id, personId };
              return {
                kind: REPORTING_JOBS.certificate,
                payload,
                runAt: now,
                idempotencyKey: `certificate:${cohort.id}:${personId}`,
              };
            }),
          );
        }
        if (actor) await audit.record(actor, "cohort.finished", cohort, { participants: people.length });
        return { ok: true, cohort: finished, participants: people.length };
      },
    );
  }

  /** The automatic close: only if the dates still say so and nobody closed it already. */
  async finishDue(payload: FinishPayload): Promise<void> {
    const cohort = await this.deps.cohortRepo.findById(payload.cohortId);
    if (!cohort || cohort.finishedAt || autoFinishAt(cohort).toISOString() !== payload.at) return;
    await this.finish(cohort, null);
  }

  /** Where a participant stands against the certificate's requirements. */
  async progressOf(
    cohort: Cohort,
    personId: string,
  ): Promise<{ progress: ParticipantProgress; missing: Requirement[] } | null> {
    // One person's pairs only: closing a cohort asks this once per participant.
    const { pairing, activity, evaluations, clock } = this.deps;
    const pairs = (await pairing.pairsOfCohort(cohort.id)).filter(
      (p) => p.mentorPersonId === personId || p.menteePersonId === personId,
    );
    const act = await activity.activity(cohort.id, { pairIds: pairs.map((p) => p.id), personIds: [personId] });
    const evals = (await evaluations.ofPerson(personId)).filter((e) => e.cohortId === cohort.id);
    const progress = cohortOverview(cohort, [], pairs, act, evals, clock.now()).participants.find(
      (p) => p.personId === personId,
    );
    return progress ? { progress, missing: missingRequirements(progress) } : null;
  }

  async preview(actor: Actor, cohort: Cohort, person: Person): Promise<CertificateDecision> {
    mustBeAllowed(actor, "certificate.issue");
    const found = await this.progressOf(cohort, person.id);
    if (!found) return { ok: false, reason: "not-participant" };
    await this.deps.audit.record(actor.person, "certificate.previewed", cohort, { person: person.displayName });
    return { ok: true, cohort, person, ...found, certificate: await this.deps.certificates.find(cohort.id, person.id) };
  }

  certificateOf(cohortId: string, personId: string): Promise<Certificate | null> {
    return this.deps.certificates.find(cohortId, personId);
  }

  /** A coordinator issues (or re-issues) one, even when a requirement is missing: that is recorded. */
  async issueBy(actor: Actor, cohort: Cohort, person: Person): Promise<CertificateDecision> {
    mustBeAllowed(actor, "certificate.issue");
    return this.deps.transactions.run(async (): Promise<CertificateDecision> => {
      const found = await this.progressOf(cohort, person.id);
      if (!found) return { ok: false, reason: "not-participant" };
      const before = await this.deps.certificates.find(cohort.id, person.id);
      const now = this.deps.clock.now();
      const certificate = await this.deps.certificates.issue(
        cohort.id,
        person.id,
        actor.person.id,
        found.missing.length > 0,
        now,
      );
      await this.deps.audit.record(actor.person, before ? "certificate.reissued" : "certificate.issued", cohort, {
        person: person.displayName,
        version: certificate.version,
        missing: found.missing.join(" "),
      });
      const payload: CertificateJobPayload = { cohortId: cohort.id, personId: person.id, version: certificate.version };
      await this.deps.jobs.enqueue([
        {
          kind: REPORTING_JOBS.certificate,
          payload,
          runAt: now,
          idempotencyKey: `certificate:${cohort.id}:${person.id}:v${certificate.version}`,
        },
      ]);
      return { ok: true, cohort, person, ...found, certificate };
    });
  }

  /** The close's job for one person: their certificate when eligible (issued once), or what was missing. */
  async certificateDue(payload: CertificateJobPayload): Promise<CertificateDecision> {
    const cohort = await this.deps.cohortRepo.findById(payload.cohortId);
    const person = await this.deps.people.findById(payload.personId);
    if (!cohort || !person) return { ok: false, reason: "not-participant" };
    if (!cohort.finishedAt && payload.version === undefined) return { ok: false, reason: "not-finished" };
    const found = await this.progressOf(cohort, person.id);
    if (!found) return { ok: false, reason: "not-participant" };
    let certificate = await this.deps.certificates.find(cohort.id, person.id);
    // A newer issue has its own job; this one has nothing left to send.
    if (payload.version !== undefined && certificate?.version !== payload.version)
      return { ok: false, reason: "not-finished" };
    if (!certificate && found.missing.length === 0)
      certificate = await this.deps.certificates.issue(cohort.id, person.id, null, false, this.deps.clock.now());
    return { ok: true, cohort, person, ...found, certificate };
  }
}
