import type { MatchingResult, PairReason } from "../matching/types";

export type ProposalStatus = "proposed" | "approved" | "superseded";

/** What a proposal says about itself at a glance (the review's summary line). */
export interface ProposalSummary {
  candidates: number;
  pairs: number;
  unmatched: number;
  /** Mean fit of the pairs, 0–100. */
  meanScore: number;
  /** The mean fit a random pairing of the same people gets (the mean of several random draws). */
  randomMeanScore: number;
  /** Who applied as what, to say why there are no pairs at all (absent in early proposals). */
  roles?: { mentors: number; mentees: number; both: number };
}

export interface ProposalContent {
  result: MatchingResult;
  summary: ProposalSummary;
  /** Application id → who it is, so a proposal reads the same after people rename themselves. */
  people: Record<string, { personId: string; name: string }>;
}

export interface Proposal extends ProposalContent {
  id: string;
  cohortId: string;
  version: number;
  status: ProposalStatus;
  createdById: string;
  createdAt: Date;
  approvedAt: Date | null;
}

export interface PairRecord {
  id: string;
  cohortId: string;
  proposalId: string;
  mentorApplicationId: string;
  menteeApplicationId: string;
  mentorPersonId: string;
  menteePersonId: string;
  score: number;
  reasons: PairReason[];
  status: "active" | "paused" | "ended";
  createdAt: Date;
}

export type NewPair = Omit<PairRecord, "id" | "status" | "createdAt">;

export type ConstraintKind = "lock" | "exclude";
