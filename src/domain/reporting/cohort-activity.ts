/**
 * What happened in a cohort, as counts and dates only: the coordinator's figures are built from
 * this and nothing else, so no note, topic or goal text can reach a report by accident.
 */
export interface CohortActivity {
  sessions: { pairId: string; startsAt: Date; status: "proposed" | "scheduled" | "held" | "cancelled" }[];
  pairFlags: { pairId: string; atRisk: boolean; consecutiveMisses: number; pausedUntil: Date | null }[];
  openHelpRequests: { pairId: string; createdAt: Date }[];
  plenaries: { id: string; number: number; startsAt: Date; durationMinutes: number; attendedPersonIds: string[] }[];
  /** Each picked goal of a pair: how many of its three phases are done. */
  goals: { pairId: string; picked: boolean; phasesDone: number }[];
}

export interface CohortActivityRepository {
  /** The whole cohort, or only these pairs and the attendance of these people. */
  activity(cohortId: string, only?: { pairIds: string[]; personIds: string[] }): Promise<CohortActivity>;
}
