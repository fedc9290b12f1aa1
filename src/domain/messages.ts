import type { SponsorRequestView } from "./applications/sponsor-request";
import type { Notice } from "./jobs";
import type { PlenaryMessage } from "./meetings/plenary-messages";
import type { RhythmMessage } from "./meetings/rhythm-messages";
import type { IntroductionView } from "./pairing/introduction";

/**
 * Messages the bot sends on its own (from jobs), as platform-neutral view models. Each platform
 * renders them: Slack into Block Kit, Teams into Adaptive Cards. Later phases add their kinds.
 */
export type OutboundMessage =
  | { kind: "notice"; notice: Notice }
  | { kind: "sponsor-request"; request: SponsorRequestView }
  | { kind: "introduction"; introduction: IntroductionView }
  | { kind: "rhythm"; rhythm: RhythmMessage }
  | { kind: "plenary"; plenary: PlenaryMessage };
