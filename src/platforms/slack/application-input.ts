import type { ViewOutput } from "@slack/bolt";
import { skillPages } from "../../domain/applications/application-form";
import type { Cohort } from "../../domain/cohorts/cohort";
import { PROFILE_FIELDS, RATING_BLOCK_PREFIX } from "./ids";
import { readViewState } from "./view-state";

/** The profile modal's values under the form's field names (the consent checkbox becomes a yes/no). */
export function profileInput(view: ViewOutput): Record<string, unknown> {
  const state = readViewState(view);
  // An unticked box still sends its block (no options); a payload without the block says nothing about consent.
  return { ...state, consent: Array.isArray(state.consent) ? state.consent.includes("yes") : undefined };
}

/** Profile fields are their own block ids. */
export const PROFILE_BLOCKS: Record<string, string> = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, field]));

/** One page of the skills modal: skill id → the level picked (or undefined). */
export function ratingsInput(view: ViewOutput): Record<string, unknown> {
  const ratings: Record<string, unknown> = {};
  for (const [block, value] of Object.entries(readViewState(view))) {
    if (block.startsWith(RATING_BLOCK_PREFIX)) ratings[block.slice(RATING_BLOCK_PREFIX.length)] = value;
  }
  return ratings;
}

export function ratingBlocks(cohort: Cohort, page: number): Record<string, string> {
  const skills = skillPages(cohort.skills)[page] ?? [];
  return Object.fromEntries(skills.map((skill) => [skill.id, `${RATING_BLOCK_PREFIX}${skill.id}`]));
}
