import type { EvaluationKind } from "./evaluation/evaluation-form";
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
  | { kind: "plenary"; plenary: PlenaryMessage }
  | { kind: "evaluation"; evaluation: EvaluationRequestView }
  | { kind: "document"; document: DocumentMessage }
  | { kind: "coordinator-nudge"; nudge: CoordinatorNudgeView };

/** A questionnaire to answer: its first request or a reminder, with a button that opens the form. */
export interface EvaluationRequestView {
  evaluationId: string;
  cohortName: string;
  kind: EvaluationKind;
  /** ISO instant. */
  closesAt: string;
  reminder: boolean;
  answered: boolean;
}

/** A file for one person (a certificate, an export) with a line of text. */
export interface DocumentMessage {
  notice: Notice;
  filename: string;
  title: string;
  /** The file's bytes; made by the job that sends it, never stored. */
  content: Buffer;
  /**
   * What the file is, so a platform that sends files later (Teams asks the person first) can make
   * the same bytes again then, instead of keeping them.
   */
  source?: DocumentSource;
}

export type DocumentSource =
  | { kind: "certificate"; cohortId: string; personId: string; version: number }
  | { kind: "session-invite"; pairId: string; sessionId: string };

/** A coordinator asking a quiet pair how it is going, with the way to plan the next session. */
export interface CoordinatorNudgeView {
  pairId: string;
  coordinatorName: string;
  cohortName: string;
  partnerName: string;
}
