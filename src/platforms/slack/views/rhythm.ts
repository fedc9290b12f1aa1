import type { KnownBlock, View } from "@slack/types";
import type { Locale } from "../../../domain/locale";
import type { ActionItem } from "../../../domain/meetings/action-items";
import type { PairOverview } from "../../../domain/meetings/meetings";
import type { RhythmMessage } from "../../../domain/meetings/rhythm-messages";
import { actionItemField, LOG_ACTION_ROWS, type SessionLogValues } from "../../../domain/meetings/session-log";
import { formatDateTime, formatTime, type Translate } from "../../../i18n";
import { calendarDate, itemLines, rhythmText } from "../../../i18n/rhythm-text";
import { ACTION_IDS, encodeMetadata, VIEW_IDS, type ViewMetadata } from "../ids";
import {
  block,
  context,
  escapeMrkdwn,
  fitList,
  header,
  MESSAGE_MAX_BLOCKS,
  plainText,
  section,
  type SlackMessage,
  textInput,
} from "./text";

function button(text: string, actionId: string, value: object, style?: "primary" | "danger") {
  return {
    type: "button",
    text: plainText(text),
    action_id: actionId,
    value: JSON.stringify(value),
    ...(style ? { style } : {}),
  };
}

function actions(blockId: string, elements: object[]): KnownBlock {
  return block({ type: "actions", block_id: blockId, elements });
}

/** What the bot sends a partner on its own: a proposal to accept, a reminder, a check-in, a nudge. */
export function rhythmSlackMessage(message: RhythmMessage, t: Translate, locale: Locale, zone: string): SlackMessage {
  const text = rhythmText(message, t, locale, zone, escapeMrkdwn);
  const pair = { pairId: message.pairId };
  switch (message.type) {
    case "proposal":
      return {
        text,
        blocks: [
          section(text),
          actions(`proposal:${message.sessionId}`, [
            button(t("rhythm.acceptButton"), ACTION_IDS.sessionAccept, { sessionId: message.sessionId }, "primary"),
            button(t("rhythm.otherTimeButton"), ACTION_IDS.sessionPlan, pair),
          ]),
        ],
      };
    case "reminder":
      return {
        text,
        blocks: [
          section(
            t("rhythm.reminder.text", {
              partner: escapeMrkdwn(message.partnerName),
              when: formatDateTime(new Date(message.startsAt), locale, zone),
              minutes: message.durationMinutes,
            }),
          ),
          section(
            `${t("rhythm.reminder.itemsTitle")}\n${itemLines(message.items, message.partnerName, t, locale, escapeMrkdwn)}`,
          ),
          actions(`reminder:${message.sessionId}`, [
            button(t("rhythm.logButton"), ACTION_IDS.sessionLog, { ...pair, sessionId: message.sessionId }, "primary"),
            button(t("rhythm.rescheduleButton"), ACTION_IDS.sessionPlan, pair),
            button(t("rhythm.pauseButton"), ACTION_IDS.pairPause, pair),
          ]),
        ],
      };
    case "check-in": {
      const answer = (kind: string) => ({ ...pair, askedAt: message.askedAt, answer: kind });
      return {
        text,
        blocks: [
          section(text),
          actions(`check-in:${message.pairId}:${message.askedAt}`, [
            button(t("rhythm.checkIn.met"), `${ACTION_IDS.checkIn}:met`, answer("met"), "primary"),
            button(t("rhythm.checkIn.moved"), `${ACTION_IDS.checkIn}:moved`, answer("moved")),
            button(t("rhythm.checkIn.notYet"), `${ACTION_IDS.checkIn}:not-yet`, answer("not-yet")),
          ]),
        ],
      };
    }
    case "nudge":
      return {
        text,
        blocks: [
          section(text),
          ...(message.items.length > 0
            ? [
                section(
                  `${t("rhythm.reminder.itemsTitle")}\n${itemLines(message.items, message.partnerName, t, locale, escapeMrkdwn)}`,
                ),
              ]
            : []),
          actions(`nudge:${message.pairId}`, [button(t("rhythm.planButton"), ACTION_IDS.sessionPlan, pair, "primary")]),
        ],
      };
  }
}

/** `/mentoring session`: each of the person's pairs with its next session and what to do. */
export function pairsOverviewMessage(pairs: PairOverview[], t: Translate, locale: Locale, zone: string): SlackMessage {
  const blocks = fitList(
    pairs,
    (pair) => {
      const lines = [
        t("rhythm.pairTitle", { partner: escapeMrkdwn(pair.partnerName), cohort: escapeMrkdwn(pair.cohortName) }),
      ];
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
            partner: escapeMrkdwn(pair.partnerName),
          }),
        );
      else lines.push(t("rhythm.noNextSession"));
      lines.push(t("rhythm.progress", { held: pair.held, min: pair.minSessions, items: pair.openItems }));
      if (pair.lastHeld)
        lines.push(t("rhythm.lastHeld", { when: formatDateTime(pair.lastHeld.startsAt, locale, zone) }));
      if (pair.pausedUntil)
        lines.push(t("rhythm.pausedLine", { until: formatDateTime(pair.pausedUntil, locale, zone) }));
      const value = { pairId: pair.pairId };
      return [
        section(lines.join("\n")),
        actions(`pair:${pair.pairId}`, [
          button(t("rhythm.planButton"), ACTION_IDS.sessionPlan, value, "primary"),
          button(t("rhythm.logButton"), ACTION_IDS.sessionLog, value),
          ...(pair.lastHeld
            ? [button(t("rhythm.editLogButton"), ACTION_IDS.sessionLogEdit, { ...value, sessionId: pair.lastHeld.id })]
            : []),
          pair.pausedUntil
            ? button(t("rhythm.resumeButton"), ACTION_IDS.pairResume, value)
            : button(t("rhythm.pauseButton"), ACTION_IDS.pairPause, value),
        ]),
      ];
    },
    MESSAGE_MAX_BLOCKS,
  );
  return { text: t("rhythm.planButton"), blocks };
}

export const PLAN_BLOCKS = { slot: "slot", custom: "custom" } as const;

/** Choose a time: the slots in both partners' hours (each shown in both zones), or any agreed time. */
export function planSessionModal(
  slots: Date[],
  partner: { name: string; zone: string },
  days: number,
  metadata: ViewMetadata,
  t: Translate,
  locale: Locale,
  zone: string,
): View {
  const blocks: KnownBlock[] = [
    section(
      t(slots.length > 0 ? "rhythm.plan.intro" : "rhythm.plan.noSlots", {
        partner: escapeMrkdwn(partner.name),
        days,
        zone,
      }),
    ),
  ];
  if (slots.length > 0) {
    const options = slots.map((slot) => ({
      text: plainText(
        t("rhythm.plan.slotOption", {
          when: formatDateTime(slot, locale, zone),
          partner: partner.name.split(" ")[0] ?? partner.name,
          partnerTime: formatTime(slot, locale, partner.zone),
        }),
      ),
      value: slot.toISOString(),
    }));
    blocks.push(
      block({
        type: "input",
        optional: true,
        block_id: PLAN_BLOCKS.slot,
        label: plainText(t("rhythm.plan.slotLabel")),
        element: {
          type: "static_select",
          action_id: "value",
          placeholder: plainText(t("rhythm.plan.slotPlaceholder")),
          options,
        },
      }),
    );
  }
  blocks.push(
    block({
      type: "input",
      optional: true,
      block_id: PLAN_BLOCKS.custom,
      label: plainText(t("rhythm.plan.customLabel")),
      hint: plainText(t("rhythm.plan.customHint"), 150),
      element: { type: "datetimepicker", action_id: "value" },
    }),
  );
  return {
    type: "modal",
    callback_id: VIEW_IDS.sessionPlan,
    private_metadata: encodeMetadata(metadata),
    title: plainText(t("rhythm.plan.title"), 24),
    submit: plainText(t("rhythm.plan.submit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks,
  };
}

/** The session log form; block ids are the domain's field names, so errors land on their field. */
export function logSessionModal(
  partners: { id: string; name: string }[],
  defaults: { date: string; minutes: number },
  metadata: ViewMetadata,
  t: Translate,
  saved?: SessionLogValues,
): View {
  const input = (blockId: string, label: string, element: object, optional = false, hint?: string) =>
    block({
      type: "input",
      block_id: blockId,
      optional,
      label: plainText(label),
      ...(hint ? { hint: plainText(hint, 150) } : {}),
      element: { action_id: "value", ...element },
    });
  const owners = partners.map((p) => ({ text: plainText(p.name), value: p.id }));
  // Editing a saved log: every field starts with what was saved (Slack rejects empty initial values).
  const initial = (key: string, value: string | null | undefined) => (value ? { [key]: value } : {});
  const blocks: KnownBlock[] = [
    context(t("rhythm.log.intro")),
    input("date", t("rhythm.log.date"), { type: "datepicker", initial_date: saved?.date ?? defaults.date }),
    input("time", t("rhythm.log.time"), { type: "timepicker", ...initial("initial_time", saved?.time) }, true),
    input("duration", t("rhythm.log.duration"), {
      type: "number_input",
      is_decimal_allowed: false,
      min_value: "15",
      max_value: "480",
      initial_value: String(saved?.durationMinutes ?? defaults.minutes),
    }),
    input(
      "topics",
      t("rhythm.log.topics"),
      { type: "plain_text_input", multiline: true, ...textInput(saved?.topics, 3000) },
      true,
      t("rhythm.log.topicsHint"),
    ),
    input(
      "privateNotes",
      t("rhythm.log.notes"),
      { type: "plain_text_input", multiline: true, ...textInput(saved?.privateNotes, 3000) },
      true,
      t("rhythm.log.notesHint"),
    ),
    section(t("rhythm.log.actionsTitle")),
  ];
  for (let row = 0; row < LOG_ACTION_ROWS; row++) {
    const n = row + 1;
    const item = saved?.actionItems[row];
    const owner = owners.find((o) => o.value === item?.ownerPersonId);
    blocks.push(
      input(
        actionItemField(row, "text"),
        t("rhythm.log.text", { n }),
        { type: "plain_text_input", ...textInput(item?.text, 500) },
        true,
      ),
      input(
        actionItemField(row, "owner"),
        t("rhythm.log.owner", { n }),
        { type: "static_select", options: owners, ...(owner ? { initial_option: owner } : {}) },
        true,
      ),
      input(
        actionItemField(row, "dueDate"),
        t("rhythm.log.due", { n }),
        { type: "datepicker", ...initial("initial_date", item?.dueDate) },
        true,
      ),
    );
  }
  return {
    type: "modal",
    callback_id: VIEW_IDS.sessionLog,
    private_metadata: encodeMetadata(metadata),
    title: plainText(t("rhythm.log.title"), 24),
    submit: plainText(t("rhythm.log.submit"), 24),
    close: plainText(t("common.cancel"), 24),
    blocks,
  };
}

/** `/mentoring actions`: each pair's open items with Done, the reader's own named "you". */
export function actionItemsMessage(
  groups: { partnerName: string; cohortName: string; partnerId: string; items: ActionItem[] }[],
  today: string,
  t: Translate,
  locale: Locale,
): SlackMessage {
  const title = t("rhythm.actions.title");
  const blocks: KnownBlock[] = [header(title)];
  // Slack's 50 blocks: the items that do not fit are counted on the last line.
  const shown = groups.map((group) => group.items.slice(0, 20));
  const total = shown.reduce((sum, items) => sum + items.length, 0);
  let listed = 0;
  for (const [index, group] of groups.entries()) {
    if (blocks.length + 2 > MESSAGE_MAX_BLOCKS - 1) break;
    blocks.push(
      section(
        t("rhythm.pairTitle", { partner: escapeMrkdwn(group.partnerName), cohort: escapeMrkdwn(group.cohortName) }),
      ),
    );
    if (group.items.length === 0) blocks.push(context(t("rhythm.actions.none")));
    for (const item of shown[index]!) {
      if (blocks.length >= MESSAGE_MAX_BLOCKS - 1) break;
      listed++;
      const owner = item.ownerPersonId === group.partnerId ? group.partnerName : t("rhythm.actions.you");
      const key = item.dueDate < today ? "rhythm.actions.overdueLine" : "rhythm.actions.line";
      blocks.push(
        block({
          type: "section",
          block_id: `item:${item.id}`,
          text: {
            type: "mrkdwn",
            text: t(key, {
              text: escapeMrkdwn(item.text),
              owner: escapeMrkdwn(owner),
              due: calendarDate(item.dueDate, locale),
            }),
          },
          accessory: button(
            t("rhythm.actions.done"),
            ACTION_IDS.actionItemDone,
            { itemId: item.id, done: true },
            "primary",
          ),
        }),
      );
    }
  }
  if (listed < total) blocks.push(context(`… +${total - listed}`));
  return { text: title, blocks };
}
