import type { Cohort } from "../domain/cohorts/cohort";
import { isActive } from "../domain/cohorts/cohort";
import { parsePlenaryWords } from "../domain/command-words";
import type { AttendanceCount, PlenaryList } from "../domain/meetings/plenary-service";
import { can } from "../domain/policy";
import type { Services } from "../services";
import { chooseCohort } from "./cohorts";
import { coordinatorOnly, planRefusal } from "./refusals";
import { type MessageReply, text, type Text } from "./reply";
import type { Asker } from "./request";

/**
 * A coordinator's plenaries, the same on every platform: the cohort's list (with what was just
 * planned above it), the plan generated at once, or each person's attendance so far.
 */
export type PlenaryView =
  | { kind: "list"; list: PlenaryList; note?: Text }
  | { kind: "attendance"; cohort: Cohort; rows: { name: string; count: AttendanceCount }[] }
  | { kind: "reply"; reply: MessageReply };

type PlenaryApp = Pick<Services, "cohorts" | "plenaries" | "people">;

const refused = (): PlenaryView => ({ kind: "reply", reply: { kind: "message", text: coordinatorOnly("plenary") } });

/** `plenary [cohort] [plan|list|attendance]`. */
export async function plenaries(app: PlenaryApp, asker: Asker, rest: string): Promise<PlenaryView> {
  if (!can(asker, "plenary.manage")) return refused();
  const { verb, cohortName } = parsePlenaryWords(rest);
  const pick = await chooseCohort(app, cohortName, "plenary", (c) => isActive(c) && !c.isDemo);
  if (!pick.ok) return { kind: "reply", reply: pick.reply };
  const { cohort } = pick;
  if (verb === "plan") return generatePlan(app, asker, cohort.id);
  if (verb === "attendance") return { kind: "attendance", cohort, rows: await attendanceRows(app, cohort) };
  return { kind: "list", list: await app.plenaries.list(cohort) };
}

/** Generates the plan (keeping plenaries already there): the list, under what happened. */
export async function generatePlan(app: PlenaryApp, asker: Asker, cohortId: string): Promise<PlenaryView> {
  if (!can(asker, "plenary.manage")) return refused();
  const result = await app.plenaries.generate(cohortId);
  if (!result.ok) return { kind: "reply", reply: { kind: "message", text: planRefusal(result) } };
  const cohort = result.list.cohort.name;
  const note =
    result.created > 0
      ? text("plenaries.generated", { created: result.created, cohort })
      : text("plenaries.alreadyPlanned", { cohort });
  return { kind: "list", list: result.list, note };
}

/** Each person in the cohort with the plenaries they attended of those held, by name. */
async function attendanceRows(app: PlenaryApp, cohort: Cohort) {
  const people = await app.people.byIds(await app.plenaries.peopleOf(cohort.id));
  const rows = [];
  for (const person of people.values())
    rows.push({
      name: person.displayName || person.userId,
      count: await app.plenaries.attendanceOf(person.id, cohort.id),
    });
  return rows.sort((a, b) => a.name.localeCompare(b.name));
}
