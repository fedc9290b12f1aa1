import { leaveCard } from "../cards/cohort-status";
import { textOf } from "../cards/card";
import { leaveRefusal } from "../../../app/refusals";
import { type FieldErrors, text } from "../../../app/reply";
import type { TeamsRequest } from "../request";
import { teamsText } from "../render";

/** `leave`: asks first, with a card that says what goes and what stays. */
export async function leaveCommand(request: TeamsRequest): Promise<void> {
  const { services, viewer } = request;
  const cohorts = await services.dataRights.cohortsToLeave(viewer.person);
  if (cohorts.length === 0) return request.reply(viewer.t("dataRights.leave.none"));
  await request.card(leaveCard(cohorts, viewer.t));
}

/** Leaving confirmed: the data goes, the partner and the coordinator are told (by jobs). */
export async function leaveSubmitted(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const typed = { cohort: textOf(value.cohort) ?? "", reason: textOf(value.reason) ?? "" };
  const again = async (errors: FieldErrors<"cohort" | "reason">) => {
    const cohorts = await services.dataRights.cohortsToLeave(viewer.person);
    if (cohorts.length === 0) return request.reply(viewer.t("dataRights.leave.none"));
    const words = Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, teamsText(error, viewer)]));
    await request.card(leaveCard(cohorts, t, typed, words));
  };
  if (!typed.cohort) return again({ cohort: text("dataRights.leave.errors.cohort") });
  const result = await services.dataRights.leave(viewer.person, typed.cohort, typed.reason);
  if (!result.ok) return again(leaveRefusal(result.reason));
  await request.reply(viewer.tEscaped("dataRights.leave.done", { cohort: result.cohort.name }));
}
