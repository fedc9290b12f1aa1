import { pairOf } from "./pairs";
import { sessionRefusal } from "./refusals";
import { message, text, type Reply, type Text } from "./reply";
import type { App, Asker } from "./request";
import { logForm, planForm } from "./sessions";

export type CheckInButton = "met" | "moved" | "not-yet";

/**
 * "Did you meet?": yes opens the log; "we moved it" opens the plan form, and the question closes
 * when the new time is proposed (one domain call, see `planSubmitted`); "not yet" asks again later
 * (two in a row put the pair at risk for the coordinator).
 */
export async function answerCheckIn(
  app: App,
  who: Asker,
  /** The button's value; undefined when it could not be read (a forged or broken button). */
  input: { pairId: string; askedAt: string; answer: CheckInButton } | undefined,
): Promise<Reply[]> {
  const found = await pairOf(app, who, input?.pairId ?? "-");
  if (!found.ok || !input) return [found.ok ? message("rhythm.notPartner") : found.reply];
  const { context } = found;
  if (input.answer === "moved") return [planForm(app, who, context, { askedAt: input.askedAt })];
  const result = await app.rhythm.answerCheckIn(
    who.person,
    context.pair.id,
    new Date(input.askedAt),
    input.answer === "met" ? { kind: "met" } : { kind: "not-yet" },
  );
  if (!result.ok) return [settled(sessionRefusal(result.reason))];
  const { effect } = result.step;
  if (effect.kind === "open-log") return [settled(text("rhythm.checkIn.logNow")), logForm(app, who, context)];
  if (effect.kind === "ask-again") return [settled(text("rhythm.checkIn.askAgain", { when: { dateTime: effect.at } }))];
  return [];
}

function settled(words: Text): Reply {
  return { kind: "message", text: words, settles: true };
}
