import { can } from "../domain/policy";
import { auditScreen } from "./cohort-status-screen";
import { chooseCohort } from "./cohorts";
import { coordinatorOnly } from "./refusals";
import type { MessageReply } from "./reply";
import type { App, Asker } from "./request";

/** Entries an audit shows: the newest. */
const AUDIT_ENTRIES = 40;

/** `audit [cohort]`: the latest coordinator actions, newest first (of one cohort when named). */
export async function auditLog(app: Pick<App, "cohorts" | "audit">, asker: Asker, name: string): Promise<MessageReply> {
  if (!can(asker, "reports.audit")) return { kind: "message", text: coordinatorOnly("audit") };
  const pick = name ? await chooseCohort(app, name, "audit") : undefined;
  if (pick && !pick.ok) return pick.reply;
  const cohort = pick?.cohort;
  const entries = await app.audit.list({ cohortId: cohort?.id, limit: AUDIT_ENTRIES });
  return { kind: "screen", screen: auditScreen(entries, cohort) };
}
