import type { Cohort } from "../domain/cohorts/cohort";
import type { ApproveResult, ProposeResult } from "../domain/pairing/pairing-service";
import type { PairRecord, Proposal } from "../domain/pairing/proposal";
import { can } from "../domain/policy";
import { chooseCohort } from "./cohorts";
import { coordinatorOnly, matchingRefusal } from "./refusals";
import { type Reply, text, type Text } from "./reply";
import type { App, Asker } from "./request";

/**
 * A coordinator's match review, the same on every platform: propose pairs for a cohort, change
 * the proposal (re-run, lock, unlock or exclude a pair, reassign someone) and approve it. Each
 * answers the proposal to show, or the words that say why nothing changed.
 */

type Refused = Extract<ProposeResult | ApproveResult, { ok: false }>;

export interface Reviewed {
  proposal: Proposal;
  cohort: Cohort;
}

export type Review = ({ ok: true } & Reviewed) | { ok: false; reply: Reply };

/** Why the match review changed nothing, with the approved proposal looked up when that is why. */
export async function matchRefusal(app: Pick<App, "pairing">, cohort: Cohort, refused: Refused): Promise<Text> {
  const approved = refused.reason === "approved" ? await app.pairing.latestProposal(cohort.id) : null;
  return matchingRefusal(refused.reason, cohort, approved);
}

async function outcome(app: Pick<App, "pairing">, cohort: Cohort, result: ProposeResult): Promise<Review> {
  if (result.ok) return { ok: true, proposal: result.proposal, cohort };
  return { ok: false, reply: { kind: "message", text: await matchRefusal(app, cohort, result) } };
}

const notAllowed = (): Review => ({ ok: false, reply: { kind: "message", text: coordinatorOnly("match") } });

/** `match [cohort]`: the engine runs on a cohort open or closed for applications. */
export async function propose(app: Pick<App, "cohorts" | "pairing">, asker: Asker, name: string): Promise<Review> {
  if (!can(asker, "matching.run")) return notAllowed();
  const pick = await chooseCohort(app, name, "match", (c) => c.status === "open" || c.status === "closed");
  if (!pick.ok) return pick;
  return outcome(app, pick.cohort, await app.pairing.propose(pick.cohort, asker.person));
}

/** Re-run: the engine again, with the locks and exclusions as they are. */
export async function rerun(app: Pick<App, "pairing">, asker: Asker, { proposal, cohort }: Reviewed): Promise<Review> {
  if (!can(asker, "matching.run")) return notAllowed();
  return outcome(app, cohort, await app.pairing.rerun(proposal.id, cohort, asker.person));
}

/** A pair's Lock, Unlock or Exclude (never these two): each is a re-run keeping the rest. */
export async function changePair(
  app: Pick<App, "pairing">,
  asker: Asker,
  { proposal, cohort }: Reviewed,
  change: "lock" | "unlock" | "exclude",
  pair: { mentorId: string; menteeId: string },
): Promise<Review> {
  if (!can(asker, "matching.run")) return notAllowed();
  const { pairing } = app;
  const { mentorId, menteeId } = pair;
  const result =
    change === "lock"
      ? await pairing.lock(proposal.id, cohort, mentorId, menteeId, asker.person)
      : change === "exclude"
        ? await pairing.exclude(proposal.id, cohort, mentorId, menteeId, asker.person)
        : await pairing.release(proposal.id, cohort, mentorId, menteeId, asker.person);
  return outcome(app, cohort, result);
}

/** A new partner for one person: the two are locked and the rest re-run. */
export async function reassign(
  app: Pick<App, "pairing">,
  asker: Asker,
  { proposal, cohort }: Reviewed,
  candidateId: string,
  pair: { mentorId: string; menteeId: string },
): Promise<Review> {
  if (!can(asker, "matching.run")) return notAllowed();
  const result = await app.pairing.reassign(
    proposal.id,
    cohort,
    candidateId,
    pair.mentorId,
    pair.menteeId,
    asker.person,
  );
  return outcome(app, cohort, result);
}

export type Approval = { ok: true; text: Text; pairs: PairRecord[] } | { ok: false; reply: Reply };

/** Approve: only the newest version, once; the pairs are made and introduced (by jobs). */
export async function approve(
  app: Pick<App, "pairing">,
  asker: Asker,
  { proposal, cohort }: Reviewed,
): Promise<Approval> {
  if (!can(asker, "matching.approve")) return { ok: false, reply: { kind: "message", text: coordinatorOnly("match") } };
  const result = await app.pairing.approve(proposal.id, cohort, asker);
  if (!result.ok) return { ok: false, reply: { kind: "message", text: await matchRefusal(app, cohort, result) } };
  const done = text("matching.approvedDone", {
    version: proposal.version,
    cohort: cohort.name,
    pairs: result.pairs.length,
    unmatched: result.unmatched,
  });
  return { ok: true, text: done, pairs: result.pairs };
}
