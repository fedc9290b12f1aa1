import { teamsText } from "../render";
import { planRefusal, plenaryRefusal, fieldErrorKey } from "../../../app/refusals";
import { coordinatorRefusal } from "../../../app/gate";
import { z } from "zod";
import { isActive } from "../../../domain/cohorts/cohort";
import { formatDateTime } from "../../../i18n";
import { listOf, textOf } from "../cards/card";
import { parsePlenaryWords } from "../../../domain/command-words";
import {
  ATTENDANCE_PREFIX,
  attendanceCard,
  attendanceSummaryCard,
  plenaryEditCard,
  plenaryListCard,
} from "../cards/plenaries";
import { chooseCohort } from "../cohort-choice";
import type { TeamsRequest } from "../request";

/** `plenary [cohort] [plan|list|attendance]`: the cohort's plenaries, the plan generated at once, or each person's attendance. */
export async function plenaryCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { verb, cohortName } = parsePlenaryWords(rest);
  const cohort = await chooseCohort(request, cohortName, "plenary", (c) => isActive(c) && !c.isDemo);
  if (!cohort) return;
  if (verb === "plan") return generatePlan(request, cohort.id);
  const { services, viewer } = request;
  if (verb === "attendance") {
    const people = await services.people.byIds(await services.plenaries.peopleOf(cohort.id));
    const rows = [];
    for (const person of people.values())
      rows.push({
        name: person.displayName || person.userId,
        count: await services.plenaries.attendanceOf(person.id, cohort.id),
      });
    rows.sort((a, b) => a.name.localeCompare(b.name));
    return request.card(attendanceSummaryCard(cohort, rows, viewer.t));
  }
  await request.card(plenaryListCard(await services.plenaries.list(cohort), viewer.t, viewer.locale, viewer.timeZone));
}

async function generatePlan(request: TeamsRequest, cohortId: string): Promise<void> {
  const { services, viewer } = request;
  const { t, tEscaped } = viewer;
  const result = await services.plenaries.generate(cohortId);
  if (!result.ok) return request.reply(teamsText(planRefusal(result), viewer));
  const name = result.list.cohort.name;
  // The note goes above the list as markdown: the name in it is escaped here.
  const note =
    result.created > 0
      ? tEscaped("plenaries.generated", { created: result.created, cohort: name })
      : tEscaped("plenaries.alreadyPlanned", { cohort: name });
  await request.card(plenaryListCard(result.list, t, viewer.locale, viewer.timeZone, note));
}

/** "Generate plan" on the plenary card. */
export async function plenaryGenerate(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const refused = coordinatorRefusal(request.viewer, "plenary.manage", "plenary");
  if (refused) return request.reply(teamsText(refused, request.viewer));
  await generatePlan(request, z.object({ cohortId: z.string().min(1) }).safeParse(value).data?.cohortId ?? "-");
}

const plenaryValue = z.object({ plenaryId: z.string().min(1).max(100) });
const plenaryIdOf = (value: Record<string, unknown>) => plenaryValue.safeParse(value).data?.plenaryId ?? "-";

/** "Edit" on a plenary still ahead: its date, time and length (in the coordinator's zone). */
export async function plenaryEditOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const refused = coordinatorRefusal(request.viewer, "plenary.manage", "plenary");
  if (refused) return request.reply(teamsText(refused, request.viewer));
  const { services, viewer } = request;
  const { t } = viewer;
  const plenary = await services.plenaries.find(plenaryIdOf(value));
  const cohort = plenary ? await services.cohorts.findById(plenary.cohortId) : null;
  if (!plenary || !cohort) return request.reply(t("plenaries.notFound"));
  if (plenary.startsAt <= services.clock.now())
    return request.reply(t("plenaries.started", { number: plenary.number }));
  await request.card(plenaryEditCard(plenary, cohort, t, viewer.timeZone));
}

/**
 * "Save" on a plenary's card: a start in the past or outside the cohort is refused under the field,
 * with what was typed kept; once saved, everyone in the cohort is reminded of the new time.
 */
export async function plenaryEditSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const refused = coordinatorRefusal(request.viewer, "plenary.manage", "plenary");
  if (refused) return request.reply(teamsText(refused, request.viewer));
  const { services, viewer } = request;
  const { t } = viewer;
  const plenaryId = plenaryIdOf(value);
  const typed = { date: textOf(value.date), time: textOf(value.time), duration: textOf(value.duration) };
  const result = await services.plenaries.edit(plenaryId, typed, viewer.timeZone);
  if (!result.ok) {
    if ("errors" in result) {
      const plenary = await services.plenaries.find(plenaryId);
      const cohort = plenary ? await services.cohorts.findById(plenary.cohortId) : null;
      if (!plenary || !cohort) return request.reply(t("plenaries.notFound"));
      const errors = Object.fromEntries(result.errors.map((e) => [e.field, t(fieldErrorKey(e))]));
      return request.card(plenaryEditCard(plenary, cohort, t, viewer.timeZone, typed, errors));
    }
    return request.reply(teamsText(plenaryRefusal(result), viewer));
  }
  const { plenary, cohort } = result;
  await request.reply(
    viewer.tEscaped("plenaries.edit.saved", {
      number: plenary.number,
      cohort: cohort.name,
      when: formatDateTime(plenary.startsAt, viewer.locale, viewer.timeZone),
      minutes: plenary.durationMinutes,
    }),
  );
}

/** "Attendance" on a plenary that has started: everyone in the cohort, ticked where recorded. */
export async function plenaryAttendanceOpen(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const refused = coordinatorRefusal(request.viewer, "plenary.manage", "plenary");
  if (refused) return request.reply(teamsText(refused, request.viewer));
  const { services, viewer } = request;
  const { t } = viewer;
  const result = await services.plenaries.attendanceSheet(plenaryIdOf(value));
  if (!result.ok)
    return request.reply(
      result.plenary
        ? t("plenaries.attendance.notStarted", { number: result.plenary.number })
        : t("plenaries.notFound"),
    );
  if (result.sheet.people.length === 0)
    return request.reply(viewer.tEscaped("plenaries.attendance.noPeople", { cohort: result.sheet.cohort.name }));
  await request.card(attendanceCard(result.sheet, t, viewer.locale, viewer.timeZone));
}

/** "Save" on the attendance: who is ticked attended, everyone else not; anyone outside the cohort refuses it all. */
export async function plenaryAttendanceSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const refused = coordinatorRefusal(request.viewer, "plenary.manage", "plenary");
  if (refused) return request.reply(teamsText(refused, request.viewer));
  const { services, viewer } = request;
  const { t } = viewer;
  const plenaryId = plenaryIdOf(value);
  const ticked = Object.entries(value)
    .filter(([key]) => key.startsWith(ATTENDANCE_PREFIX))
    .flatMap(([, v]) => listOf(v));
  const result = await services.plenaries.correctAttendance(viewer.person, plenaryId, ticked);
  if (!result.ok) {
    const refused = teamsText(plenaryRefusal(result), viewer);
    // Someone outside the cohort ticked: the sheet again, with the words above it.
    const sheet = "outsiders" in result ? await services.plenaries.attendanceSheet(plenaryId) : null;
    if (sheet?.ok) return request.card(attendanceCard(sheet.sheet, t, viewer.locale, viewer.timeZone, refused));
    return request.reply(refused);
  }
  const { plenary, cohort, attended, people } = result;
  await request.reply(
    viewer.tEscaped("plenaries.attendance.saved", { number: plenary.number, cohort: cohort.name, attended, people }),
  );
}
