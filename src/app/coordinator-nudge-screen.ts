import type { CoordinatorNudgeView } from "../domain/messages";
import { text } from "./reply";
import { type Screen, screen } from "./screen";

/** A coordinator asking a pair at risk how it is going, with the way to plan the next session. */
export function coordinatorNudgeScreen(nudge: CoordinatorNudgeView): Screen {
  const asked = text("cohortStatus.nudgeMessage", {
    coordinator: nudge.coordinatorName,
    cohort: nudge.cohortName,
    partner: nudge.partnerName,
  });
  return screen(asked, [
    { kind: "text", text: asked },
    {
      kind: "buttons",
      buttons: [
        { action: "pair.plan", label: text("rhythm.planButton"), data: { pairId: nudge.pairId }, style: "primary" },
      ],
    },
  ]);
}
