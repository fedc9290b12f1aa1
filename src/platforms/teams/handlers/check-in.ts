import { z } from "zod";
import { answerCheckIn } from "../../../app/check-in";
import { sendToTeams } from "../render";
import type { TeamsRequest } from "../request";

const answerValue = z.object({
  pairId: z.string().min(1),
  askedAt: z.string().min(1),
  answer: z.enum(["met", "moved", "not-yet"]),
});

/** "Did you meet?": yes brings the log; "we moved it" the slot picker; "not yet" asks again later. */
export async function checkInAnswered(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const replies = await answerCheckIn(request.services, request.viewer, answerValue.safeParse(value).data);
  await sendToTeams(request, replies);
}
