import { z } from "zod";
import { openPause, pauseSubmitted as pauseUntil, resumePair as resume } from "../../../app/pause";
import { textOf } from "../cards/card";
import { sendToTeams } from "../render";
import type { TeamsRequest } from "../request";

const pairIdOf = (value: Record<string, unknown>) =>
  z.object({ pairId: z.string().min(1).max(100) }).safeParse(value).data?.pairId ?? "-";

/** "Pause": until when (two weeks from today to start with). */
export async function pauseOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  await sendToTeams(request, await openPause(request.services, request.viewer, pairIdOf(value)));
}

/** Pause until the end of the chosen day (the reader's zone); a past day is refused under the field. */
export async function pauseSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const input = { pairId: pairIdOf(value), until: textOf(value.until) ?? "" };
  await sendToTeams(request, await pauseUntil(request.services, request.viewer, input));
}

/** "Resume": reminders and nudges again from now. */
export async function resumePair(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  await sendToTeams(request, await resume(request.services, request.viewer, pairIdOf(value)));
}
