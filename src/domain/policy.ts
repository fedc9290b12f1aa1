import type { Audience } from "./commands";
import type { Person } from "./people";

/**
 * Who may do what, in one place. Every use case asks `can()` before it calls the domain, and the
 * domain's coordinator operations ask again (`mustBeAllowed`), so no platform file decides who is a
 * coordinator, a partner of a pair or an application's sponsor.
 */

/**
 * Someone acting: the person and whether they are a coordinator now (a flag in the database or a
 * name in TANDEM_COORDINATORS; `PeopleService.viewer` works it out). A `Viewer` is an `Actor`.
 */
export interface Actor<P extends Pick<Person, "id"> = Person> {
  person: P;
  isCoordinator: boolean;
}

/** What only a coordinator may do: the programme's own tools. */
export const COORDINATOR_ACTIONS = [
  /** Define, list, show and edit cohorts, and the demo cohort. */
  "cohort.manage",
  /** Open, close or extend the application window. */
  "cohort.window",
  /** Follow a cohort (status, nudges to quiet pairs) and close the programme. */
  "cohort.status",
  /** Announce a cohort in a channel. */
  "cohort.announce",
  /** See the applicants and accept one without (or against) a sponsor. */
  "applicants.review",
  /** Propose pairs, re-run, lock, exclude, reassign, download the proposal. */
  "matching.run",
  /** Approve a proposal: the pairs are made and introduced. */
  "matching.approve",
  /** Plan, edit and take the attendance of plenary sessions. */
  "plenary.manage",
  "reports.export",
  "reports.report",
  "reports.audit",
  /** Preview, issue and re-issue certificates. */
  "certificate.issue",
  /** Add and remove coordinators, list them. */
  "coordinators.manage",
  /** The coordinator's own section of help and of the Home tab. */
  "coordinator.view",
] as const;
export type CoordinatorAction = (typeof COORDINATOR_ACTIONS)[number];

/** The two partners of a pair, as the pair records them. */
export interface PairMembers {
  mentorPersonId: string;
  menteePersonId: string;
}

/** Actions about one thing: what `can()` needs to know of it. */
export interface ActionTargets {
  /** A command of the table: everyone's, or a coordinator's. */
  "command.run": { audience: Audience };
  /** Plan, log, pause, ask for help, see goals: the pair's two partners only. */
  "pair.act": PairMembers;
  /** Endorse or decline an application: the sponsor it names only. */
  "sponsor.decide": { sponsorPersonId: string | null };
  /** Edit, submit or withdraw an application: its applicant only. */
  "application.edit": { personId: string };
}

export type Action = CoordinatorAction | keyof ActionTargets;

/** The target an action needs, as the rest of `can`'s arguments (none for coordinator actions). */
export type TargetOf<A extends Action> = A extends keyof ActionTargets ? [target: ActionTargets[A]] : [];

const COORDINATOR_ONLY: ReadonlySet<Action> = new Set(COORDINATOR_ACTIONS);

export function can<A extends Action>(actor: Actor<Pick<Person, "id">>, action: A, ...[target]: TargetOf<A>): boolean {
  if (COORDINATOR_ONLY.has(action)) return actor.isCoordinator;
  const id = actor.person.id;
  switch (action) {
    case "command.run":
      return (target as ActionTargets["command.run"]).audience === "everyone" || actor.isCoordinator;
    case "pair.act": {
      const pair = target as PairMembers;
      return pair.mentorPersonId === id || pair.menteePersonId === id;
    }
    case "sponsor.decide":
      return (target as ActionTargets["sponsor.decide"]).sponsorPersonId === id;
    case "application.edit":
      return (target as ActionTargets["application.edit"]).personId === id;
    default:
      return false;
  }
}

/** A domain operation called by someone the policy refuses: a caller skipped its `can()` check. */
export class NotAllowedError extends Error {
  constructor(readonly action: Action) {
    super(`not allowed: ${action}`);
    this.name = "NotAllowedError";
  }
}

/** The domain's own guard on coordinator operations, behind the use case's check. */
export function mustBeAllowed<A extends Action>(actor: Actor<Pick<Person, "id">>, action: A, ...target: TargetOf<A>) {
  if (!can(actor, action, ...target)) throw new NotAllowedError(action);
}
