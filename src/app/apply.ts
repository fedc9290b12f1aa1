import type { SubmitResult } from "../domain/applications/application-service";
import type { Cohort } from "../domain/cohorts/cohort";
import type { Person } from "../domain/people";
import { text, type Text } from "./reply";

/**
 * What the applicant is told once their application is sent: waiting for their sponsor, still
 * endorsed by the same one, or sent. The sponsor is named as their platform names people.
 */
export function submittedText(
  result: Extract<SubmitResult, { ok: true }>,
  cohort: Pick<Cohort, "name">,
  sponsor: Person | null,
): Text {
  const named = sponsor ? { person: { userId: sponsor.userId, name: sponsor.displayName || sponsor.userId } } : "";
  if (result.outcome === "awaiting-sponsor")
    return text("apply.submittedAwaiting", { cohort: cohort.name, sponsor: named });
  if (result.outcome === "still-endorsed") return text("apply.submittedStillEndorsed", { sponsor: named });
  return text("apply.submittedDone", { cohort: cohort.name });
}
