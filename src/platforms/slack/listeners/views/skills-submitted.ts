import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import { ratingsForm, skillPages } from "../../../../domain/applications/application-form";
import { validateForm } from "../../../../domain/forms";
import type { Person } from "../../../../domain/people";
import type { Services } from "../../../../services";
import { ratingBlocks, ratingsInput } from "../../application-input";
import { decodeMetadata } from "../../ids";
import { submittedText } from "../../../../app/apply";
import { submitRefusal } from "../../../../app/refusals";
import { identifySlackUser } from "../../people";
import { slackText } from "../../render";
import { viewErrors } from "../../view-state";
import { skillsModal } from "../../views/application-modals";
import { fieldErrors } from "../../views/text";
import { publishHome } from "../events/app-home-opened";

/** Step 2, a page of ratings: saved; then the next page, or the application is sent. */
export function skillsSubmitted(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs): Promise<void> => {
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    const { t } = viewer;
    const { applicationId, page = 0 } = decodeMetadata(view.private_metadata);
    const application = applicationId ? await services.applications.findById(applicationId) : null;
    const cohort = application ? await services.cohorts.findById(application.cohortId) : null;
    const blocks = cohort ? ratingBlocks(cohort, page) : {};
    const firstBlock = Object.values(blocks)[0] ?? "";
    if (!application || !cohort || application.personId !== viewer.person.id) {
      await ack({ response_action: "errors", errors: { [firstBlock]: t("apply.notYours") } });
      return;
    }
    const pages = skillPages(cohort.skills);
    const pageSkills = pages[page] ?? [];
    const form = validateForm(ratingsForm(pageSkills), ratingsInput(view));
    if (!form.ok) {
      await ack(viewErrors(form.errors, blocks, t));
      return;
    }
    const saved = (await services.applications.saveRatings(viewer.person, application.id, form.value)) ?? application;
    if (page < pages.length - 1) {
      await ack({ response_action: "update", view: skillsModal(cohort, saved, page + 1, t) });
      return;
    }

    const sponsor = await sponsorPerson(services, client, body.team?.id ?? "", saved.answers.sponsorUserId);
    const result = await services.applications.submit(viewer.person, application.id, sponsor);
    if (!result.ok) {
      const refused = submitRefusal(result, cohort);
      if (refused.back) {
        await ack({ response_action: "update", view: skillsModal(cohort, saved, refused.back.page, t) });
        return;
      }
      await ack(fieldErrors({ [firstBlock]: slackText(refused.text, viewer) }));
      return;
    }
    await ack({ response_action: "clear" });
    const text = slackText(submittedText(result, cohort, sponsor), viewer);
    await client.chat.postMessage({ channel: body.user.id, text });
    await publishHome(services, client, body.team?.id ?? "", body.user.id);
  };
}

/** The manager picked in step 1, as a person Tandem knows (their language and zone come from Slack). */
async function sponsorPerson(
  services: Services,
  client: AllMiddlewareArgs["client"],
  teamId: string,
  userId: string | undefined,
): Promise<Person | null> {
  if (!userId) return null;
  return (await identifySlackUser(services, client, teamId, userId)).person;
}
