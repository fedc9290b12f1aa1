import type { Cohort } from "../domain/cohorts/cohort";
import type { NeutralForm } from "./form";
import { leaveRefusal } from "./refusals";
import { type FieldErrors, form, message, type Reply, text } from "./reply";
import type { App, Asker } from "./request";

/** `leave`: asks first, in a form that says what goes and what stays. */
export async function leaveCommand(app: Pick<App, "dataRights">, who: Asker): Promise<Reply> {
  const cohorts = await app.dataRights.cohortsToLeave(who.person);
  return cohorts.length === 0 ? message("dataRights.leave.none") : form(leaveForm(cohorts, {}));
}

/** Leaving confirmed: the data goes, the partner and the coordinator are told (by jobs). */
export async function leaveSubmitted(
  app: Pick<App, "dataRights">,
  who: Asker,
  input: { cohort: string; reason: string },
): Promise<Reply> {
  const again = async (errors: FieldErrors<"cohort" | "reason">): Promise<Reply> => {
    const cohorts = await app.dataRights.cohortsToLeave(who.person);
    return cohorts.length === 0 ? message("dataRights.leave.none") : form(leaveForm(cohorts, input, errors));
  };
  if (!input.cohort) return again({ cohort: text("dataRights.leave.errors.cohort") });
  const result = await app.dataRights.leave(who.person, input.cohort, input.reason);
  if (!result.ok) return again(leaveRefusal(result.reason));
  return message("dataRights.leave.done", { cohort: result.cohort.name });
}

/** Which programme, why (optional), and what will be deleted; the only programme is chosen already. */
export function leaveForm(
  cohorts: Cohort[],
  typed: { cohort?: string; reason?: string },
  errors: FieldErrors<"cohort" | "reason"> = {},
): NeutralForm {
  const only = cohorts.length === 1 ? cohorts[0]?.id : undefined;
  return {
    form: "fields",
    name: "leave",
    title: text("dataRights.leave.modalTitle"),
    submit: text("dataRights.leave.confirm"),
    danger: true,
    warning: text("dataRights.leave.warning"),
    fields: [
      {
        id: "cohort",
        kind: "choice",
        label: text("dataRights.leave.cohort"),
        choices: cohorts.map((c) => ({ label: text("common.typed", { text: c.name }), value: c.id })),
        value: typed.cohort || only,
      },
      {
        id: "reason",
        kind: "text",
        multiline: true,
        max: 1000,
        optional: true,
        label: text("dataRights.leave.reason"),
        value: typed.reason,
      },
    ],
    data: {},
    errors,
  };
}
