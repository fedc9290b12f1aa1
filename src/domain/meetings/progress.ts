import { meetsThreshold } from "./plenaries";

/** Where a participant stands against the cohort's requirements, as the App Home shows it. */
export interface PairProgressInput {
  sessionsLogged: number;
  minSessions: number;
  plenariesAttended: number;
  plenariesHeld: number;
  /** The cohort's attendance threshold, a percentage. */
  threshold: number;
}

export interface PairProgress {
  sessions: {
    logged: number;
    required: number;
    /** Sessions still to log to reach the minimum; 0 once reached. */
    remaining: number;
    met: boolean;
  };
  attendance: {
    attended: number;
    held: number;
    /** Whole percentage attended so far (rounded down, so 84.9 never reads as 85); null before the first plenary. */
    percent: number | null;
    threshold: number;
    met: boolean;
  };
  /** Both requirements met so far (the certificate's conditions). */
  onTrack: boolean;
}

export function pairProgress(input: PairProgressInput): PairProgress {
  const logged = Math.max(0, input.sessionsLogged);
  const required = Math.max(0, input.minSessions);
  const held = Math.max(0, input.plenariesHeld);
  const attended = Math.min(Math.max(0, input.plenariesAttended), held);
  const sessionsMet = logged >= required;
  const attendanceMet = meetsThreshold(input.plenariesAttended, input.plenariesHeld, input.threshold);
  return {
    sessions: { logged, required, remaining: Math.max(0, required - logged), met: sessionsMet },
    attendance: {
      attended,
      held,
      // Whole numbers divided: exact when the share is whole, so 29 of 100 reads 29, not 28.
      percent: held === 0 ? null : Math.floor((attended * 100) / held),
      threshold: input.threshold,
      met: attendanceMet,
    },
    onTrack: sessionsMet && attendanceMet,
  };
}
