import type { ActionItem } from "../domain/meetings/action-items";
import type { PairOverview } from "../domain/meetings/meetings";
import type { SessionLogValues } from "../domain/meetings/session-log";
import type { Platform } from "../domain/people";
import type { MessageKey } from "../i18n";
import type { NeutralForm } from "./form";
import type { Screen } from "./screen";

/**
 * What a use case answers, for any platform: words (a catalogue key with values), a form to fill in
 * (its fields' values and the errors under them) or a list with its actions. Slack renders it as
 * Block Kit, Teams as Adaptive Cards; neither decides anything a use case has decided.
 */

/**
 * A value in a message. Dates are shown in the reader's zone and language; a command is written as
 * the reader types it on their platform (`/mentoring pause` in Slack, `pause` in Teams); a `message`
 * is another catalogue text in the reader's language (a status's name).
 */
export type TextValue =
  | string
  | number
  | { date: Date }
  | { dateTime: Date }
  /** A calendar day (YYYY-MM-DD), whatever the zone. */
  | { day: string }
  | { command: string }
  /**
   * A person as their platform names them: a live mention in Slack, the name in Teams. Someone of
   * the other platform (`platform`) is named, since their id means nothing there.
   */
  | { person: { userId: string; name: string; platform?: Platform } }
  | { message: MessageKey; vars?: Record<string, TextValue> }
  /** Several texts, each in the reader's language, joined (a list of statuses with their counts). */
  | { join: Text[]; with: string };

/** What the reader types before a command word: `/mentoring ` in Slack, nothing in Teams. */
export const COMMAND_PREFIX: TextValue = { command: "" };

export interface Text {
  key: MessageKey;
  vars?: Record<string, TextValue>;
}

export function text(key: MessageKey, vars?: Record<string, TextValue>): Text {
  return vars ? { key, vars } : { key };
}

/** A form field's error, shown under that field. */
export type FieldErrors<F extends string> = Partial<Record<F, Text>>;

/** Plan (or move) a session: a slot in both partners' hours, or a date and time agreed elsewhere. */
export interface PlanForm {
  form: "plan";
  pairId: string;
  /** Set when the plan answers "we moved it" to the check-in asked at this time (ISO). */
  askedAt?: string;
  slots: Date[];
  partner: { name: string; zone: string };
  /** How far ahead the slots go. */
  days: number;
  values: { slot?: string; date?: string; time?: string };
  errors: FieldErrors<"slot" | "date" | "time">;
}

/** Log a held session, with its action items (the two partners may own them). */
export interface LogForm {
  form: "log";
  pairId: string;
  sessionId?: string;
  partners: { id: string; name: string }[];
  defaults: { date: string; minutes: number };
  /** What was saved, when a saved log is opened again to correct it. */
  saved?: SessionLogValues;
  /** What was sent, shown again with the errors under their fields (ids are the domain's field names). */
  values?: Record<string, string>;
  errors?: Partial<Record<string, Text>>;
}

export type FormView = NeutralForm | PlanForm | LogForm;

export type Reply =
  /**
   * Words for the person. `settles`: they answer the question the button was on (a check-in), so
   * a platform that can may put them in that message's place.
   */
  | { kind: "message"; text: Text; settles?: boolean }
  | { kind: "form"; view: FormView }
  /** A screen of its own (figures, a list with buttons), rendered the same way on each platform. */
  | { kind: "screen"; screen: Screen }
  /** Each of the person's pairs with its next session, progress and buttons. */
  | { kind: "pairs"; pairs: PairOverview[] }
  /** What either partner committed to and has not done, pair by pair (`today` in the reader's zone). */
  | { kind: "action-items"; groups: ActionItemGroup[]; today: string };

export interface ActionItemGroup {
  partnerName: string;
  cohortName: string;
  partnerId: string;
  items: ActionItem[];
}

/** A reply that is not a form: what a platform can put in any message. */
export type MessageReply = Exclude<Reply, { kind: "form" }>;

export function message(key: MessageKey, vars?: Record<string, TextValue>): Reply {
  return { kind: "message", text: text(key, vars) };
}

export function form(view: FormView): Reply {
  return { kind: "form", view };
}
