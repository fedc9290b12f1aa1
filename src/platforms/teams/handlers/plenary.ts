import { sendToTeams, teamsText } from "../render";
import { generatePlan, plenaries, type PlenaryView } from "../../../app/plenaries";
import { plenaryRefusal, fieldErrorKey } from "../../../app/refusals";
import { coordinatorRefusal } from "../../../app/gate";
import { z } from "zod";
import { formatDateTime } from "../../../i18n";
import { listOf, textOf } from "../cards/card";
import { ATTENDANCE_PREFIX, attendanceCard, plenaryEditCard } from "../cards/plenaries";
import { attendanceSummaryScreen, plenaryListScreen } from "../../../app/plenaries-screen";
import { teamsScreen } from "../render-screen";
import type { TeamsRequest } from "../request";

/** `plenary [cohort] [plan|list|attendance]`: the cohort's plenaries, the plan generated at once, or each person's attendance. */
export async function plenaryCommand(request: TeamsRequest, rest: string): Promise<void> {
  await showPlenaries(request, await plenaries(request.services, request.viewer, rest));
}

async function showPlenaries(request: TeamsRequest, view: PlenaryView): Promise<void> {
  const { viewer } = request;
  if (view.kind === "reply") return sendToTeams(request, view.reply);
  if (view.kind === "attendance")
    return request.card(teamsScreen(attendanceSummaryScreen(view.cohort, view.rows), viewer));
  await request.card(teamsScreen(plenaryListScreen(view.list, viewer.timeZone, view.note), viewer));
}

/** "Generate plan" on the plenary card. */
export async function plenaryGenerate(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const cohortId = z.object({ cohortId: z.string().min(1) }).safeParse(value).data?.cohortId ?? "-";
  await showPlenaries(request, await generatePlan(request.services, request.viewer, cohortId));
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
