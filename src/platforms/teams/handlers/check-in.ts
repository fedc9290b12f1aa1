import { z } from "zod";
import { formatDateTime, type MessageKey } from "../../../i18n";
import type { TeamsRequest } from "../request";
import { pairFor, sendLogCard, sendPlanCard } from "./session";

const answerValue = z.object({
  pairId: z.string().min(1),
  askedAt: z.string().min(1),
  answer: z.enum(["met", "moved", "not-yet"]),
});

/** "Did you meet?": yes brings the log; "we moved it" the slot picker; "not yet" asks again later. */
export async function checkInAnswered(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const parsed = answerValue.safeParse(value);
  const context = await pairFor(request, parsed.data?.pairId ?? "-");
  if (!context) return;
  if (!parsed.success) return request.reply(t("rhythm.notPartner"));
  const { answer, askedAt } = parsed.data;
  if (answer === "moved") return sendPlanCard(request, context, { askedAt });
  const result = await services.meetings.answerCheckIn(
    viewer.person,
    context.pair.id,
    new Date(askedAt),
    answer === "met" ? { kind: "met" } : { kind: "not-yet" },
  );
  if (!result.ok)
    return request.reply(t((result.reason === "not-partner" ? "rhythm.notPartner" : result.reason) as MessageKey));
  const { effect } = result.step;
  if (effect.kind === "open-log") {
    await request.reply(t("rhythm.checkIn.logNow"));
    return sendLogCard(request, context);
  }
  if (effect.kind === "ask-again")
    await request.reply(
      t("rhythm.checkIn.askAgain", { when: formatDateTime(effect.at, viewer.locale, viewer.timeZone) }),
    );
}
