import type { Locale } from "../../../domain/locale";
import type { ActionItem } from "../../../domain/meetings/action-items";
import type { PairOverview } from "../../../domain/meetings/meetings";
import type { PlenaryMessage } from "../../../domain/meetings/plenary-messages";
import type { RhythmItem, RhythmMessage } from "../../../domain/meetings/rhythm-messages";
import { actionItemField, LOG_ACTION_ROWS, type SessionLogValues } from "../../../domain/meetings/session-log";
import { formatDateTime, formatTime, type Translate } from "../../../i18n";
import { plenaryText } from "../../../i18n/plenary-text";
import { calendarDate, itemLines, rhythmText } from "../../../i18n/rhythm-text";
import {
  actionSet,
  adaptiveCard,
  escapeTeamsMarkdown,
  field,
  paragraph,
  submit,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { TEAMS_ACTIONS } from "./ids";

export type FieldErrors = Record<string, string | undefined>;

/** What the bot sends a partner on its own, with the same buttons as in Slack. */
export function rhythmCard(message: RhythmMessage, t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const pair = { pairId: message.pairId };
  const items = (list: RhythmItem[], partner: string) => [
    paragraph(t("rhythm.reminder.itemsTitle"), { spacing: "Medium" }),
    textBlock(itemLines(list, partner, t, locale, escapeTeamsMarkdown), { spacing: "None" }),
  ];
  switch (message.type) {
    case "proposal":
      return adaptiveCard(
        [paragraph(rhythmText(message, t, locale, zone, escapeTeamsMarkdown))],
        [
          submit(
            t("rhythm.acceptButton"),
            { action: TEAMS_ACTIONS.sessionAccept, sessionId: message.sessionId },
            "positive",
          ),
          submit(t("rhythm.otherTimeButton"), { action: TEAMS_ACTIONS.sessionPlanOpen, ...pair }),
        ],
      );
    case "reminder":
      return adaptiveCard(
        [
          paragraph(
            t("rhythm.reminder.text", {
              partner: escapeTeamsMarkdown(message.partnerName),
              when: formatDateTime(new Date(message.startsAt), locale, zone),
              minutes: message.durationMinutes,
            }),
          ),
          ...items(message.items, message.partnerName),
        ],
        [
          submit(
            t("rhythm.logButton"),
            { action: TEAMS_ACTIONS.sessionLogOpen, ...pair, sessionId: message.sessionId },
            "positive",
          ),
          submit(t("rhythm.rescheduleButton"), { action: TEAMS_ACTIONS.sessionPlanOpen, ...pair }),
          submit(t("rhythm.pauseButton"), { action: TEAMS_ACTIONS.pairPauseOpen, ...pair }),
        ],
      );
    case "check-in": {
      const answer = (kind: string) => ({
        action: TEAMS_ACTIONS.checkIn,
        ...pair,
        askedAt: message.askedAt,
        answer: kind,
      });
      return adaptiveCard(
        [paragraph(rhythmText(message, t, locale, zone, escapeTeamsMarkdown))],
        [
          submit(t("rhythm.checkIn.met"), answer("met"), "positive"),
          submit(t("rhythm.checkIn.moved"), answer("moved")),
          submit(t("rhythm.checkIn.notYet"), answer("not-yet")),
        ],
      );
    }
    case "nudge":
      return adaptiveCard(
        [
          paragraph(rhythmText(message, t, locale, zone, escapeTeamsMarkdown)),
          ...(message.items.length > 0 ? items(message.items, message.partnerName) : []),
        ],
        [submit(t("rhythm.planButton"), { action: TEAMS_ACTIONS.sessionPlanOpen, ...pair }, "positive")],
      );
  }
}

/** A plenary's reminder (text) or its start, with "I'm here". */
export function plenaryCard(message: PlenaryMessage, t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const text = paragraph(plenaryText(message, t, locale, zone, escapeTeamsMarkdown));
  if (message.type === "reminder") return adaptiveCard([text]);
  return adaptiveCard(
    [text],
    [
      submit(
        t("plenaries.hereButton"),
        { action: TEAMS_ACTIONS.plenaryCheckIn, plenaryId: message.plenaryId },
        "positive",
      ),
    ],
  );
}

/** `session`: each of the person's pairs with its next session and what to do. */
export function pairsOverviewCard(pairs: PairOverview[], t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const body: CardElement[] = [];
  for (const pair of pairs) {
    const partner = escapeTeamsMarkdown(pair.partnerName);
    const lines = [t("rhythm.pairTitle", { partner, cohort: escapeTeamsMarkdown(pair.cohortName) })];
    if (pair.next?.status === "scheduled")
      lines.push(
        t("rhythm.nextSession", {
          when: formatDateTime(pair.next.startsAt, locale, zone),
          minutes: pair.next.durationMinutes,
        }),
      );
    else if (pair.next)
      lines.push(
        t(pair.nextProposedByMe ? "rhythm.nextProposed" : "rhythm.nextProposedToMe", {
          when: formatDateTime(pair.next.startsAt, locale, zone),
          partner,
        }),
      );
    else lines.push(t("rhythm.noNextSession"));
    lines.push(t("rhythm.progress", { held: pair.held, min: pair.minSessions, items: pair.openItems }));
    if (pair.lastHeld) lines.push(t("rhythm.lastHeld", { when: formatDateTime(pair.lastHeld.startsAt, locale, zone) }));
    if (pair.pausedUntil) lines.push(t("rhythm.pausedLine", { until: formatDateTime(pair.pausedUntil, locale, zone) }));
    const value = { pairId: pair.pairId };
    body.push(
      paragraph(lines.join("\n\n"), { separator: body.length > 0 }),
      actionSet([
        submit(t("rhythm.planButton"), { action: TEAMS_ACTIONS.sessionPlanOpen, ...value }, "positive"),
        submit(t("rhythm.logButton"), { action: TEAMS_ACTIONS.sessionLogOpen, ...value }),
        ...(pair.lastHeld
          ? [
              submit(t("rhythm.editLogButton"), {
                action: TEAMS_ACTIONS.sessionLogOpen,
                ...value,
                sessionId: pair.lastHeld.id,
                edit: true,
              }),
            ]
          : []),
        pair.pausedUntil
          ? submit(t("rhythm.resumeButton"), { action: TEAMS_ACTIONS.pairResume, ...value })
          : submit(t("rhythm.pauseButton"), { action: TEAMS_ACTIONS.pairPauseOpen, ...value }),
        submit(t("goals.openButton"), { action: TEAMS_ACTIONS.goalsOpen, ...value }),
      ]),
    );
  }
  return adaptiveCard(body);
}

export interface PlanCardInput {
  slots: Date[];
  partner: { name: string; zone: string };
  days: number;
  pairId: string;
  /** Set when the plan answers "we moved it" to a check-in. */
  askedAt?: string;
  typed?: { slot?: string; date?: string; time?: string };
  errors?: FieldErrors;
}

/** Choose a time: the slots in both partners' hours (each in both zones), or any agreed date and time. */
export function planCard(
  { slots, partner, days, pairId, askedAt, typed = {}, errors = {} }: PlanCardInput,
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  const body: CardElement[] = [
    title(t("rhythm.plan.title")),
    paragraph(
      t(slots.length > 0 ? "rhythm.plan.intro" : "rhythm.plan.noSlots", {
        partner: escapeTeamsMarkdown(partner.name),
        days,
        zone,
      }),
    ),
  ];
  if (slots.length > 0) {
    const first = partner.name.split(" ")[0] ?? partner.name;
    const choices = slots.map((slot) => ({
      title: t("rhythm.plan.slotOption", {
        when: formatDateTime(slot, locale, zone),
        partner: first,
        partnerTime: formatTime(slot, locale, partner.zone),
      }),
      value: slot.toISOString(),
    }));
    body.push(
      ...field(
        {
          type: "Input.ChoiceSet",
          id: "slot",
          label: t("rhythm.plan.slotLabel"),
          placeholder: t("rhythm.plan.slotPlaceholder"),
          style: "compact",
          choices,
          ...(typed.slot ? { value: typed.slot } : {}),
        },
        errors,
      ),
    );
  }
  body.push(
    textBlock(t("rhythm.plan.customLabel"), { weight: "Bolder", spacing: "Medium" }),
    textBlock(t("rhythm.plan.customHint"), { isSubtle: true, size: "Small", spacing: "None" }),
    ...field({ type: "Input.Date", id: "date", ...(typed.date ? { value: typed.date } : {}) }, errors),
    ...field({ type: "Input.Time", id: "time", ...(typed.time ? { value: typed.time } : {}) }, errors),
  );
  return adaptiveCard(body, [
    submit(
      t("rhythm.plan.submit"),
      { action: TEAMS_ACTIONS.sessionPlan, pairId, ...(askedAt ? { askedAt } : {}) },
      "positive",
    ),
  ]);
}

/** What the log card holds: typed strings, as the card sends them back. */
export type LogTyped = Record<string, string | undefined>;

/** The saved log as the card's typed values (to edit it). */
export function typedFromLog(saved: SessionLogValues): LogTyped {
  const typed: LogTyped = {
    date: saved.date,
    time: saved.time ?? undefined,
    duration: String(saved.durationMinutes),
    topics: saved.topics,
    privateNotes: saved.privateNotes,
  };
  saved.actionItems.slice(0, LOG_ACTION_ROWS).forEach((item, row) => {
    typed[actionItemField(row, "text")] = item.text;
    typed[actionItemField(row, "owner")] = item.ownerPersonId;
    typed[actionItemField(row, "dueDate")] = item.dueDate;
  });
  return typed;
}

/** Input.Number holds a number: a typed one is shown again, anything else left for the message under it. */
function numberValue(typed: string): { value?: number } {
  const value = Number(typed);
  return typed.trim() !== "" && Number.isFinite(value) ? { value } : {};
}

/** The session log card: ids are the domain's field names, so each error lands under its field. */
export function logCard(
  partners: { id: string; name: string }[],
  defaults: { date: string; minutes: number },
  target: { pairId: string; sessionId?: string },
  t: Translate,
  typed: LogTyped = {},
  errors: FieldErrors = {},
): AdaptiveCard {
  const value = (id: string) => (typed[id] !== undefined && typed[id] !== "" ? { value: typed[id] } : {});
  const owners = partners.map((p) => ({ title: p.name, value: p.id }));
  const body: CardElement[] = [
    title(t("rhythm.log.title")),
    paragraph(t("rhythm.log.intro"), { isSubtle: true }),
    ...field(
      {
        type: "Input.Date",
        id: "date",
        label: t("rhythm.log.date"),
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        value: typed.date ?? defaults.date,
      },
      errors,
    ),
    ...field({ type: "Input.Time", id: "time", label: t("rhythm.log.time"), ...value("time") }, errors),
    ...field(
      {
        type: "Input.Number",
        id: "duration",
        label: t("rhythm.log.duration"),
        min: 15,
        max: 480,
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        ...numberValue(typed.duration ?? String(defaults.minutes)),
      },
      errors,
    ),
    ...field(
      {
        type: "Input.Text",
        id: "topics",
        label: t("rhythm.log.topics"),
        placeholder: t("rhythm.log.topicsHint"),
        isMultiline: true,
        maxLength: 3000,
        ...value("topics"),
      },
      errors,
    ),
    ...field(
      {
        type: "Input.Text",
        id: "privateNotes",
        label: t("rhythm.log.notes"),
        placeholder: t("rhythm.log.notesHint"),
        isMultiline: true,
        maxLength: 3000,
        ...value("privateNotes"),
      },
      errors,
    ),
    textBlock(t("rhythm.log.notesHint"), { isSubtle: true, size: "Small", spacing: "None" }),
    paragraph(t("rhythm.log.actionsTitle"), { spacing: "Large", separator: true }),
    ...(errors.actionItems ? [textBlock(errors.actionItems, { color: "Attention", size: "Small" })] : []),
  ];
  for (let row = 0; row < LOG_ACTION_ROWS; row++) {
    const n = row + 1;
    const [text, owner, due] = [
      actionItemField(row, "text"),
      actionItemField(row, "owner"),
      actionItemField(row, "dueDate"),
    ];
    body.push(
      ...field(
        { type: "Input.Text", id: text, label: t("rhythm.log.text", { n }), maxLength: 500, ...value(text) },
        errors,
      ),
      ...field(
        {
          type: "Input.ChoiceSet",
          id: owner,
          label: t("rhythm.log.owner", { n }),
          style: "compact",
          choices: owners,
          ...value(owner),
        },
        errors,
      ),
      ...field({ type: "Input.Date", id: due, label: t("rhythm.log.due", { n }), ...value(due) }, errors),
    );
  }
  return adaptiveCard(body, [
    submit(
      t("rhythm.log.submit"),
      {
        action: TEAMS_ACTIONS.sessionLog,
        pairId: target.pairId,
        ...(target.sessionId ? { sessionId: target.sessionId } : {}),
      },
      "positive",
    ),
  ]);
}

/** `actions`: each pair's open items with Done, the reader's own named "you". */
export function actionItemsCard(
  groups: { partnerName: string; cohortName: string; partnerId: string; items: ActionItem[] }[],
  today: string,
  t: Translate,
  locale: Locale,
): AdaptiveCard {
  const body: CardElement[] = [title(t("rhythm.actions.title"))];
  for (const group of groups) {
    body.push(
      paragraph(
        t("rhythm.pairTitle", {
          partner: escapeTeamsMarkdown(group.partnerName),
          cohort: escapeTeamsMarkdown(group.cohortName),
        }),
        { separator: true },
      ),
    );
    if (group.items.length === 0) body.push(textBlock(t("rhythm.actions.none"), { isSubtle: true }));
    for (const item of group.items.slice(0, 20)) {
      const owner =
        item.ownerPersonId === group.partnerId ? escapeTeamsMarkdown(group.partnerName) : t("rhythm.actions.you");
      const key = item.dueDate < today ? "rhythm.actions.overdueLine" : "rhythm.actions.line";
      body.push({
        type: "ColumnSet",
        columns: [
          {
            type: "Column",
            width: "stretch",
            items: [
              paragraph(
                t(key, { text: escapeTeamsMarkdown(item.text), owner, due: calendarDate(item.dueDate, locale) }),
              ),
            ],
          },
          {
            type: "Column",
            width: "auto",
            items: [
              actionSet([
                submit(t("rhythm.actions.done"), { action: TEAMS_ACTIONS.actionItemDone, itemId: item.id }, "positive"),
              ]),
            ],
          },
        ],
      });
    }
  }
  return adaptiveCard(body);
}
