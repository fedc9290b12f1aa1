import { DateTime } from "luxon";
import { pauseEndOf } from "../../../domain/meetings/pause";
import { formatDate, type MessageKey } from "../../../i18n";
import { textOf } from "../cards/card";
import { pauseCard } from "../cards/rhythm";
import type { TeamsRequest } from "../request";
import { pairFor, pairOf } from "./session";

/** "Pause": until when (two weeks from today to start with). */
export async function pauseOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const context = await pairOf(request, value);
  if (!context) return;
  const initial = DateTime.fromJSDate(request.services.clock.now(), { zone: request.viewer.timeZone })
    .plus({ days: 14 })
    .toISODate()!;
  await request.card(pauseCard(context.pair.id, initial, request.viewer.t));
}

/** Pause until the end of the chosen day (the reader's zone); a past day is refused under the field. */
export async function pauseSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const context = await pairOf(request, value);
  if (!context) return;
  const typed = textOf(value.until) ?? "";
  const until = pauseEndOf(typed, viewer.timeZone);
  if (!until)
    return request.card(pauseCard(context.pair.id, typed, t, t("meetings.errors.dateInvalid" as MessageKey), typed));
  const result = await services.meetings.pause(viewer.person, context.pair.id, until);
  if (!result.ok)
    return request.card(
      pauseCard(
        context.pair.id,
        typed,
        t,
        t((result.reason === "not-partner" ? "rhythm.notPartner" : result.reason) as MessageKey),
        typed,
      ),
    );
  await request.reply(
    viewer.tEscaped("rhythm.pause.paused", {
      until: formatDate(until, viewer.locale, viewer.timeZone),
      partner: context.partner.displayName,
    }),
  );
}

/** "Resume": reminders and nudges again from now. */
export async function resumePair(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const context = await pairOf(request, value);
  if (!context) return;
  const result = await request.services.meetings.pause(request.viewer.person, context.pair.id, null);
  await request.reply(
    result.ok
      ? request.viewer.tEscaped("rhythm.pause.resumed", { partner: context.partner.displayName })
      : request.viewer.t("rhythm.notPartner"),
  );
}

const RESUME = new Set(["resume", "reanudar", "seguir", "off"]);

/** `pause YYYY-MM-DD` (until the end of that day, in your zone) or `pause resume`; bare `pause` shows the card. */
export async function pauseCommand(request: TeamsRequest, args: string[]): Promise<void> {
  const { t } = request.viewer;
  const word = (args[0] ?? "").toLowerCase();
  const context =
    word === "" || RESUME.has(word) || /^\d{4}-\d{2}-\d{2}$/.test(word) ? await pairFor(request) : undefined;
  if (word !== "" && !RESUME.has(word) && !/^\d{4}-\d{2}-\d{2}$/.test(word))
    return request.reply(t("rhythm.pause.usage"));
  if (!context) return;
  if (word === "") return pauseOpen(request, { pairId: context.pair.id });
  if (RESUME.has(word)) return resumePair(request, { pairId: context.pair.id });
  return pauseSubmitted(request, { pairId: context.pair.id, until: word });
}
