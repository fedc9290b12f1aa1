import type { IntroductionView } from "../../../domain/pairing/introduction";
import type { Translate } from "../../../i18n";
import { reasonText } from "../../../i18n/matching-text";
import {
  actionSet,
  adaptiveCard,
  escapeTeamsMarkdown,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

/**
 * A Teams link that opens a one-to-one chat with the partner. Teams' chat links take sign-in
 * addresses (user principal names), not object ids, and name only group chats, so the link is
 * simply "chat with <partner>"; undefined when Teams never told Tandem the partner's address.
 */
export function partnerChatLink(partnerSignInAddress: string | undefined): string | undefined {
  if (!partnerSignInAddress || !/^[^@\s]+@[^@\s]+$/.test(partnerSignInAddress)) return undefined;
  return `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(partnerSignInAddress)}`;
}

/** The pair's introduction, sent to each partner's personal chat: the Slack message's content, and the chat link. */
export function introductionCard(
  view: IntroductionView,
  t: Translate,
  reader?: { personId: string; partnerSignInAddress?: string },
): AdaptiveCard {
  const reasons = view.reasons
    .filter((r) => r.kind === "teaches" || r.kind === "gives-back")
    .slice(0, 4)
    .map((r) =>
      reasonText(
        r,
        { mentor: view.mentor.name, mentee: view.mentee.name, skills: view.skills },
        t,
        escapeTeamsMarkdown,
      ),
    );
  const body: CardElement[] = [
    title(t("matching.intro.title", { cohort: escapeTeamsMarkdown(view.cohortName) })),
    paragraph(
      t("matching.intro.who", {
        mentor: `**${escapeTeamsMarkdown(view.mentor.name)}**`,
        mentorJob: escapeTeamsMarkdown(view.mentor.jobTitle),
        mentorDepartment: escapeTeamsMarkdown(view.mentor.department),
        mentee: `**${escapeTeamsMarkdown(view.mentee.name)}**`,
        menteeJob: escapeTeamsMarkdown(view.mentee.jobTitle),
        menteeDepartment: escapeTeamsMarkdown(view.mentee.department),
      }),
    ),
  ];
  if (reasons.length > 0) body.push(paragraph(t("matching.intro.gives", { reasons: reasons.join("; ") })));
  body.push(
    paragraph(t(view.mode === "reverse" ? "matching.intro.principles" : "matching.intro.principlesClassic")),
    paragraph(
      t("matching.intro.agenda", {
        minutes: view.sessionMinutes,
        cadence: view.cadenceDays,
        sessions: view.minSessions,
      }),
    ),
    paragraph(t("matching.intro.goals")),
  );
  if (view.trainingUrl) body.push(textBlock(`[${t("matching.intro.trainingLabel")}](${view.trainingUrl})`));
  body.push(textBlock(t("matching.intro.privacy"), { isSubtle: true, size: "Small" }));
  const partner = reader?.personId === view.mentor.personId ? view.mentee : view.mentor;
  const link = partnerChatLink(reader?.partnerSignInAddress);
  const buttons: CardElement[] = [];
  if (link) {
    body.push(
      paragraph(t("teams.intro.chatHint", { partner: escapeTeamsMarkdown(partner.name) }), { spacing: "Medium" }),
    );
    buttons.push({ type: "Action.OpenUrl", title: t("teams.intro.chatButton", { partner: partner.name }), url: link });
  }
  buttons.push(
    submit(t("rhythm.planFirst"), { action: TEAMS_ACTIONS.sessionPlanOpen, pairId: view.pairId }, "positive"),
    submit(t("goals.openButton"), { action: TEAMS_ACTIONS.goalsOpen, pairId: view.pairId }),
  );
  body.push(actionSet(buttons));
  return adaptiveCard(body);
}

/** The introduction as plain text (the card's fallback, and what a notification preview shows). */
export function introductionText(view: IntroductionView, t: Translate): string {
  return t("matching.intro.title", { cohort: escapeTeamsMarkdown(view.cohortName) });
}
