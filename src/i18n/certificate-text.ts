import type { Locale } from "../domain/locale";
import type { ParticipantProgress, Requirement } from "../domain/reporting/certificates";
import { translator } from ".";

/** What a participant lacks for the certificate, in their words. */
export function missingRequirementsText(progress: ParticipantProgress, missing: Requirement[], locale: Locale): string {
  const t = translator(locale);
  return missing
    .map((r) =>
      t(`certificates.missing.${r}`, {
        threshold: progress.attendanceThreshold,
        rate: progress.attendanceRate,
        min: progress.minSessions,
        held: progress.sessionsHeld,
      }),
    )
    .join("; ");
}
