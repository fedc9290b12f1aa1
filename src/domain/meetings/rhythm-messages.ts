/**
 * What the bot sends a pair on its own during the programme, as data for each platform to render
 * in the reader's language and zone (instants as ISO strings, so jobs can carry them).
 */
export type RhythmMessage =
  | {
      type: "proposal";
      pairId: string;
      sessionId: string;
      proposerName: string;
      startsAt: string;
      durationMinutes: number;
      cohortName: string;
    }
  | {
      type: "reminder";
      pairId: string;
      sessionId: string;
      partnerName: string;
      startsAt: string;
      durationMinutes: number;
      items: RhythmItem[];
    }
  | { type: "check-in"; pairId: string; partnerName: string; sessionAt: string; askedAt: string }
  | { type: "nudge"; pairId: string; partnerName: string; cadenceDays: number; items: RhythmItem[] };

export interface RhythmItem {
  id: string;
  text: string;
  dueDate: string;
  /** The reader owns it (else their partner does). */
  mine: boolean;
}
