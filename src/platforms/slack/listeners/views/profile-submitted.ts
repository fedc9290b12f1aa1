import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { validateProfile } from "../../../../domain/applications/application-form";
import { profileRules } from "../../../../domain/applications/application-service";
import { applicationWindowOpen } from "../../../../domain/cohorts/cohort";
import { formatDate } from "../../../../i18n";
import type { Services } from "../../../../services";
import { PROFILE_BLOCKS, profileInput } from "../../application-input";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";
import { SLASH_COMMAND } from "../../slash-command";
import { viewErrors } from "../../view-state";
import { skillsModal } from "../../views/application-modals";

/** Step 1 sent: checked field by field; when right, saved and replaced by the skills step. */
export function profileSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { applicationId } = decodeMetadata(view.private_metadata);
    const application = applicationId ? await services.applications.findById(applicationId) : null;
    const cohort = application ? await services.cohorts.findById(application.cohortId) : null;
    if (!application || !cohort || application.personId !== viewer.person.id) {
      await ack({ response_action: "errors", errors: { role: t("apply.notYours") } });
      return;
    }
    const input = profileInput(view);
    if (!applicationWindowOpen(cohort, services.clock.now())) {
      const text = viewer.tEscaped("apply.windowClosed", {
        name: cohort.name,
        date: formatDate(cohort.applicationsCloseAt, viewer.locale, viewer.timeZone),
      });
      await ack({ response_action: "errors", errors: { role: text } });
      return;
    }
    const form = validateProfile(profileRules(cohort, viewer.person), input);
    if (!form.ok) {
      // The modal stays open with the messages; the draft keeps what was right in case it is closed.
      await services.applications.saveDraft(viewer.person, application.id, { profile: input });
      await ack(
        viewErrors(form.errors, PROFILE_BLOCKS, t, { zone: String(input.timeZone ?? ""), prefix: `${SLASH_COMMAND} ` }),
      );
      return;
    }
    const saved = await services.applications.saveProfile(viewer.person, application.id, form.value);
    await ack({ response_action: "update", view: skillsModal(cohort, saved ?? application, 0, t) });
  };
}
