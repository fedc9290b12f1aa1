/**
 * What the bot sends everyone in a cohort about a plenary, as data for each platform to render in
 * the reader's language and zone (instants as ISO strings, so jobs can carry them).
 */
export type PlenaryMessage =
  /** The working day before: when it is and for how long. */
  | {
      type: "reminder";
      plenaryId: string;
      number: number;
      cohortName: string;
      startsAt: string;
      durationMinutes: number;
    }
  /** At the start: "I'm here" records attendance until the plenary ends. */
  | {
      type: "check-in";
      plenaryId: string;
      number: number;
      cohortName: string;
      startsAt: string;
      durationMinutes: number;
    };
