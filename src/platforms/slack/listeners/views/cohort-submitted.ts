import { slackText } from "../../render";
import { coordinatorRefusal } from "../../../../app/gate";
import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { cohortForm, settingsFromForm } from "../../../../domain/cohorts/cohort-form";
import { validateForm } from "../../../../domain/forms";
import { starterSkills } from "../../../../domain/skills-catalogue";
import { formatDate } from "../../../../i18n";
import type { Services } from "../../../../services";
import { COHORT_FIELDS, decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { readViewState, viewErrors } from "../../view-state";
import { fieldErrors } from "../../views/text";

const BLOCK_OF: Record<string, string> = Object.fromEntries(COHORT_FIELDS.map((field) => [field, field]));
// The three yes/no options share one checkbox block; their errors (none today) would go there.
for (const flag of ["sponsorRequired", "allowMultipleMentees", "avoidSameDepartment", "anonymousEvaluations"])
  BLOCK_OF[flag] = "options";

/** The cohort form: a new cohort, or the changes to one. Mistakes come back next to their field. */
export function cohortSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const refused = coordinatorRefusal(viewer, "cohort.manage", "cohort");
    if (refused) {
      await ack(fieldErrors({ name: slackText(refused, viewer) }));
      return;
    }
    const state = readViewState(view);
    const flags = Array.isArray(state.options) ? (state.options as string[]) : [];
    const input = {
      ...state,
      sponsorRequired: flags.includes("sponsorRequired"),
      allowMultipleMentees: flags.includes("allowMultipleMentees"),
      avoidSameDepartment: flags.includes("avoidSameDepartment"),
      anonymousEvaluations: flags.includes("anonymousEvaluations"),
    };
    const form = validateForm(cohortForm, input);
    if (!form.ok) {
      await ack(
        viewErrors(form.errors, BLOCK_OF, t, { zone: String(state.timeZone ?? ""), prefix: `${SLASH_COMMAND} ` }),
      );
      return;
    }
    const { cohortId } = decodeMetadata(view.private_metadata);
    const existing = cohortId ? await services.cohorts.findById(cohortId) : null;
    // A new cohort's skills keep the starter catalogue's ids where the names match (either language).
    const settings = settingsFromForm(form.value, existing?.skills ?? [...starterSkills("es"), ...starterSkills("en")]);
    const saved = existing
      ? await services.cohorts.update(existing.id, settings)
      : await services.cohorts.create(viewer.person, settings);
    if (!saved.ok) {
      await ack(viewErrors(saved.errors, BLOCK_OF, t));
      return;
    }
    await ack();
    const { cohort } = saved;
    const text = existing
      ? viewer.tEscaped("cohorts.updated", { name: cohort.name })
      : viewer.tEscaped("cohorts.created", {
          name: cohort.name,
          opens: formatDate(cohort.applicationsOpenAt, viewer.locale, viewer.timeZone),
          closes: formatDate(cohort.applicationsCloseAt, viewer.locale, viewer.timeZone),
        });
    await client.chat.postMessage({ channel: body.user.id, text });
  };
}
