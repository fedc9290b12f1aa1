import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Text } from "../../src/app/reply";
import { plainWords } from "../../src/app/words";
import type { Application, ApplicationAnswers } from "../../src/domain/applications/application";
import type { ApplicantsOverview } from "../../src/domain/applications/application-service";
import type { SponsorRequestView } from "../../src/domain/applications/sponsor-request";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import type { CohortFormDefaults } from "../../src/domain/cohorts/cohort-form";
import { helpView } from "../../src/domain/commands";
import type { EvaluationFormView } from "../../src/domain/evaluation/evaluation-service";
import type { HomeView } from "../../src/domain/home";
import type { Notice } from "../../src/domain/jobs";
import type { PartnerOption } from "../../src/domain/matching";
import type { ActionItem } from "../../src/domain/meetings/action-items";
import type { Goal } from "../../src/domain/meetings/goals";
import type { PairOverview, PairSession } from "../../src/domain/meetings/meetings";
import type { PlenaryMessage } from "../../src/domain/meetings/plenary-messages";
import type { AttendanceSheet, Plenary, PlenaryList } from "../../src/domain/meetings/plenary-service";
import type { RhythmItem, RhythmMessage } from "../../src/domain/meetings/rhythm-messages";
import type { SessionLogValues } from "../../src/domain/meetings/session-log";
import type { CoordinatorNudgeView, EvaluationRequestView, OutboundMessage } from "../../src/domain/messages";
import type { IntroductionView } from "../../src/domain/pairing/introduction";
import type { Proposal } from "../../src/domain/pairing/proposal";
import type { Person, Viewer } from "../../src/domain/people";
import type { AuditEntry } from "../../src/domain/reporting/audit";
import type { CohortOverview, PairFigures } from "../../src/domain/reporting/cohort-overview";
import { translator } from "../../src/i18n";
import { renderOutbound } from "../../src/platforms/slack/sender";
import * as screenCohortStatus from "../../src/app/cohort-status-screen";
import * as screenAnnouncement from "../../src/app/announcement-screen";
import * as screenApplicants from "../../src/app/applicants-screen";
import * as screenIntroduction from "../../src/app/introduction-screen";
import * as screenSponsorRequest from "../../src/app/sponsor-request-screen";
import * as screenProposal from "../../src/app/proposal-screen";
import * as screenCohorts from "../../src/app/cohorts-screen";
import * as screenNudge from "../../src/app/coordinator-nudge-screen";
import * as screenPlenaries from "../../src/app/plenaries-screen";
import { text } from "../../src/app/reply";
import type { Screen } from "../../src/app/screen";
import { slackScreen } from "../../src/platforms/slack/render-screen";
import { slackForm, slackFormErrors } from "../../src/platforms/slack/render-form";
import { teamsForm } from "../../src/platforms/teams/render-form";
import type { NeutralForm } from "../../src/app/form";
import { leaveForm } from "../../src/app/leave";
import { teamsScreen } from "../../src/platforms/teams/render-screen";
import { slackReaderIn } from "../../src/platforms/slack/people";
import { teamsReaderIn } from "../../src/platforms/teams/identify";
import { payloadProblems } from "../support/block-kit-rules";
import * as slackAnnouncement from "../../src/platforms/slack/views/announcement";
import * as slackApplicationModals from "../../src/platforms/slack/views/application-modals";
import * as slackApplications from "../../src/platforms/slack/views/applications";
import * as slackCohortModal from "../../src/platforms/slack/views/cohort-modal";
import * as slackCohortStatus from "../../src/platforms/slack/views/cohort-status";
import * as slackEvaluation from "../../src/platforms/slack/views/evaluation";
import * as slackGoals from "../../src/platforms/slack/views/goals";
import * as slackHelp from "../../src/platforms/slack/views/help";
import * as slackHome from "../../src/platforms/slack/views/home";
import * as slackNotice from "../../src/platforms/slack/views/notice";
import * as slackPlenaries from "../../src/platforms/slack/views/plenaries";
import * as slackReassign from "../../src/platforms/slack/views/reassign-modal";
import * as slackRhythm from "../../src/platforms/slack/views/rhythm";
import * as slackSettings from "../../src/platforms/slack/views/settings-modal";
import * as slackSponsor from "../../src/platforms/slack/views/sponsor-request";
import * as slackText from "../../src/platforms/slack/views/text";
import * as teamsApplication from "../../src/platforms/teams/cards/application";
import * as teamsCard from "../../src/platforms/teams/cards/card";
import * as teamsCohort from "../../src/platforms/teams/cards/cohort";
import * as teamsEvaluation from "../../src/platforms/teams/cards/evaluation";
import * as teamsFile from "../../src/platforms/teams/cards/file";
import * as teamsGoals from "../../src/platforms/teams/cards/goals";
import * as teamsHelp from "../../src/platforms/teams/cards/help";
import * as teamsIds from "../../src/platforms/teams/cards/ids";
import * as teamsNotice from "../../src/platforms/teams/cards/notice";
import * as teamsPlenaries from "../../src/platforms/teams/cards/plenaries";
import * as teamsReassign from "../../src/platforms/teams/cards/reassign";
import * as teamsRhythm from "../../src/platforms/teams/cards/rhythm";
import * as teamsSettings from "../../src/platforms/teams/cards/settings";
import * as teamsUnreached from "../../src/platforms/teams/cards/unreached";
import { renderTeamsOutbound } from "../../src/platforms/teams/sender";
import { cohortValue } from "../support/builders";

/** Who asks, for the help views. */
const COORDINATOR = { person: { id: "coordinator" }, isCoordinator: true };

/**
 * Every view and card builder, fed view models whose every person-typed text is hostile: the
 * issue's Slack payload (a disguised link, @channel, a mention), Teams markdown (a link, bold, a
 * mention tag, a heading on its own line), and an ampersand to catch double escaping.
 */
const SLACK_PAYLOAD = "<https://evil.example/login|Tandem: confirm your pair here> <!channel> <@UCOORD>";
const TEAMS_PAYLOAD = "[Confirm your pair](https://evil.example) **urgent** <at>Boss</at>";
const P = `${SLACK_PAYLOAD} R&D ${TEAMS_PAYLOAD}\n# Title`;

/** Markup Slack acts on in mrkdwn. */
const SLACK_LIVE = [/<https?:\/\/evil/, /<!channel>/, /<@UCOORD>/];
/** Escaped twice: the reader would see "&lt;" or "&amp;". */
const SLACK_TWICE = /&amp;(lt|gt|amp);/;
/** Markup Teams acts on in TextBlocks, facts, message text and summaries. */
const TEAMS_LIVE = [
  /(?<!\\)\]\(https:\/\/evil/,
  /(?<!\\)\*\*urgent/,
  /<at>/i,
  /<https?:\/\/evil/,
  /<!channel>/,
  /<@UCOORD>/,
  /(^|\n)[ \t]*#[ \t]*Title/,
];
const TEAMS_TWICE = /\\\\[[\]*_`~#]|&amp;(lt|gt|amp);/;
/** An escape shown literally where nothing is markup (plain_text, input labels, choices). */
const ESCAPED = /&(lt|gt|amp);|\\[[\]*_`~#]/;

const ZONE = "Europe/Madrid";
const NOW = new Date("2026-03-02T09:00:00Z");
const t = translator("en", "slack");
/** Plain words in English, as the reassign choices are shown. */
const PLAIN = (text: Text) => plainWords(text, "en");
const tTeams = translator("en", "teams");
const at = (iso: string) => new Date(iso);

const cohort: Cohort = cohortValue(
  {
    id: "c1",
    name: P,
    objective: P,
    learningObjectives: P,
    focusAreas: P,
    status: "open",
    skills: [
      { id: "s1", group: "competence", name: P },
      { id: "s2", group: "tool", name: P },
    ],
    applicationsOpenAt: at("2026-03-01T00:00:00Z"),
    applicationsCloseAt: at("2026-03-20T00:00:00Z"),
    startsAt: at("2026-04-01T00:00:00Z"),
    endsAt: at("2026-07-01T00:00:00Z"),
    sponsorRequired: true,
    allowMultipleMentees: true,
    avoidSameDepartment: true,
    isDemo: true,
  },
  "en",
  ZONE,
);

const person = (id: string, platform: "slack" | "teams"): Person => ({
  id,
  platform,
  workspaceId: "T1",
  userId: platform === "slack" ? `U0${id.toUpperCase()}` : `aad-${id}`,
  displayName: P,
  locale: "en",
  localeChosen: false,
  timeZone: ZONE,
  timeZoneChosen: false,
  isCoordinator: false,
  profileSyncedAt: null,
});
const slackPerson = person("ana", "slack");
const teamsPerson = person("luis", "teams");

const answers: ApplicationAnswers = {
  role: "mentee",
  jobTitle: P,
  department: P,
  linkedinUrl: "https://example.org/in/x",
  strengths: P,
  learnSkills: ["s1"],
  areasToDeepen: P,
  firstWish: P,
  selfDescription: P,
  challenges: P,
  mentoringMeaning: P,
  languages: ["en"],
  timeZone: ZONE,
  workStart: "09:00",
  workEnd: "17:00",
  workDays: [1, 2, 3],
  capacity: 1,
  consent: true,
  ratings: { s1: 2, s2: 3 },
};

const application = (status: Application["status"]): Application => ({
  id: `a-${status}`,
  cohortId: cohort.id,
  personId: teamsPerson.id,
  status,
  answers,
  submittedAt: at("2026-03-02T08:00:00Z"),
  sponsorPersonId: slackPerson.id,
  sponsorRequestedAt: at("2026-03-02T08:00:00Z"),
  sponsorRemindedAt: at("2026-03-03T08:00:00Z"),
  sponsorDecidedAt: null,
  sponsorReason: P,
  overriddenById: null,
  withdrawnAt: null,
  createdAt: at("2026-03-02T08:00:00Z"),
  updatedAt: at("2026-03-02T08:00:00Z"),
});

const overview: ApplicantsOverview = {
  cohort,
  total: 3,
  byStatus: { awaiting_sponsor: 2, declined: 1 },
  byRole: { mentor: 1, mentee: 2, both: 0, unknown: 0 },
  byDepartment: [{ department: P, count: 3 }],
  entries: [
    { application: application("awaiting_sponsor"), person: teamsPerson, sponsor: teamsPerson, sponsorOverdue: true },
    { application: application("awaiting_sponsor"), person: slackPerson, sponsor: teamsPerson, sponsorOverdue: false },
    { application: application("declined"), person: teamsPerson, sponsor: slackPerson, sponsorOverdue: false },
  ],
};
const statusItems = [
  { application: application("awaiting_sponsor"), cohort, sponsor: teamsPerson },
  { application: { ...application("declined"), sponsorRemindedAt: null }, cohort, sponsor: slackPerson },
];

const pairFigures = (pairId: string, risks: PairFigures["risks"]): PairFigures => ({
  pairId,
  mentorId: "m1",
  menteeId: "m2",
  status: "active",
  held: 1,
  due: 2,
  lastHeldAt: at("2026-04-10T10:00:00Z"),
  nextAt: at("2026-05-10T10:00:00Z"),
  risks,
});
const cohortOverview: CohortOverview = {
  cohort,
  asOf: NOW,
  applicants: { submitted: 2, matched: 2 },
  applicantsTotal: 4,
  pairs: [pairFigures("p1", []), pairFigures("p2", ["quiet", "help-requested"])],
  atRisk: [pairFigures("p2", ["quiet", "help-requested"])],
  sessionsHeld: 2,
  sessionsDue: 4,
  plenaries: [{ number: 1, startsAt: at("2026-04-05T10:00:00Z"), attended: 3, expected: 4 }],
  attendanceRate: 75,
  evaluations: { pulse: { asked: 4, answered: 2, rate: 50 }, final: { asked: 0, answered: 0, rate: 0 } },
  sessionsByWeek: [{ week: "2026-04-06", held: 2 }],
  participants: [
    {
      personId: "x",
      role: "mentor",
      pairIds: ["p1"],
      sessionsHeld: 1,
      minSessions: 4,
      plenariesAttended: 1,
      plenariesHeld: 1,
      attendanceRate: 100,
      attendanceThreshold: 85,
      planCompleted: false,
      finalAnswered: false,
    },
  ],
};
const names = new Map([
  ["m1", P],
  ["m2", P],
]);
const audit: AuditEntry[] = [
  {
    id: "e1",
    actorId: "x",
    actorName: P,
    action: "match.locked",
    cohortId: cohort.id,
    cohortName: P,
    details: { first: P, second: P },
    at: NOW,
  },
  {
    id: "e2",
    actorId: "x",
    actorName: P,
    action: "pair.nudged",
    cohortId: cohort.id,
    cohortName: P,
    details: { mentor: P, mentee: P },
    at: NOW,
  },
  {
    id: "e3",
    actorId: "x",
    actorName: P,
    action: "application.overridden",
    cohortId: cohort.id,
    cohortName: P,
    details: { person: P },
    at: NOW,
  },
];

const formValues: CohortFormDefaults = {
  name: P,
  objective: P,
  learningObjectives: P,
  focusAreas: P,
  applicationsOpen: "2026-03-01",
  applicationsClose: "2026-03-20",
  startsOn: "2026-04-01",
  endsOn: "2026-07-01",
  cadenceDays: 14,
  minSessions: 4,
  sessionMinutes: 60,
  plenaryCount: 7,
  attendanceThreshold: 85,
  sponsorRequired: true,
  allowMultipleMentees: false,
  avoidSameDepartment: false,
  anonymousEvaluations: false,
  timeZone: ZONE,
  locale: "en",
  mode: "reverse",
  competences: P,
  tools: P,
};

const evaluationRequest: EvaluationRequestView = {
  evaluationId: "ev1",
  cohortName: P,
  kind: "pulse",
  closesAt: "2026-05-01T10:00:00Z",
  reminder: false,
  answered: false,
};
const evaluationForm: EvaluationFormView = {
  evaluationId: "ev1",
  kind: "final",
  cohortName: P,
  objective: P,
  anonymous: true,
  skills: [{ skill: { id: "s1", group: "competence", name: P }, before: 2 }],
};
const evaluationAnswers = {
  satisfaction: 4,
  objectiveProgress: 3,
  learned: P,
  stillNeeded: P,
  recommend: "yes",
  comments: P,
} as never;
const nudge: CoordinatorNudgeView = { pairId: "p1", coordinatorName: P, cohortName: P, partnerName: P };

const goal = (id: string, priority: number | null): Goal => ({
  id,
  pairId: "p1",
  title: P,
  priority,
  smart: { specific: P, measurable: "", achievable: P, relevant: P, timeBound: "2026-06-01" },
  phases: [
    { text: P, done: true },
    { text: P, done: false },
    { text: "", done: false },
  ],
  createdAt: NOW,
});
const goals = [goal("g1", 1), goal("g2", 2), goal("g3", null)];
const goalValues = {
  title: P,
  specific: P,
  measurable: P,
  achievable: P,
  relevant: P,
  timeBound: "2026-06-01",
  phase1: P,
  phase2: P,
  phase3: P,
};

const introduction: IntroductionView = {
  pairId: "p1",
  cohortName: P,
  mode: "reverse",
  mentor: { personId: "person-1", name: P, platformId: "aad-1", platform: "teams", jobTitle: P, department: P },
  mentee: { personId: "person-2", name: P, platformId: "aad-2", platform: "teams", jobTitle: P, department: P },
  reasons: [
    { kind: "teaches", skillId: "s1", mentorRating: 5, menteeRating: 1, menteeWants: true },
    { kind: "gives-back", skillId: "s2", mentorRating: 1, menteeRating: 4 },
  ],
  skills: cohort.skills,
  sessionMinutes: 60,
  cadenceDays: 14,
  minSessions: 4,
  trainingUrl: "https://example.org/training",
};
const slackIntro: IntroductionView = {
  ...introduction,
  mentor: { ...introduction.mentor, platform: "slack", platformId: "U0MENTOR" },
  mentee: { ...introduction.mentee, platform: "slack", platformId: "U0MENTEE" },
};

const notice: Notice = { key: "dataRights.leave.partnerToldWithReason", vars: { name: P, cohort: P, reason: P } };

const plenary: Plenary = {
  id: "pl1",
  cohortId: cohort.id,
  number: 2,
  startsAt: at("2026-04-20T10:00:00Z"),
  durationMinutes: 90,
  createdAt: NOW,
  updatedAt: NOW,
};
const plenaryList: PlenaryList = {
  cohort,
  people: 4,
  plenaries: [
    { plenary, held: true, running: false, attended: 3 },
    { plenary: { ...plenary, id: "pl2", number: 3 }, held: false, running: false, attended: 0 },
  ],
};
const attendance: AttendanceSheet = {
  plenary,
  cohort,
  people: [
    { person: teamsPerson, attended: true, source: "self" },
    { person: slackPerson, attended: false, source: null },
  ],
};
const attendanceRows = [
  { name: P, count: { attended: 1, held: 2 } },
  { name: P, count: { attended: 2, held: 2 } },
];
const plenaryMessages: PlenaryMessage[] = [
  {
    type: "reminder",
    plenaryId: "pl1",
    number: 2,
    cohortName: P,
    startsAt: "2026-04-20T10:00:00Z",
    durationMinutes: 90,
  },
  {
    type: "check-in",
    plenaryId: "pl1",
    number: 2,
    cohortName: P,
    startsAt: "2026-04-20T10:00:00Z",
    durationMinutes: 90,
  },
];

const proposal: Proposal = {
  id: "pr1",
  cohortId: cohort.id,
  version: 2,
  status: "proposed",
  createdById: "x",
  createdAt: NOW,
  approvedAt: null,
  summary: { candidates: 5, pairs: 1, unmatched: 1, meanScore: 70, randomMeanScore: 40 },
  people: { a1: { personId: "x1", name: P }, a2: { personId: "x2", name: P }, a3: { personId: "x3", name: P } },
  result: {
    pairs: [
      {
        mentorId: "a1",
        menteeId: "a2",
        score: 70,
        locked: true,
        reasons: [
          { kind: "teaches", skillId: "s1", mentorRating: 5, menteeRating: 1, menteeWants: true },
          { kind: "gives-back", skillId: "s2", mentorRating: 1, menteeRating: 4 },
          { kind: "shared-language", language: "en" },
          { kind: "locked" },
        ],
      },
    ],
    unmatched: [{ candidateId: "a3", reason: { kind: "no-compatible-partner", blockedBy: { "same-manager": 1 } } }],
    totalScore: 70,
    rejectedLocks: [{ mentorId: "a3", menteeId: "a2", reason: "capacity" }],
  },
};
const partnerOptions: PartnerOption[] = [
  {
    partnerId: "a2",
    candidateRole: "mentor",
    mentorId: "a3",
    menteeId: "a2",
    score: 60,
    reasons: [{ kind: "teaches", skillId: "s1", mentorRating: 4, menteeRating: 1, menteeWants: false }],
    blockedBy: [],
    lockedElsewhere: true,
  },
];

const items: RhythmItem[] = [
  { id: "i1", text: P, dueDate: "2026-05-01", mine: true },
  { id: "i2", text: P, dueDate: "2026-05-02", mine: false },
];
const rhythmMessages: RhythmMessage[] = [
  {
    type: "proposal",
    pairId: "p1",
    sessionId: "s1",
    proposerName: P,
    startsAt: "2026-04-20T10:00:00Z",
    durationMinutes: 60,
    cohortName: P,
  },
  {
    type: "reminder",
    pairId: "p1",
    sessionId: "s1",
    partnerName: P,
    startsAt: "2026-04-20T10:00:00Z",
    durationMinutes: 60,
    items,
  },
  {
    type: "check-in",
    pairId: "p1",
    partnerName: P,
    sessionAt: "2026-04-20T10:00:00Z",
    askedAt: "2026-04-20T12:00:00Z",
  },
  { type: "nudge", pairId: "p1", partnerName: P, cadenceDays: 14, items },
];
const session = (status: PairSession["status"]): PairSession => ({
  id: `s-${status}`,
  pairId: "p1",
  status,
  startsAt: at("2026-04-20T10:00:00Z"),
  durationMinutes: 60,
  proposedById: "x",
  acceptedById: null,
  sequence: 1,
  topics: P,
  privateNotes: P,
  loggedById: null,
  loggedAt: null,
  createdAt: NOW,
});
const pairOverviews: PairOverview[] = [
  {
    pairId: "p1",
    partnerName: P,
    cohortName: P,
    next: session("proposed"),
    nextProposedByMe: false,
    held: 1,
    minSessions: 4,
    openItems: 2,
    pausedUntil: at("2026-05-01T00:00:00Z"),
    lastHeld: session("held"),
  },
  {
    pairId: "p2",
    partnerName: P,
    cohortName: P,
    next: session("scheduled"),
    nextProposedByMe: true,
    held: 0,
    minSessions: 4,
    openItems: 0,
    pausedUntil: null,
    lastHeld: null,
  },
];
const logValues: SessionLogValues = {
  date: "2026-04-20",
  time: "10:00",
  durationMinutes: 60,
  topics: P,
  privateNotes: P,
  actionItems: [{ ownerPersonId: "x2", text: P, dueDate: "2026-05-01" }],
};
const partners = [
  { id: "x1", name: P },
  { id: "x2", name: P },
];
const actionItem = (id: string, owner: string, dueDate: string): ActionItem => ({
  id,
  pairId: "p1",
  ownerPersonId: owner,
  text: P,
  dueDate,
  doneAt: null,
  sessionId: "s1",
  createdAt: NOW,
});
const actionGroups = [
  {
    partnerName: P,
    cohortName: P,
    partnerId: "x2",
    items: [actionItem("i1", "x2", "2026-01-01"), actionItem("i2", "x1", "2027-01-01")],
  },
];

const sponsorRequest: SponsorRequestView = {
  applicationId: "a1",
  applicantName: P,
  applicantPlatformId: "U0APPLICANT",
  cohortName: P,
  objective: P,
  role: "mentee",
  jobTitle: P,
  department: P,
  firstWish: P,
  learnSkills: [P, P],
  minSessions: 4,
  sessionMinutes: 60,
  plenaryCount: 7,
  startsAt: cohort.startsAt,
  endsAt: cohort.endsAt,
  timeZone: ZONE,
  reminder: false,
};

const homeView: HomeView = {
  name: P,
  coordinatorTools: true,
  locale: "en",
  timeZone: ZONE,
  timeZoneChosen: true,
  localeChosen: false,
};
const homePair: slackHome.HomePair = {
  pairId: "p1",
  partnerName: P,
  cohortName: P,
  next: { status: "proposed", startsAt: at("2026-04-20T10:00:00Z"), durationMinutes: 60, proposedByMe: false },
  held: 1,
  minSessions: 4,
  attendance: { attended: 1, held: 2, percent: 50, threshold: 85 },
  goals: { total: 2, picked: 1, phasesDone: 1, phases: 3 },
  items: [
    { id: "i1", text: P, dueDate: "2026-01-01", mine: false },
    { id: "i2", text: P, dueDate: "2027-01-01", mine: true },
  ],
};

const outbound: OutboundMessage[] = [
  { kind: "notice", notice },
  { kind: "sponsor-request", request: sponsorRequest },
  { kind: "introduction", introduction },
  ...rhythmMessages.map((rhythm) => ({ kind: "rhythm" as const, rhythm })),
  ...plenaryMessages.map((plenary) => ({ kind: "plenary" as const, plenary })),
  { kind: "evaluation", evaluation: evaluationRequest },
  { kind: "evaluation", evaluation: { ...evaluationRequest, reminder: true, answered: true } },
  { kind: "document", document: { notice, filename: "x.pdf", title: P, content: "x" } as never },
  { kind: "coordinator-nudge", nudge },
];
const viewer = (p: Person): Viewer => ({ person: p, locale: "en", timeZone: ZONE, isCoordinator: false });

/** One case: what it builds, and whether a person's text is on it (most show some). */
interface Case {
  build: () => unknown;
  /** Nothing a person typed is shown (forms of fixed choices, a date picker). */
  typedNothing?: true;
}
type Cases = Record<string, Case[]>;
const c = (build: () => unknown): Case[] => [{ build }];

/** Every exported builder of Slack's views, by "file:export". */
const SLACK_CASES: Cases = {
  "announcement:announceFailedMessage": [
    { build: () => slackAnnouncement.announceFailedMessage(cohort, t), typedNothing: true },
  ],
  "announcement:announceChannelModal": c(() => slackAnnouncement.announceChannelModal(cohort, t)),
  "application-modals:profileModal": c(() =>
    slackApplicationModals.profileModal({
      cohort,
      application: application("draft"),
      answers,
      t,
      dataPolicyUrl: "https://example.org/policy",
      resumed: true,
    }),
  ),
  "application-modals:skillsModal": c(() => slackApplicationModals.skillsModal(cohort, application("draft"), 0, t)),
  "applications:applicationBlocks": c(() => ({
    blocks: slackApplications.applicationBlocks(statusItems, t, "en", ZONE, NOW),
  })),
  "applications:statusMessage": c(() => slackApplications.statusMessage(statusItems, t, "en", ZONE, NOW)),
  "applications:applyChoiceMessage": c(() => slackApplications.applyChoiceMessage([cohort], t, "en", ZONE)),
  "applications:noCohortOpenText": c(() => ({ text: slackApplications.noCohortOpenText(cohort, t, "en", ZONE) })),
  "cohort-modal:cohortModal": c(() => slackCohortModal.cohortModal(formValues, t, "c1")),
  "cohort-status:cohortHomeBlocks": c(() => ({ blocks: slackCohortStatus.cohortHomeBlocks([cohortOverview], t) })),
  "evaluation:evaluationRequestMessage": [
    { build: () => slackEvaluation.evaluationRequestMessage(evaluationRequest, t, "en", ZONE) },
    { build: () => slackEvaluation.evaluationRequestMessage({ ...evaluationRequest, reminder: true }, t, "en", ZONE) },
  ],
  "evaluation:evaluationModal": c(() =>
    slackEvaluation.evaluationModal({ ...evaluationForm, answers: evaluationAnswers, skillsAfter: { s1: 3 } }, t),
  ),
  "evaluation:evaluationThanks": c(() => ({
    text: slackEvaluation.evaluationThanks("final", P, at("2026-05-01T10:00:00Z"), t, "en", ZONE),
  })),
  "goals:goalsBoardModal": c(() =>
    slackGoals.goalsBoardModal({ pairId: "p1", partner: slackText.escapeMrkdwn(P), cohortName: P, goals }, t, "en"),
  ),
  "goals:goalsChooserModal": c(() =>
    slackGoals.goalsChooserModal([{ pairId: "p1", partner: slackText.escapeMrkdwn(P), cohortName: P }], t),
  ),
  "goals:goalFormModal": c(() => slackGoals.goalFormModal(goalValues, t, { pairId: "p1", goalId: "g1" })),
  "help:helpMessage": c(() => slackHelp.helpMessage(helpView(COORDINATOR, { word: P }), t)),
  "home:homeTab": c(() =>
    slackHome.homeTab(homeView, t, NOW, {
      applications: statusItems,
      openCohorts: [cohort],
      pairs: [homePair],
      cohorts: [cohortOverview],
      questionnaires: [evaluationRequest],
    }),
  ),
  "notice:noticeMessage": c(() => slackNotice.noticeMessage(notice, "en", ZONE)),
  "plenaries:plenarySlackMessage": plenaryMessages.map((m) => ({
    build: () => slackPlenaries.plenarySlackMessage(m, t, "en", ZONE),
  })),
  "plenaries:editPlenaryModal": c(() =>
    slackPlenaries.editPlenaryModal(plenary, cohort, { cohortId: cohort.id }, t, ZONE),
  ),
  "plenaries:attendanceModal": c(() =>
    slackPlenaries.attendanceModal(attendance, { cohortId: cohort.id }, t, "en", ZONE),
  ),
  "reassign-modal:reassignOptions": c(() => ({
    blocks: [
      {
        type: "input",
        label: { type: "plain_text", text: "Partner" },
        element: {
          type: "static_select",
          action_id: "value",
          options: slackReassign.reassignOptions(proposal, cohort, partnerOptions, PLAIN),
        },
      },
    ],
  })),
  "reassign-modal:reassignModal": c(() =>
    slackReassign.reassignModal(
      P,
      slackReassign.reassignOptions(proposal, cohort, partnerOptions, PLAIN),
      { cohortId: cohort.id },
      t,
    ),
  ),
  "rhythm:rhythmSlackMessage": rhythmMessages.map((m) => ({
    build: () => slackRhythm.rhythmSlackMessage(m, t, "en", ZONE),
  })),
  "rhythm:pairsOverviewMessage": c(() => slackRhythm.pairsOverviewMessage(pairOverviews, t, "en", ZONE)),
  "rhythm:planSessionModal": [
    {
      build: () =>
        slackRhythm.planSessionModal(
          [at("2026-04-20T10:00:00Z")],
          { name: P, zone: "America/Santiago" },
          14,
          { pairId: "p1" },
          t,
          "en",
          ZONE,
        ),
    },
    {
      build: () =>
        slackRhythm.planSessionModal([], { name: P, zone: "America/Santiago" }, 14, { pairId: "p1" }, t, "en", ZONE),
      typedNothing: true,
    },
  ],
  "rhythm:logSessionModal": c(() =>
    slackRhythm.logSessionModal(partners, { date: "2026-04-20", minutes: 60 }, { pairId: "p1" }, t, logValues),
  ),
  "rhythm:actionItemsMessage": c(() => slackRhythm.actionItemsMessage(actionGroups, "2026-03-02", t, "en")),
  "settings-modal:settingsModal": [
    { build: () => slackSettings.settingsModal({ locale: "en", timeZone: ZONE }, t), typedNothing: true },
  ],
  "sponsor-request:sponsorDeclineModal": c(() => slackSponsor.sponsorDeclineModal({ cohortId: cohort.id }, P, P, t)),
  "outbound:renderOutbound": outbound.map((m) => ({ build: () => renderOutbound(m, viewer(slackPerson)) })),
};

/** Exports that build no view from a model: escaping itself, layout primitives, ids, parsers. */
const SLACK_NOT_BUILDERS = new Set([
  "text:escapeMrkdwn",
  "text:section",
  "text:header",
  "text:context",
  "text:plainMessage",
  "text:clip",
  "text:plainText",
  "text:option",
  "text:block",
  "text:confirmDialog",
  "text:plainFromMrkdwn",
  "text:fieldErrors",
  "text:textInput",
  "text:clipMrkdwn",
  "text:fitList",
  "goals:decodeGoalsMetadata",
  "plenaries:attendanceFormValue",
  "proposal:proposalButtonValue",
  "proposal:pairBlockId",
  "proposal:parsePairBlockId",
  // Wraps a text its callers build (and escape): the sponsor's answer, with a mention.
  "sponsor-request:sponsorAnsweredMessage",
]);

const SLACK_MODULES: Record<string, Record<string, unknown>> = {
  announcement: slackAnnouncement,
  "application-modals": slackApplicationModals,
  applications: slackApplications,
  "cohort-modal": slackCohortModal,
  "cohort-status": slackCohortStatus,
  evaluation: slackEvaluation,
  goals: slackGoals,
  help: slackHelp,
  home: slackHome,
  notice: slackNotice,
  plenaries: slackPlenaries,
  "reassign-modal": slackReassign,
  rhythm: slackRhythm,
  "settings-modal": slackSettings,
  "sponsor-request": slackSponsor,
  text: slackText,
};

const teamsCase = (build: () => teamsCard.AdaptiveCard | teamsCard.CardElement[] | string): Case[] => [{ build }];

/** Every exported builder of Teams' cards, by "file:export". */
const TEAMS_CASES: Cases = {
  "application:profileCard": c(() =>
    teamsApplication.profileCard({
      cohort,
      application: application("draft"),
      answers,
      sponsor: { id: "aad-s", name: P },
      t: tTeams,
      dataPolicyUrl: "https://example.org/policy",
      resumed: true,
      errors: { jobTitle: "Too long." },
    }),
  ),
  "application:skillsCard": c(() =>
    teamsApplication.skillsCard(cohort, application("draft"), 0, tTeams, { s1: "Pick one." }),
  ),
  "application:applyChoiceCard": c(() => teamsApplication.applyChoiceCard([cohort], tTeams, "en", ZONE)),
  "application:statusCard": c(() => teamsApplication.statusCard(statusItems, tTeams, "en", ZONE, NOW)),
  "cohort:cohortFormCard": c(() => teamsCohort.cohortFormCard(formValues, tTeams, "c1")),
  "evaluation:evaluationRequestCard": c(() =>
    teamsEvaluation.evaluationRequestCard(evaluationRequest, tTeams, "en", ZONE),
  ),
  "evaluation:evaluationCard": c(() =>
    teamsEvaluation.evaluationCard(
      evaluationForm,
      tTeams,
      teamsEvaluation.typedFromAnswers(evaluationAnswers, { s1: 3 }),
    ),
  ),
  "goals:goalsBoardCard": c(() =>
    teamsGoals.goalsBoardCard({ pairId: "p1", partner: P, cohortName: P, goals }, tTeams, "en"),
  ),
  "goals:goalsChooserCard": c(() => teamsGoals.goalsChooserCard([{ pairId: "p1", partner: P, cohortName: P }], tTeams)),
  "goals:goalFormCard": c(() => teamsGoals.goalFormCard(goalValues, { pairId: "p1", goalId: "g1" }, tTeams)),
  "help:helpCard": c(() => teamsHelp.helpCard(helpView(COORDINATOR, { word: P }), tTeams)),
  "notice:noticeText": teamsCase(() => teamsNotice.noticeText(notice, "en", ZONE)),
  "plenaries:plenaryEditCard": c(() => teamsPlenaries.plenaryEditCard(plenary, cohort, tTeams, ZONE)),
  "plenaries:attendanceCard": c(() => teamsPlenaries.attendanceCard(attendance, tTeams, "en", ZONE)),
  "reassign:reassignChoices": c(() =>
    teamsCard.adaptiveCard([
      {
        type: "Input.ChoiceSet",
        id: "x",
        choices: teamsReassign.reassignChoices(proposal, cohort, partnerOptions, PLAIN),
      },
    ]),
  ),
  "reassign:reassignCard": c(() =>
    teamsReassign.reassignCard(
      {
        proposal,
        candidateId: "a3",
        choices: teamsReassign.reassignChoices(proposal, cohort, partnerOptions, PLAIN),
        page: 0,
      },
      tTeams,
    ),
  ),
  "rhythm:rhythmCard": rhythmMessages.map((m) => ({ build: () => teamsRhythm.rhythmCard(m, tTeams, "en", ZONE) })),
  "rhythm:plenaryCard": plenaryMessages.map((m) => ({ build: () => teamsRhythm.plenaryCard(m, tTeams, "en", ZONE) })),
  "rhythm:pairsOverviewCard": c(() => teamsRhythm.pairsOverviewCard(pairOverviews, tTeams, "en", ZONE)),
  "rhythm:planCard": [
    {
      build: () =>
        teamsRhythm.planCard(
          {
            slots: [at("2026-04-20T10:00:00Z")],
            partner: { name: P, zone: "America/Santiago" },
            days: 14,
            pairId: "p1",
          },
          tTeams,
          "en",
          ZONE,
        ),
    },
    {
      build: () =>
        teamsRhythm.planCard(
          { slots: [], partner: { name: P, zone: "America/Santiago" }, days: 14, pairId: "p1" },
          tTeams,
          "en",
          ZONE,
        ),
      typedNothing: true,
    },
  ],
  "rhythm:logCard": c(() =>
    teamsRhythm.logCard(
      partners,
      { date: "2026-04-20", minutes: 60 },
      { pairId: "p1", sessionId: "s1" },
      tTeams,
      teamsRhythm.typedFromLog(logValues),
    ),
  ),
  "rhythm:actionItemsCard": c(() => teamsRhythm.actionItemsCard(actionGroups, "2026-03-02", tTeams, "en")),
  "settings:settingsCard": [
    { build: () => teamsSettings.settingsCard({ locale: "en", timeZone: ZONE }, tTeams), typedNothing: true },
  ],
  "unreached:unreachedLines": teamsCase(() => teamsUnreached.unreachedLines([teamsPerson, teamsPerson], tTeams)),
  "outbound:renderTeamsOutbound": outbound.map((m) => ({ build: () => renderTeamsOutbound(m, viewer(teamsPerson)) })),
};

const TEAMS_NOT_BUILDERS = new Set([
  "card:adaptiveCard",
  "card:textBlock",
  "card:title",
  "card:escapeTeamsMarkdown",
  "card:paragraph",
  "card:fieldError",
  "card:field",
  "card:submit",
  "card:actionSet",
  "card:listOf",
  "card:textOf",
  "evaluation:typedFromAnswers",
  "rhythm:typedFromLog",
  "card:navigate",
  "card:plainText",
  // File cards: names and descriptions Teams shows as plain text, no markdown.
  "file:fileConsentAttachment",
  "file:fileInfoAttachment",
  "file:inlineImageAttachment",
]);

const TEAMS_MODULES: Record<string, Record<string, unknown>> = {
  application: teamsApplication,
  card: teamsCard,
  cohort: teamsCohort,
  evaluation: teamsEvaluation,
  file: teamsFile,
  goals: teamsGoals,
  help: teamsHelp,
  ids: teamsIds,
  notice: teamsNotice,
  plenaries: teamsPlenaries,
  reassign: teamsReassign,
  rhythm: teamsRhythm,
  settings: teamsSettings,
  unreached: teamsUnreached,
};

interface Texts {
  /** Rendered as markup (Slack mrkdwn, Teams markdown). */
  markup: string[];
  /** Shown as typed: plain_text, input labels and values, choices, button titles. */
  plain: string[];
}

/** Slack: mrkdwn objects, a message's notification `text`, and everything else as plain. */
function slackTexts(root: unknown): Texts {
  const texts: Texts = { markup: [], plain: [] };
  const walk = (node: unknown, key?: string): void => {
    if (typeof node === "string") {
      // A message's top-level `text` is mrkdwn; block ids, values and metadata never render.
      if (key === "text") texts.markup.push(node);
      else if (key === "initial_value") texts.plain.push(node);
      return;
    }
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    const object = node as Record<string, unknown>;
    if (object.type === "plain_text" && typeof object.text === "string") return void texts.plain.push(object.text);
    if (object.type === "mrkdwn" && typeof object.text === "string") return void texts.markup.push(object.text);
    for (const [k, value] of Object.entries(object)) walk(value, k);
  };
  walk(root);
  return texts;
}

/** Teams: TextBlocks, facts, RichTextBlock runs and message text are markdown; summaries, inputs, choices and buttons plain. */
function teamsTexts(root: unknown): Texts {
  const texts: Texts = { markup: [], plain: [] };
  if (typeof root === "string") return { markup: [root], plain: [] };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const n of node) walk(n);
      return;
    }
    if (!node || typeof node !== "object") return;
    const o = node as Record<string, any>;
    if (o.type === "TextBlock" || o.type === "TextRun") texts.markup.push(o.text);
    if (o.type === "FactSet") for (const fact of o.facts ?? []) texts.markup.push(fact.title, fact.value);
    if (typeof o.type === "string" && o.type.startsWith("Input.")) {
      for (const k of ["label", "placeholder", "title", "errorMessage"])
        if (typeof o[k] === "string") texts.plain.push(o[k]);
      if (typeof o.value === "string") texts.plain.push(o.value);
      for (const choice of o.choices ?? []) texts.plain.push(choice.title);
    }
    if (typeof o.type === "string" && o.type.startsWith("Action.")) texts.plain.push(o.title);
    for (const value of Object.values(o)) walk(value);
  };
  if (root && typeof root === "object" && !Array.isArray(root)) {
    const activity = root as Record<string, any>;
    // An activity: its text renders as markdown, its summary (the notification line) is plain; its cards as above.
    if (typeof activity.text === "string") texts.markup.push(activity.text);
    if (typeof activity.summary === "string") texts.plain.push(activity.summary);
    if (Array.isArray(activity.attachments)) {
      walk(activity.attachments.map((a: { content?: unknown }) => a.content));
      return texts;
    }
  }
  walk(root);
  return texts;
}

function leaks(texts: Texts, live: RegExp[], twice: RegExp): string[] {
  return [
    ...texts.markup.filter((text) => live.some((re) => re.test(text))).map((text) => `live: ${text}`),
    ...texts.markup.filter((text) => twice.test(text)).map((text) => `escaped twice: ${text}`),
    ...texts.plain.filter((text) => ESCAPED.test(text)).map((text) => `escaped in plain text: ${text}`),
  ];
}

function exportedFunctions(modules: Record<string, Record<string, unknown>>): string[] {
  return Object.entries(modules).flatMap(([file, module]) =>
    Object.entries(module)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => `${file}:${name}`),
  );
}

describe("every Slack view shows what people typed as typed, never as markup", () => {
  it("covers every exported builder of src/platforms/slack/views", () => {
    const files = readdirSync(join(__dirname, "../../src/platforms/slack/views")).map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(SLACK_MODULES).sort()).toEqual(files.sort());
    const missing = exportedFunctions(SLACK_MODULES).filter(
      (name) => !SLACK_NOT_BUILDERS.has(name) && !SLACK_CASES[name],
    );
    expect(missing, "a new builder needs a case here, with hostile view models").toEqual([]);
  });

  for (const [name, cases] of Object.entries(SLACK_CASES)) {
    it(name, () => {
      cases.forEach(({ build, typedNothing }, index) => {
        const built = build();
        const texts = slackTexts(built);
        expect(leaks(texts, SLACK_LIVE, SLACK_TWICE), `${name} #${index}`).toEqual([]);
        // Long hostile texts too: Slack takes the payload and shows it as meant.
        expect(payloadProblems(built), `${name} #${index}`).toEqual([]);
        // The payload reached the reader, shown as typed (escaped in mrkdwn, raw in plain text).
        if (!typedNothing)
          expect([...texts.markup, ...texts.plain].join("\n"), `${name} #${index}`).toMatch(
            /&lt;!channel&gt;|<!channel>/,
          );
      });
    });
  }
});

describe("every Teams card shows what people typed as typed, never as markdown", () => {
  it("covers every exported builder of src/platforms/teams/cards", () => {
    const files = readdirSync(join(__dirname, "../../src/platforms/teams/cards")).map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(TEAMS_MODULES).sort()).toEqual(files.sort());
    const missing = exportedFunctions(TEAMS_MODULES).filter(
      (name) => !TEAMS_NOT_BUILDERS.has(name) && !TEAMS_CASES[name],
    );
    expect(missing, "a new builder needs a case here, with hostile view models").toEqual([]);
  });

  for (const [name, cases] of Object.entries(TEAMS_CASES)) {
    it(name, () => {
      cases.forEach(({ build, typedNothing }, index) => {
        const built = build();
        const texts = teamsTexts(
          Array.isArray(built) ? teamsCard.adaptiveCard(built as teamsCard.CardElement[]) : built,
        );
        expect(leaks(texts, TEAMS_LIVE, TEAMS_TWICE), `${name} #${index}`).toEqual([]);
        if (!typedNothing)
          expect([...texts.markup, ...texts.plain].join("\n"), `${name} #${index}`).toMatch(
            /&lt;!channel&gt;|<!channel>/,
          );
      });
    });
  }
});

/** Every screen of src/app (the *-screen.ts modules), each rendered by both platforms. */
const SCREEN_MODULES: Record<string, Record<string, unknown>> = {
  "cohort-status-screen": screenCohortStatus,
  "applicants-screen": screenApplicants,
  "introduction-screen": screenIntroduction,
  "sponsor-request-screen": screenSponsorRequest,
  "announcement-screen": screenAnnouncement,
  "proposal-screen": screenProposal,
  "cohorts-screen": screenCohorts,
  "coordinator-nudge-screen": screenNudge,
  "plenaries-screen": screenPlenaries,
};
const SCREEN_CASES: Record<string, (() => Screen)[]> = {
  "cohort-status-screen:cohortStatusScreen": [
    () =>
      screenCohortStatus.cohortStatusScreen(
        {
          cohort: { ...cohort, name: P },
          overview: { ...cohortOverview, cohort: { ...cohort, name: P } },
          names,
          chart: null,
        },
        { chartInDm: true },
      ),
  ],
  "cohort-status-screen:auditScreen": [
    () => screenCohortStatus.auditScreen(audit, cohort),
    () => screenCohortStatus.auditScreen([], { ...cohort, name: P }),
  ],
  "applicants-screen:applicantsScreen": [
    () => screenApplicants.applicantsScreen(overview, 0, [teamsPerson, slackPerson]),
    () => screenApplicants.applicantsScreen({ ...overview, entries: Array(20).fill(overview.entries[0]) }, 1),
    () => screenApplicants.applicantsScreen({ ...overview, cohort: { ...cohort, name: P }, total: 0, entries: [] }, 0),
  ],
  "introduction-screen:introductionScreen": [
    () => screenIntroduction.introductionScreen(slackIntro),
    () => screenIntroduction.introductionScreen(introduction, { personId: "person-1", chatWithPartner: undefined }),
    () =>
      screenIntroduction.introductionScreen(introduction, {
        personId: "person-2",
        chatWithPartner: "https://teams.microsoft.com/l/chat/0/0?users=luis%40contoso.com",
      }),
  ],
  "sponsor-request-screen:sponsorRequestScreen": [
    () => screenSponsorRequest.sponsorRequestScreen(sponsorRequest),
    () => screenSponsorRequest.sponsorRequestScreen({ ...sponsorRequest, reminder: true }),
  ],
  "announcement-screen:announcementScreen": [
    () => screenAnnouncement.announcementScreen(cohort, NOW),
    () => screenAnnouncement.announcementScreen(cohort, at("2026-01-01T00:00:00Z")),
  ],
  "proposal-screen:proposalScreen": [
    () =>
      screenProposal.proposalScreen(
        proposal,
        cohort,
        { locks: [{ mentorId: "a1", menteeId: "a2" }], exclusions: [] },
        0,
      ),
    () =>
      screenProposal.proposalScreen(
        { ...proposal, status: "approved", result: { ...proposal.result, pairs: [] } },
        cohort,
        { locks: [], exclusions: [] },
        0,
        [teamsPerson],
      ),
  ],
  "cohorts-screen:cohortListScreen": [
    () =>
      screenCohorts.cohortListScreen([
        { cohort, applications: 3 },
        { cohort: { ...cohort, isDemo: true }, applications: 0 },
      ]),
  ],
  "cohorts-screen:cohortDetailsScreen": [
    () => screenCohorts.cohortDetailsScreen({ ...cohort, anonymousEvaluations: true, isDemo: true }, 3, [teamsPerson]),
  ],
  "coordinator-nudge-screen:coordinatorNudgeScreen": [() => screenNudge.coordinatorNudgeScreen(nudge)],
  "plenaries-screen:plenaryListScreen": [
    () => screenPlenaries.plenaryListScreen(plenaryList, ZONE),
    () =>
      screenPlenaries.plenaryListScreen(
        { ...plenaryList, plenaries: [] },
        ZONE,
        text("plenaries.generated", { created: 2, cohort: P }),
      ),
  ],
  "plenaries-screen:attendanceSummaryScreen": [
    () => screenPlenaries.attendanceSummaryScreen(cohort, attendanceRows),
    () => screenPlenaries.attendanceSummaryScreen(cohort, []),
    () => screenPlenaries.attendanceSummaryScreen(cohort, [{ name: P, count: { attended: 0, held: 0 } }]),
  ],
};

describe("every screen shows what people typed as typed, on Slack and on Teams", () => {
  it("covers every exported screen of src/app", () => {
    const files = readdirSync(join(__dirname, "../../src/app"))
      .filter((f) => f.endsWith("-screen.ts"))
      .map((f) => f.replace(/\.ts$/, ""));
    expect(Object.keys(SCREEN_MODULES).sort()).toEqual(files.sort());
    const builders = exportedFunctions(SCREEN_MODULES).filter((name) => !SCREEN_CASES[name]);
    expect(builders, "a new screen needs a case here, with hostile view models").toEqual([]);
  });

  for (const [name, builds] of Object.entries(SCREEN_CASES)) {
    it(name, () => {
      builds.forEach((build, index) => {
        const slack = slackScreen(build(), slackReaderIn("en", "Europe/Madrid"));
        const slackShown = slackTexts(slack);
        expect(leaks(slackShown, SLACK_LIVE, SLACK_TWICE), `${name} #${index} (Slack)`).toEqual([]);
        expect(payloadProblems(slack), `${name} #${index} (Slack)`).toEqual([]);
        expect([...slackShown.markup, ...slackShown.plain].join("\n"), `${name} #${index}`).toMatch(
          /&lt;!channel&gt;|<!channel>/,
        );
        const teams = teamsScreen(build(), teamsReaderIn("en", "Europe/Madrid"));
        const teamsShown = teamsTexts(teams);
        expect(leaks(teamsShown, TEAMS_LIVE, TEAMS_TWICE), `${name} #${index} (Teams)`).toEqual([]);
        expect([...teamsShown.markup, ...teamsShown.plain].join("\n"), `${name} #${index}`).toMatch(
          /&lt;!channel&gt;|<!channel>/,
        );
      });
    });
  }
});

/** Every neutral form, with what people typed in its choices and values (shown as typed: plain text). */
const FORM_CASES: Record<string, () => NeutralForm> = {
  leave: () =>
    leaveForm(
      [
        { ...cohort, name: P },
        { ...cohort, id: "c2", name: P },
      ],
      { reason: P },
      { reason: { key: "dataRights.leave.errors.reason-too-long" } },
    ),
};

describe("every neutral form shows what people typed as typed, on Slack and on Teams", () => {
  for (const [name, build] of Object.entries(FORM_CASES)) {
    it(name, () => {
      const slack = slackForm(build(), slackReaderIn("en", "Europe/Madrid"));
      const slackShown = slackTexts(slack);
      expect(leaks(slackShown, SLACK_LIVE, SLACK_TWICE), `${name} (Slack)`).toEqual([]);
      expect(payloadProblems(slack), `${name} (Slack)`).toEqual([]);
      expect(slackShown.plain.join("\n")).toContain("<!channel>");
      const teams = teamsForm(build(), teamsReaderIn("en", "Europe/Madrid"));
      const teamsShown = teamsTexts(teams);
      expect(leaks(teamsShown, TEAMS_LIVE, TEAMS_TWICE), `${name} (Teams)`).toEqual([]);
      expect(teamsShown.plain.join("\n")).toContain("<!channel>");
    });
  }

  it("puts an error quoting what was typed under its Slack field as plain text, as typed", () => {
    const form = {
      ...FORM_CASES.leave!(),
      errors: { reason: { key: "timezone.invalid" as const, vars: { zone: P } } },
    };
    const [error] = Object.values(slackFormErrors(form, slackReaderIn("en", "Europe/Madrid")));
    expect(error).toContain("<!channel>");
    expect(error).toContain(" R&D ");
    expect(error).not.toMatch(ESCAPED);
  });
});
