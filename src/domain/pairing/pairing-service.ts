import { isReadyForMatching, type Application } from "../applications/application";
import type { ApplicationService } from "../applications/application-service";
import type { Clock } from "../clock";
import type { Cohort } from "../cohorts/cohort";
import { notifyJob, type JobQueue, type JobRequest } from "../jobs";
import { matchCohort, partnerOptions, randomPairing, type PartnerOption } from "../matching";
import type { MatchingInput } from "../matching/types";
import type { PeopleService, Person } from "../people";
import { programmeJobs } from "../cohorts/programme-jobs";
import { mustBeAllowed, type Actor } from "../policy";
import { matchingInput, type Constraints } from "./match-input";
import type { AuditAction, AuditLog } from "../reporting/audit";
import type { UnitOfWork } from "../unit-of-work";
import type { ConstraintKind, NewPair, PairRecord, Proposal, ProposalContent } from "./proposal";

export interface PairingRepository {
  latestProposal(cohortId: string): Promise<Proposal | null>;
  findProposal(id: string): Promise<Proposal | null>;
  /** Saves the next version and marks older open proposals superseded. */
  saveProposal(cohortId: string, createdById: string, content: ProposalContent): Promise<Proposal>;
  /** Approves it if it is still "proposed"; false when someone else got there first. */
  markApproved(id: string, actorId: string, at: Date): Promise<boolean>;
  constraints(cohortId: string): Promise<Constraints>;
  setConstraint(cohortId: string, kind: ConstraintKind, first: string, second: string, actorId: string): Promise<void>;
  removeConstraints(cohortId: string, first: string, second: string): Promise<void>;
  createPairs(pairs: NewPair[]): Promise<PairRecord[]>;
  pairsOfCohort(cohortId: string): Promise<PairRecord[]>;
  findPair(id: string): Promise<PairRecord | null>;
  /** Every pair a person is in, newest first (a mentor may have several). */
  pairsOfPerson(personId: string): Promise<PairRecord[]>;
  /** Pairs of other cohorts among these people (by person id, either way round). */
  pastPairs(personIds: string[], exceptCohortId: string): Promise<{ a: string; b: string }[]>;
}

/** What else happens around matching: the audit trail, and what an approval sets going. */
export interface PairingHooks {
  audit?: AuditLog;
}

export const PAIRING_JOBS = { introduce: "pair.introduce" } as const;

export interface IntroducePayload {
  pairId: string;
}

export type ProposeResult =
  | { ok: true; proposal: Proposal }
  | { ok: false; reason: "no-candidates" | "not-found" | "outdated" | "approved" | "not-allowed" };

type ProposalGate = { ok: true; proposal: Proposal } | { ok: false; reason: "not-found" | "outdated" | "approved" };

export type ApproveResult =
  | { ok: true; pairs: PairRecord[]; unmatched: number }
  | { ok: false; reason: "not-found" | "outdated" | "approved" | "empty" };

/**
 * Phase 2's matching and phase 3's start: the coordinator runs the engine, reviews the proposal
 * (locks, exclusions, reassignments, each a re-run that keeps the locks), and approves one
 * version; the pairs are then introduced and the people left out are told why, by durable jobs.
 */
export class PairingService {
  constructor(
    private readonly repo: PairingRepository,
    private readonly applications: ApplicationService,
    private readonly people: PeopleService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
    private readonly transactions: UnitOfWork,
    private readonly hooks: PairingHooks = {},
  ) {}

  findProposal(id: string): Promise<Proposal | null> {
    return this.repo.findProposal(id);
  }

  latestProposal(cohortId: string): Promise<Proposal | null> {
    return this.repo.latestProposal(cohortId);
  }

  findPair(id: string): Promise<PairRecord | null> {
    return this.repo.findPair(id);
  }

  pairsOfCohort(cohortId: string): Promise<PairRecord[]> {
    return this.repo.pairsOfCohort(cohortId);
  }

  /** The pairs a person is in and still working (active or paused), newest first. */
  async currentPairsOf(personId: string): Promise<PairRecord[]> {
    return (await this.repo.pairsOfPerson(personId)).filter((pair) => pair.status !== "ended");
  }

  /** Runs the engine on the cohort's ready applications, keeping the coordinator's locks. */
  async propose(cohort: Cohort, actor: Person): Promise<ProposeResult> {
    if ((await this.repo.latestProposal(cohort.id))?.status === "approved") return { ok: false, reason: "approved" };
    const input = await this.input(cohort);
    if (input.candidates.length === 0) return { ok: false, reason: "no-candidates" };
    const result = matchCohort(input);
    const latest = await this.repo.latestProposal(cohort.id);
    const pairs = result.pairs.length;
    const summary = {
      candidates: input.candidates.length,
      pairs,
      unmatched: result.unmatched.length,
      meanScore: pairs > 0 ? result.totalScore / pairs : 0,
      randomMeanScore: randomMean(input, (latest?.version ?? 0) + 1),
      roles: {
        mentors: input.candidates.filter((c) => c.role === "mentor").length,
        mentees: input.candidates.filter((c) => c.role === "mentee").length,
        both: input.candidates.filter((c) => c.role === "both").length,
      },
    };
    const people = Object.fromEntries(input.candidates.map((c) => [c.id, { personId: c.personId, name: c.name }]));
    return { ok: true, proposal: await this.repo.saveProposal(cohort.id, actor.id, { result, summary, people }) };
  }

  /** Lock: this mentor and mentee stay together in every re-run. */
  lock(proposalId: string, cohort: Cohort, mentorId: string, menteeId: string, actor: Person): Promise<ProposeResult> {
    return this.constrain("lock", proposalId, cohort, mentorId, menteeId, actor);
  }

  /** Exclude: these two are never paired (either way round). */
  exclude(
    proposalId: string,
    cohort: Cohort,
    firstId: string,
    secondId: string,
    actor: Person,
  ): Promise<ProposeResult> {
    return this.constrain("exclude", proposalId, cohort, firstId, secondId, actor);
  }

  /** A coordinator's choice about two people, with its audit row, in one transaction; then a re-run. */
  private async constrain(
    kind: "lock" | "exclude",
    proposalId: string,
    cohort: Cohort,
    firstId: string,
    secondId: string,
    actor: Person,
  ): Promise<ProposeResult> {
    const gate = await this.transactions.run(async (): Promise<ProposalGate> => {
      const gate = await this.openProposal(proposalId);
      if (!gate.ok) return gate;
      await this.repo.removeConstraints(cohort.id, firstId, secondId);
      await this.repo.setConstraint(cohort.id, kind, firstId, secondId, actor.id);
      await this.trace(
        kind === "lock" ? "match.locked" : "match.excluded",
        gate.proposal,
        cohort,
        actor,
        firstId,
        secondId,
      );
      return gate;
    });
    return gate.ok ? this.propose(cohort, actor) : gate;
  }

  /** Re-run from a proposal on screen: keeps the locks and exclusions; refused once approved. */
  async rerun(proposalId: string, cohort: Cohort, actor: Person): Promise<ProposeResult> {
    const gate = await this.openProposal(proposalId);
    if (!gate.ok && gate.reason !== "outdated") return gate;
    return this.propose(cohort, actor);
  }

  /** Frees a pair the coordinator had locked or excluded, then re-runs. */
  async release(
    proposalId: string,
    cohort: Cohort,
    firstId: string,
    secondId: string,
    actor: Person,
  ): Promise<ProposeResult> {
    const gate = await this.transactions.run(async (): Promise<ProposalGate> => {
      const gate = await this.openProposal(proposalId);
      if (!gate.ok) return gate;
      await this.repo.removeConstraints(cohort.id, firstId, secondId);
      await this.trace("match.released", gate.proposal, cohort, actor, firstId, secondId);
      return gate;
    });
    return gate.ok ? this.propose(cohort, actor) : gate;
  }

  /**
   * Reassign: the candidate goes with the partner the coordinator picked (a lock), in the way round
   * picked; locks that would keep that mentee elsewhere, or fill that mentor, give way. Refused
   * when a hard constraint forbids the pair.
   */
  async reassign(
    proposalId: string,
    cohort: Cohort,
    candidateId: string,
    mentorId: string,
    menteeId: string,
    actor: Person,
  ): Promise<ProposeResult> {
    const gate = await this.openProposal(proposalId);
    if (!gate.ok) return gate;
    const find = async () =>
      (await this.partnerOptions(cohort, candidateId)).find((o) => o.mentorId === mentorId && o.menteeId === menteeId);
    const chosen = await find();
    if (!chosen || chosen.blockedBy.length > 0) return { ok: false, reason: "not-allowed" };
    await this.transactions.run(async () => {
      const { locks } = await this.repo.constraints(cohort.id);
      for (const lock of locks.filter((l) => l.menteeId === menteeId && l.mentorId !== mentorId))
        await this.repo.removeConstraints(cohort.id, lock.mentorId, lock.menteeId);
      if ((await find())?.lockedElsewhere) {
        for (const lock of locks.filter((l) => l.mentorId === mentorId && l.menteeId !== menteeId))
          await this.repo.removeConstraints(cohort.id, lock.mentorId, lock.menteeId);
      }
      await this.repo.removeConstraints(cohort.id, mentorId, menteeId);
      await this.repo.setConstraint(cohort.id, "lock", mentorId, menteeId, actor.id);
      await this.trace("match.reassigned", gate.proposal, cohort, actor, mentorId, menteeId);
    });
    return this.propose(cohort, actor);
  }

  /** An override of the engine, in the audit log with both names. */
  private async trace(
    action: AuditAction,
    proposal: Proposal,
    cohort: Cohort,
    actor: Person,
    firstId: string,
    secondId: string,
  ): Promise<void> {
    const name = (id: string) => proposal.people[id]?.name ?? "";
    await this.hooks.audit?.record(actor, action, cohort, {
      first: name(firstId),
      second: name(secondId),
      version: proposal.version,
    });
  }

  /** Everyone a candidate could be paired with, allowed ones first, with their scores. */
  async partnerOptions(cohort: Cohort, applicationId: string): Promise<PartnerOption[]> {
    return partnerOptions(await this.input(cohort), applicationId);
  }

  /** The cohort's locks and exclusions, to show them in the review. */
  constraints(cohortId: string): Promise<Constraints> {
    return this.repo.constraints(cohortId);
  }

  /**
   * Approves one version: refused when a newer one exists or it was already approved. The pairs
   * are created, their applications marked matched, and introductions and "not matched" notices
   * queued (demo cohorts message nobody but the coordinator), in one transaction.
   */
  async approve(proposalId: string, cohort: Cohort, actor: Actor): Promise<ApproveResult> {
    mustBeAllowed(actor, "matching.approve");
    // All of it or none: an approval with no pairs could never be approved again.
    return this.transactions.run(async (): Promise<ApproveResult> => {
      const gate = await this.openProposal(proposalId);
      if (!gate.ok) return gate;
      const { proposal } = gate;
      if (proposal.result.pairs.length === 0) return { ok: false, reason: "empty" };
      const now = this.clock.now();
      if (!(await this.repo.markApproved(proposal.id, actor.person.id, now))) return { ok: false, reason: "approved" };
      const pairs = await this.repo.createPairs(
        proposal.result.pairs.map((pair) => ({
          cohortId: cohort.id,
          proposalId: proposal.id,
          mentorApplicationId: pair.mentorId,
          menteeApplicationId: pair.menteeId,
          mentorPersonId: proposal.people[pair.mentorId]!.personId,
          menteePersonId: proposal.people[pair.menteeId]!.personId,
          score: pair.score,
          reasons: pair.reasons,
        })),
      );
      for (const pair of pairs) {
        await this.applications.setStatus(pair.mentorApplicationId, "matched");
        await this.applications.setStatus(pair.menteeApplicationId, "matched");
      }
      const jobs: JobRequest[] = [];
      if (cohort.isDemo) {
        const notice = { key: "matching.demoApproved", vars: { name: cohort.name, pairs: pairs.length } };
        jobs.push(notifyJob(actor.person.id, notice, `demo-approved:${proposal.id}`, now));
      } else {
        for (const pair of pairs)
          jobs.push({
            kind: PAIRING_JOBS.introduce,
            payload: { pairId: pair.id } satisfies IntroducePayload,
            runAt: now,
            idempotencyKey: `introduce:${pair.id}`,
          });
        for (const left of proposal.result.unmatched) {
          const who = proposal.people[left.candidateId];
          if (!who) continue;
          const notice = { key: `matching.unmatched.${left.reason.kind}`, vars: { cohort: cohort.name } };
          jobs.push(notifyJob(who.personId, notice, `unmatched:${proposal.id}:${left.candidateId}`, now));
        }
      }
      // Approving pairs sets the rest of the programme going: the questionnaires and the automatic close.
      jobs.push(...programmeJobs(cohort));
      await this.jobs.enqueue(jobs);
      await this.hooks.audit?.record(actor.person, "match.approved", cohort, {
        version: proposal.version,
        pairs: pairs.length,
        unmatched: proposal.result.unmatched.length,
      });
      return { ok: true, pairs, unmatched: proposal.result.unmatched.length };
    });
  }

  private async openProposal(proposalId: string): Promise<ProposalGate> {
    const proposal = await this.repo.findProposal(proposalId);
    if (!proposal) return { ok: false, reason: "not-found" };
    if (proposal.status === "approved") return { ok: false, reason: "approved" };
    const latest = await this.repo.latestProposal(proposal.cohortId);
    if (proposal.status !== "proposed" || (latest && latest.version !== proposal.version))
      return { ok: false, reason: "outdated" };
    if (latest?.status === "approved") return { ok: false, reason: "approved" };
    return { ok: true, proposal };
  }

  private async input(cohort: Cohort): Promise<MatchingInput> {
    const applications: Application[] = (await this.applications.listByCohort(cohort.id)).filter(isReadyForMatching);
    const people = await this.people.byIds(applications.map((a) => a.personId));
    const constraints = await this.repo.constraints(cohort.id);
    const pastPairs = await this.repo.pastPairs([...people.keys()], cohort.id);
    return matchingInput(cohort, applications, people, constraints, pastPairs);
  }
}

/** The mean fit per pair of ten random valid pairings: what the optimum is compared with. */
function randomMean(input: MatchingInput, seed: number): number {
  let sum = 0;
  for (let run = 0; run < 10; run++) {
    const pairing = randomPairing(input, seed + run);
    sum += pairing.pairs.length > 0 ? pairing.totalScore / pairing.pairs.length : 0;
  }
  return sum / 10;
}
