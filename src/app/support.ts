import { pairOf } from "./pairs";
import { message, type Reply } from "./reply";
import type { App, Asker } from "./request";

/** `support <why>`: the coordinators hear who asks and why, never the pair's notes. */
export async function askForSupport(app: App, who: Asker, why: string): Promise<Reply> {
  if (!why.trim()) return message("rhythm.support.usage");
  const found = await pairOf(app, who);
  if (!found.ok) return found.reply;
  const result = await app.rhythm.askForHelp(who.person, found.context.pair.id, why);
  return message(result.ok ? "rhythm.support.sent" : "rhythm.support.usage");
}
