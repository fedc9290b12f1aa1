import type { IntroductionView } from "../../../domain/pairing/introduction";
import type { Translate } from "../../../i18n";
import { reasonText } from "../../../i18n/matching-text";
import { fromSlackMarkup } from "./card";

/** The pair's introduction as a Teams message (markdown), sent to each partner. */
export function introductionText(view: IntroductionView, t: Translate): string {
  const bold = (text: string) => fromSlackMarkup(text).replace(/\*([^*\n]+)\*/g, "**$1**");
  const reasons = view.reasons
    .filter((r) => r.kind === "teaches" || r.kind === "gives-back")
    .slice(0, 4)
    .map((r) => reasonText(r, { mentor: view.mentor.name, mentee: view.mentee.name, skills: view.skills }, t));
  const lines = [
    `**${t("matching.intro.title", { cohort: view.cohortName })}**`,
    t("matching.intro.who", {
      mentor: view.mentor.name,
      mentorJob: view.mentor.jobTitle,
      mentorDepartment: view.mentor.department,
      mentee: view.mentee.name,
      menteeJob: view.mentee.jobTitle,
      menteeDepartment: view.mentee.department,
    }),
    ...(reasons.length > 0 ? [t("matching.intro.gives", { reasons: reasons.join("; ") })] : []),
    t(view.mode === "reverse" ? "matching.intro.principles" : "matching.intro.principlesClassic"),
    t("matching.intro.agenda", { minutes: view.sessionMinutes, cadence: view.cadenceDays, sessions: view.minSessions }),
    t("matching.intro.goals"),
    ...(view.trainingUrl ? [`[${t("matching.intro.trainingLabel")}](${view.trainingUrl})`] : []),
    t("matching.intro.privacy"),
  ];
  return lines.map(bold).join("\n\n");
}
