import type { Viewer } from "../domain/people";
import type { Services } from "../services";

export type Surface = "slack" | "teams";

/**
 * Who asks, as every use case receives them: the person with the language, zone and role that
 * apply now (the policy's actor), and the platform they asked from.
 */
export interface Asker extends Viewer {
  surface: Surface;
}

/** What a use case may call: the domain services (never a platform's client). */
export type App = Pick<
  Services,
  | "clock"
  | "sessions"
  | "rhythm"
  | "actionItems"
  | "people"
  | "cohorts"
  | "pairing"
  | "reporting"
  | "jobs"
  | "audit"
  | "dataRights"
>;
