import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from "@slack/bolt";
import type { z } from "zod";
import { MAX_GOALS_PER_PAIR, type GoalsResult } from "../../../../domain/meetings/goal-service";
import { goalFormValues } from "../../../../domain/meetings/goals";
import type { Services } from "../../../../services";
import { parseActionValue } from "../../action-values";
import { goalRefusalText, goalsBoardFor, showModal } from "../../goals-flow";
import { VIEW_IDS } from "../../ids";
import { identifySlackUser, type SlackViewer } from "../../people";
import {
  decodeGoalsMetadata,
  goalButtonValue,
  goalFormModal,
  pairButtonValue,
  phaseButtonValue,
  type GoalsMetadata,
} from "../../views/goals";
import { plainMessage } from "../../views/text";
import { replyToAction } from "./reply";

type Args = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** The board a click came from, if it came from one (its id, to update it in place). */
function boardOf(args: Args): { viewId: string; metadata: GoalsMetadata | undefined } | undefined {
  const view = args.body.view;
  if (view?.type !== "modal" || view.callback_id !== VIEW_IDS.goalsBoard) return undefined;
  return { viewId: view.id, metadata: decodeGoalsMetadata(view.private_metadata) };
}

/** Acks, and reads who clicked and the button's value (undefined when the value is not one we made). */
async function clicked<T>(
  services: Services,
  args: Args,
  schema: z.ZodType<T>,
): Promise<{ viewer: SlackViewer; value: T | undefined }> {
  await args.ack();
  const viewer = await identifySlackUser(services, args.client, args.body.team?.id ?? "", args.body.user.id);
  return { viewer, value: parseActionValue(schema, args.action.value) };
}

async function refuse(args: Args, text: string): Promise<void> {
  await replyToAction(args.body, args.client, args.respond, plainMessage(text));
}

/**
 * After a change: the board shows the pair's goals as they are now. A refusal is told privately and
 * never carries a goal's content; a goal gone (the partner removed it) also refreshes the board.
 */
async function showResult(
  services: Services,
  args: Args,
  viewer: SlackViewer,
  result: GoalsResult | undefined,
): Promise<void> {
  const board = boardOf(args);
  if (result?.ok) {
    const target = board ? { viewId: board.viewId } : { triggerId: args.body.trigger_id };
    await showModal(args.client, target, await goalsBoardFor(services, viewer, result.pair, result.goals));
    return;
  }
  await refuse(args, goalRefusalText(viewer, result?.reason ?? "not-found", "goal"));
  // A goal gone (the partner removed it) refreshes the board; someone outside the pair gets no list.
  if (board?.metadata) {
    const listed = await services.goals.list(viewer.person, board.metadata.pairId);
    if (listed.ok)
      await args.client.views.update({
        view_id: board.viewId,
        view: await goalsBoardFor(services, viewer, listed.pair, listed.goals),
      });
  }
}

/** Marks a phase done or not done. */
export function goalPhaseAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, phaseButtonValue);
    await showResult(
      services,
      args,
      viewer,
      value && (await services.goals.setPhaseDone(viewer.person, value.goalId, value.phase, value.done)),
    );
  };
}

export function goalUpAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, goalButtonValue);
    await showResult(services, args, viewer, value && (await services.goals.move(viewer.person, value.goalId, "up")));
  };
}

export function goalDownAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, goalButtonValue);
    await showResult(services, args, viewer, value && (await services.goals.move(viewer.person, value.goalId, "down")));
  };
}

export function goalPickAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, goalButtonValue);
    await showResult(services, args, viewer, value && (await services.goals.pick(viewer.person, value.goalId)));
  };
}

export function goalUnpickAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, goalButtonValue);
    await showResult(services, args, viewer, value && (await services.goals.unpick(viewer.person, value.goalId)));
  };
}

/** Remove, after Slack's confirm dialog. */
export function goalRemoveAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, goalButtonValue);
    await showResult(services, args, viewer, value && (await services.goals.remove(viewer.person, value.goalId)));
  };
}

/** The goal form over the board (pushed, so Cancel comes back to it), or on its own. */
async function openForm(args: Args, view: ReturnType<typeof goalFormModal>): Promise<void> {
  if (boardOf(args)) await args.client.views.push({ trigger_id: args.body.trigger_id, view });
  else await args.client.views.open({ trigger_id: args.body.trigger_id, view });
}

/** Add a goal: an empty form for the pair. */
export function goalAddAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, pairButtonValue);
    const listed = value ? await services.goals.list(viewer.person, value.pairId) : undefined;
    if (!listed?.ok) return refuse(args, goalRefusalText(viewer, listed?.reason ?? "not-found", "pair"));
    if (listed.goals.length >= MAX_GOALS_PER_PAIR) return refuse(args, goalRefusalText(viewer, "too-many", "pair"));
    const boardViewId = boardOf(args)?.viewId;
    await openForm(
      args,
      goalFormModal({}, viewer.t, { pairId: listed.pair.id, ...(boardViewId ? { boardViewId } : {}) }),
    );
  };
}

/** Edit: the form filled with the goal as saved. */
export function goalEditAction(services: Services) {
  return async (args: Args): Promise<void> => {
    const { viewer, value } = await clicked(services, args, goalButtonValue);
    const found = value ? await services.goals.find(viewer.person, value.goalId) : undefined;
    if (!found?.ok) return showResult(services, args, viewer, found);
    const boardViewId = boardOf(args)?.viewId;
    await openForm(
      args,
      goalFormModal(goalFormValues(found.goal), viewer.t, {
        pairId: found.pair.id,
        goalId: found.goal.id,
        ...(boardViewId ? { boardViewId } : {}),
      }),
    );
  };
}
