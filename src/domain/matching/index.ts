/** The matching engine's public API. */
export type * from "./types";
export { MAX_MENTEES_PER_MENTOR } from "./types";
export { matchCohort, runMatching } from "./engine";
export type { SolveOptions, SolveStats } from "./solve";
export type { GeneralStart } from "./solve-general";
export { fitScore, WANTED_WEIGHT, TEACH_SHARE, GIVE_BACK_SHARE } from "./fit";
export { partnerOptions, type PartnerOption } from "./partner-options";
export { greedyPairing, randomPairing, randomPairingScore, type BaselinePairing } from "./baselines";
export {
  syntheticCohort,
  DEFAULT_MATCHING_RULES,
  type SyntheticCohort,
  type SyntheticCohortOptions,
} from "./synthetic-cohort";
export { seededRandom, type Random } from "./random";
export { utcOffsetMinutes } from "./working-hours";
