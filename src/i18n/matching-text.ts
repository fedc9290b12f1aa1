import type { PartnerOption } from "../domain/matching";
import type { PairReason, Skill, UnmatchedReason } from "../domain/matching/types";
import { same, type Escape, type MessageKey, type Translate } from "./index";

export interface ReasonContext {
  mentor: string;
  mentee: string;
  skills: Skill[];
}

/** One of the engine's reasons as a sentence in the reader's language; names and skills (people typed them) go through `escape`. */
export function reasonText(reason: PairReason, context: ReasonContext, t: Translate, escape: Escape = same): string {
  const skill = (id: string) => escape(context.skills.find((s) => s.id === id)?.name ?? id);
  const [mentor, mentee] = [escape(context.mentor), escape(context.mentee)];
  switch (reason.kind) {
    case "teaches":
      return t(reason.menteeWants ? "matching.reasons.teachesWanted" : "matching.reasons.teaches", {
        mentor,
        mentee,
        skill: skill(reason.skillId),
        mentorRating: reason.mentorRating,
        menteeRating: reason.menteeRating,
      });
    case "gives-back":
      return t("matching.reasons.givesBack", {
        mentor,
        mentee,
        skill: skill(reason.skillId),
        mentorRating: reason.mentorRating,
        menteeRating: reason.menteeRating,
      });
    case "shared-language":
      return t("matching.reasons.sharedLanguage", { language: t(`sessionLanguages.${reason.language}` as MessageKey) });
    case "overlap":
      return t("matching.reasons.overlap", { hours: Math.round((reason.minutes / 60) * 10) / 10 });
    case "locked":
      return t("matching.reasons.locked");
  }
}

/** Why someone was left out, for the coordinator. */
export function unmatchedText(reason: UnmatchedReason, t: Translate): string {
  switch (reason.kind) {
    case "no-other-side":
      return t("matching.why.noOtherSide");
    case "no-compatible-partner": {
      const constraints = Object.entries(reason.blockedBy)
        .filter(([, n]) => (n ?? 0) > 0)
        .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
        .map(([kind, n]) => `${t(`matching.constraints.${kind}` as MessageKey)}: ${n}`)
        .join(", ");
      return t("matching.why.noCompatiblePartner", { constraints: constraints || "—" });
    }
    case "partners-taken":
      return t("matching.why.partnersTaken", { compatible: reason.compatible });
    case "locked-elsewhere":
      return t("matching.why.lockedElsewhere");
  }
}

/** One partner a candidate could be reassigned to: "Mia mentors Eve · fit 72.4", and its main reason. */
export function partnerOptionText(
  option: PartnerOption,
  names: { mentor: string; mentee: string },
  skills: Skill[],
  t: Translate,
  shorten: (name: string) => string = (name) => name,
): { text: string; reason: string | null } {
  const key = option.lockedElsewhere ? "matching.reassignOptionLocked" : "matching.reassignOption";
  const text = t(key, { mentor: shorten(names.mentor), mentee: shorten(names.mentee), score: option.score.toFixed(1) });
  const first = option.reasons.find((r) => r.kind !== "locked");
  return { text, reason: first ? reasonText(first, { ...names, skills }, t) : null };
}
