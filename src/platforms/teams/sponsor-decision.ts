import { MessageFactory, type TurnContext } from "./transport";
import { z } from "zod";
import type { Services } from "../../services";
import type { TeamsViewer } from "./identify";
import { sponsorRefusal } from "../../app/refusals";
import { teamsText } from "./render";

const decision = z.object({
  decision: z.enum(["endorse", "decline"]),
  applicationId: z.string().min(1),
  reason: z.string().max(1000).optional(),
});

/** Sponsor / Decline pressed on the request card. */
export async function sponsorDecisionSubmitted(
  services: Services,
  context: TurnContext,
  viewer: TeamsViewer,
  value: Record<string, unknown>,
): Promise<void> {
  const { t } = viewer;
  const parsed = decision.safeParse(value);
  if (!parsed.success) {
    await context.sendActivity(MessageFactory.text(t("sponsor.notFound")));
    return;
  }
  const result = await services.applications.decide(
    viewer.person,
    parsed.data.applicationId,
    parsed.data.decision,
    parsed.data.reason,
  );
  if (!result.ok) {
    const text = teamsText(sponsorRefusal(result), viewer);
    await context.sendActivity(MessageFactory.text(text));
    return;
  }
  const vars = { applicant: result.applicant.displayName || result.applicant.userId, cohort: result.cohort.name };
  await context.sendActivity(
    MessageFactory.text(
      viewer.tEscaped(parsed.data.decision === "endorse" ? "sponsor.endorsedDone" : "sponsor.declinedDone", vars),
    ),
  );
}
