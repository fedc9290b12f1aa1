import { MEETING_JOBS } from "./meetings";
import { PLENARY_JOBS } from "./plenary-service";

/**
 * What is due at a time (a reminder before a session, "did you meet?" after it) goes before what
 * can wait (notices, certificates, exports) when the send budget cannot serve everything at once.
 */
export const TIMED_JOB_KINDS: ReadonlySet<string> = new Set([
  MEETING_JOBS.remind,
  MEETING_JOBS.checkIn,
  PLENARY_JOBS.remind,
  PLENARY_JOBS.checkIn,
]);
