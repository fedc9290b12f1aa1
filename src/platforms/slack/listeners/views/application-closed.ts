import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction } from "@slack/bolt";
import { draftFromInput } from "../../../../domain/applications/application-form";
import type { Services } from "../../../../services";
import { profileInput, ratingsInput } from "../../application-input";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";

/** "Save and close" on step 1: what was typed is kept, unchecked, so `apply` resumes it. */
export function profileClosed(services: Services) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const { applicationId } = decodeMetadata(view.private_metadata);
    if (!applicationId) return;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await services.applications.saveDraft(viewer.person, applicationId, draftFromInput(profileInput(view)));
  };
}

/** Closing step 2 keeps the levels already picked on that page. */
export function skillsClosed(services: Services) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const { applicationId } = decodeMetadata(view.private_metadata);
    if (!applicationId) return;
    const picked: Record<string, number> = {};
    for (const [skill, value] of Object.entries(ratingsInput(view))) {
      const level = Number(value);
      if (Number.isInteger(level) && level >= 1 && level <= 5) picked[skill] = level;
    }
    if (Object.keys(picked).length === 0) return;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await services.applications.saveRatings(viewer.person, applicationId, picked);
  };
}
