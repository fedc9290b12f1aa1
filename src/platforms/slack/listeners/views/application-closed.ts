import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewClosedAction } from "@slack/bolt";
import type { Services } from "../../../../services";
import { profileInput, ratingsInput } from "../../application-input";
import { decodeMetadata } from "../../ids";
import { identifySlackUser } from "../../people";

/** "Save and close" on step 1: the domain keeps what may be kept, so `apply` resumes it. */
export function profileClosed(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const { applicationId } = decodeMetadata(view.private_metadata);
    if (!applicationId) return;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await services.applications.saveDraft(viewer.person, applicationId, { profile: profileInput(view) });
  };
}

/** Closing step 2 keeps the levels already picked on that page (the domain checks each one). */
export function skillsClosed(services: Services) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewClosedAction> & AllMiddlewareArgs): Promise<void> => {
    await ack();
    const { applicationId } = decodeMetadata(view.private_metadata);
    if (!applicationId) return;
    const ratings = ratingsInput(view);
    if (Object.keys(ratings).length === 0) return;
    const viewer = await identifySlackUser(services, client, body.team?.id ?? "", body.user.id);
    await services.applications.saveDraft(viewer.person, applicationId, { ratings });
  };
}
