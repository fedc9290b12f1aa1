import type { KnownBlock } from "@slack/types";
import type { IntroductionView } from "../../../domain/pairing/introduction";
import type { Translate } from "../../../i18n";
import { reasonText } from "../../../i18n/matching-text";
import { ACTION_IDS } from "../ids";
import { block, context, escapeMrkdwn, header, plainText, section, type SlackMessage } from "./text";

/** The pair's introduction in their group DM: who is who, what each brings, how to start. */
export function introductionMessage(view: IntroductionView, t: Translate): SlackMessage {
  // Only a Slack user can be mentioned; a partner on Teams is named (a Teams id is no Slack mention).
  const mention = (p: { platformId: string; platform?: string; name: string }) =>
    p.platform !== "teams" ? `<@${p.platformId}>` : escapeMrkdwn(p.name);
  const reasons = view.reasons
    .filter((r) => r.kind === "teaches" || r.kind === "gives-back")
    .slice(0, 4)
    .map((r) =>
      reasonText(r, { mentor: view.mentor.name, mentee: view.mentee.name, skills: view.skills }, t, escapeMrkdwn),
    );
  const title = t("matching.intro.title", { cohort: view.cohortName });
  const blocks: KnownBlock[] = [
    header(title),
    section(
      t("matching.intro.who", {
        mentor: mention(view.mentor),
        mentorJob: escapeMrkdwn(view.mentor.jobTitle),
        mentorDepartment: escapeMrkdwn(view.mentor.department),
        mentee: mention(view.mentee),
        menteeJob: escapeMrkdwn(view.mentee.jobTitle),
        menteeDepartment: escapeMrkdwn(view.mentee.department),
      }),
    ),
  ];
  if (reasons.length > 0) blocks.push(section(t("matching.intro.gives", { reasons: reasons.join("; ") })));
  blocks.push(
    section(t(view.mode === "reverse" ? "matching.intro.principles" : "matching.intro.principlesClassic")),
    section(
      t("matching.intro.agenda", {
        minutes: view.sessionMinutes,
        cadence: view.cadenceDays,
        sessions: view.minSessions,
      }),
    ),
    section(t("matching.intro.goals")),
  );
  if (view.trainingUrl) blocks.push(section(`<${view.trainingUrl}|${t("matching.intro.trainingLabel")}>`));
  blocks.push(context(t("matching.intro.privacy")));
  // Each button opens something private to whoever clicks it; the message itself never changes.
  blocks.push(
    block({
      type: "actions",
      block_id: "intro-actions",
      elements: [
        {
          type: "button",
          style: "primary",
          action_id: ACTION_IDS.sessionPlan,
          text: plainText(t("rhythm.planFirst")),
          value: JSON.stringify({ pairId: view.pairId }),
        },
        {
          type: "button",
          action_id: ACTION_IDS.openGoals,
          text: plainText(t("goals.openButton")),
          value: JSON.stringify({ pairId: view.pairId }),
        },
      ],
    }),
  );
  // The header is plain text; the notification text is mrkdwn.
  return { text: t("matching.intro.title", { cohort: escapeMrkdwn(view.cohortName) }), blocks };
}
