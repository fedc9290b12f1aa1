import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Translate } from "../../../i18n";
import { adaptiveCard, field, paragraph, submit, title, type AdaptiveCard, type CardElement } from "./card";
import { TEAMS_ACTIONS } from "./ids";

/** Leaving asks first: which programme, why (optional), and what will be deleted. */
export function leaveCard(
  cohorts: Cohort[],
  t: Translate,
  typed: { cohort?: string; reason?: string } = {},
  errors: Record<string, string | undefined> = {},
): AdaptiveCard {
  const choices = cohorts.map((c) => ({ title: c.name, value: c.id }));
  const cohortValue = typed.cohort ?? (choices.length === 1 ? choices[0]!.value : undefined);
  const withError = (input: CardElement & { id: string }) => field(input, errors);
  return adaptiveCard(
    [
      title(t("dataRights.leave.modalTitle")),
      paragraph(`⚠️ ${t("dataRights.leave.warning")}`, { color: "Warning" }),
      ...withError({
        type: "Input.ChoiceSet",
        id: "cohort",
        label: t("dataRights.leave.cohort"),
        style: "compact",
        isRequired: true,
        errorMessage: t("teams.requiredField"),
        choices,
        ...(cohortValue ? { value: cohortValue } : {}),
      }),
      ...withError({
        type: "Input.Text",
        id: "reason",
        label: t("dataRights.leave.reason"),
        isMultiline: true,
        maxLength: 1000,
        ...(typed.reason ? { value: typed.reason } : {}),
      }),
    ],
    [submit(t("dataRights.leave.confirm"), { action: TEAMS_ACTIONS.leave }, "destructive")],
  );
}
