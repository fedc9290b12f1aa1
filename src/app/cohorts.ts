import type { Cohort } from "../domain/cohorts/cohort";
import { can } from "../domain/policy";
import { coordinatorOnly, finishRefusal, windowChangeText } from "./refusals";
import { type MessageReply, type Reply, text } from "./reply";
import type { App, Asker } from "./request";

/**
 * A coordinator's cohort commands, the same on every platform: which cohort the words name, then
 * what opening, closing, extending or finishing it did. Each answers words (a neutral reply).
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "«A», «B»": the reply's escaping translator escapes the names. */
const cohortNames = (cohorts: Cohort[]) => cohorts.map((c) => `«${c.name}»`).join(", ");

export type CohortPick = { ok: true; cohort: Cohort } | { ok: false; reply: MessageReply };

/**
 * The cohort a command is about: the one named, or the only one that fits; otherwise which cohorts
 * there are (`command` as typed, for the example: "cohort status").
 */
export async function chooseCohort(
  app: Pick<App, "cohorts">,
  name: string,
  command: string,
  accept?: (cohort: Cohort) => boolean,
  visible?: (cohort: Cohort) => boolean,
): Promise<CohortPick> {
  const choice = await app.cohorts.choose(name, accept, visible);
  const say = (words: ReturnType<typeof text>): CohortPick => ({ ok: false, reply: { kind: "message", text: words } });
  switch (choice.kind) {
    case "found":
      return { ok: true, cohort: choice.cohort };
    case "none":
      return say(text("cohorts.none"));
    case "ambiguous":
      return say(
        text("cohorts.ambiguous", { list: cohortNames(choice.cohorts), command, example: choice.cohorts[0]!.name }),
      );
    case "unknown":
      return say(text("cohorts.notFound", { name: choice.name, list: cohortNames(choice.known) || "—" }));
  }
}

/** Which cohorts each verb can be about (the rest are not offered). */
const ACCEPTS = {
  open: (c: Cohort) => c.status === "draft" || c.status === "closed",
  close: (c: Cohort) => c.status === "open",
  extend: (c: Cohort) => c.status === "draft" || c.status === "open" || c.status === "closed",
} as const;

/**
 * `cohort open|close [name]` and `cohort extend [name] YYYY-MM-DD`: the application window
 * changed, or why not. `typed` is the verb as the person wrote it, for the examples.
 */
export async function changeWindow(
  app: Pick<App, "cohorts">,
  asker: Asker,
  verb: keyof typeof ACCEPTS,
  typed: string,
  words: string[],
): Promise<Reply> {
  const command = `cohort ${typed}`;
  if (!can(asker, "cohort.window")) return { kind: "message", text: coordinatorOnly(command) };
  const date = verb === "extend" ? (words.at(-1) ?? "") : "";
  const name = ISO_DATE.test(date) ? words.slice(0, -1).join(" ") : words.join(" ");
  const pick = await chooseCohort(app, name, command, ACCEPTS[verb]);
  if (!pick.ok) return pick.reply;
  const { cohort } = pick;
  if (verb === "extend" && !ISO_DATE.test(date))
    return { kind: "message", text: text("cohorts.extendUsage", { name: cohort.name }) };
  const change =
    verb === "open"
      ? await app.cohorts.openApplications(asker, cohort.id)
      : verb === "close"
        ? await app.cohorts.closeApplications(asker, cohort.id)
        : await app.cohorts.extendApplications(asker, cohort.id, date);
  return { kind: "message", text: windowChangeText(change, cohort) };
}

/** `cohort finish [name]`: questionnaires closed, certificates (or kind words) to everyone. */
export async function finishCohort(
  app: Pick<App, "cohorts" | "reporting">,
  asker: Asker,
  typed: string,
  words: string[],
): Promise<Reply> {
  const command = `cohort ${typed}`;
  if (!can(asker, "cohort.status")) return { kind: "message", text: coordinatorOnly(command) };
  const pick = await chooseCohort(app, words.join(" "), command, (c) => !c.finishedAt && !c.isDemo);
  if (!pick.ok) return pick.reply;
  const { cohort } = pick;
  const result = await app.reporting.finish(cohort, asker.person);
  if (!result.ok) return { kind: "message", text: finishRefusal(result.reason, cohort.name) };
  return { kind: "message", text: text("cohortStatus.finished", { cohort: cohort.name, count: result.participants }) };
}
