import type { TeamsRequest } from "../request";
import { pairFor } from "./session";

/** `support <why>`: the coordinators hear who asks and why, never the pair's notes. */
export async function supportCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { t } = request.viewer;
  if (!rest.trim()) return request.reply(t("rhythm.support.usage"));
  const context = await pairFor(request);
  if (!context) return;
  const result = await request.services.meetings.askForHelp(request.viewer.person, context.pair.id, rest);
  await request.reply(t(result.ok ? "rhythm.support.sent" : "rhythm.support.usage"));
}
