import { isSessionLanguage } from "../domain/applications/application";
import type { PartnerOption } from "../domain/matching";
import type { ConstraintKind, PairReason, Skill, UnmatchedReason } from "../domain/matching/types";
import { type Text, text } from "./reply";
import { joined, words } from "./screen";

/*
 * The matching engine's reasons in words, once: the proposal screen, its CSV and the reassign
 * choices all show these (each rendered for its surface: a screen, plain text in a file or a choice).
 */

/** One of the engine's reasons for a pair, with the names and skills as people typed them. */
export function pairReasonText(reason: PairReason, mentor: string, mentee: string, skills: Skill[]): Text {
  const skill = (id: string) => skills.find((s) => s.id === id)?.name ?? id;
  switch (reason.kind) {
    case "teaches":
    case "gives-back":
      return text(
        reason.kind === "gives-back"
          ? "matching.reasons.givesBack"
          : reason.menteeWants
            ? "matching.reasons.teachesWanted"
            : "matching.reasons.teaches",
        {
          mentor,
          mentee,
          skill: skill(reason.skillId),
          mentorRating: reason.mentorRating,
          menteeRating: reason.menteeRating,
        },
      );
    case "shared-language":
      return text("matching.reasons.sharedLanguage", {
        // A language the catalogue names, or the code as stored.
        language: isSessionLanguage(reason.language)
          ? { message: `sessionLanguages.${reason.language}` }
          : reason.language,
      });
    case "overlap":
      return text("matching.reasons.overlap", { hours: Math.round((reason.minutes / 60) * 10) / 10 });
    case "locked":
      return text("matching.reasons.locked");
  }
}

/** Why someone was left out, for the coordinator. */
export function unmatchedReasonText(reason: UnmatchedReason): Text {
  switch (reason.kind) {
    case "no-other-side":
      return text("matching.why.noOtherSide");
    case "no-compatible-partner": {
      const constraints = Object.entries(reason.blockedBy)
        .filter(([, n]) => (n ?? 0) > 0)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([kind, n]) => joined([text(`matching.constraints.${kind as ConstraintKind}`), words(n ?? 0)], ": "));
      return text("matching.why.noCompatiblePartner", {
        constraints: constraints.length > 0 ? { join: constraints, with: ", " } : "—",
      });
    }
    case "partners-taken":
      return text("matching.why.partnersTaken", { compatible: reason.compatible });
    case "locked-elsewhere":
      return text("matching.why.lockedElsewhere");
  }
}

/** One partner a candidate could be reassigned to ("Mia mentors Eve · fit 72.4") and its main reason. */
export function partnerOptionTexts(
  option: PartnerOption,
  names: { mentor: string; mentee: string },
  skills: Skill[],
  shorten: (name: string) => string = (name) => name,
): { text: Text; reason: Text | null } {
  const key = option.lockedElsewhere ? "matching.reassignOptionLocked" : "matching.reassignOption";
  const first = option.reasons.find((r) => r.kind !== "locked");
  return {
    text: text(key, { mentor: shorten(names.mentor), mentee: shorten(names.mentee), score: option.score.toFixed(1) }),
    reason: first ? pairReasonText(first, names.mentor, names.mentee, skills) : null,
  };
}
