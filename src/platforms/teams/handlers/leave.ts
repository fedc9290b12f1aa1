import { leaveCard } from "../cards/cohort-status";
import { textOf } from "../cards/card";
import type { TeamsRequest } from "../request";

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
  const again = async (field: "cohort" | "reason", message: string) => {
    const cohorts = await services.dataRights.cohortsToLeave(viewer.person);
    if (cohorts.length === 0) return request.reply(viewer.t("dataRights.leave.none"));
    await request.card(leaveCard(cohorts, t, typed, { [field]: message }));
  };
  if (!typed.cohort) return again("cohort", t("dataRights.leave.errors.cohort"));
  const result = await services.dataRights.leave(viewer.person, typed.cohort, typed.reason);
  if (!result.ok)
    return again(
      result.reason === "reason-too-long" ? "reason" : "cohort",
      t(`dataRights.leave.errors.${result.reason}`),
    );
  await request.reply(viewer.tEscaped("dataRights.leave.done", { cohort: result.cohort.name }));
}
