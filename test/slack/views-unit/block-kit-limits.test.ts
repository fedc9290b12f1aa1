import { describe, expect, it } from "vitest";
import type { Text } from "../../../src/app/reply";
import { plainWords } from "../../../src/app/words";
import type { Application, ApplicationAnswers } from "../../../src/domain/applications/application";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import { MAX_SKILLS } from "../../../src/domain/cohorts/cohort-form";
import { MAX_SLOTS } from "../../../src/domain/meetings/schedule";
import type { Person } from "../../../src/domain/people";
import type { AuditEntry } from "../../../src/domain/reporting/audit";
import { translator } from "../../../src/i18n";
import * as applications from "../../../src/platforms/slack/views/applications";
import { auditScreen } from "../../../src/app/cohort-status-screen";
import { slackScreen } from "../../../src/platforms/slack/render-screen";
import { cohortDetailsScreen, cohortListScreen } from "../../../src/app/cohorts-screen";
import { attendanceSummaryScreen } from "../../../src/app/plenaries-screen";
import * as home from "../../../src/platforms/slack/views/home";
import * as plenaries from "../../../src/platforms/slack/views/plenaries";
import * as rhythm from "../../../src/platforms/slack/views/rhythm";
import * as evaluation from "../../../src/platforms/slack/views/evaluation";
import * as applicationModals from "../../../src/platforms/slack/views/application-modals";
import * as reassign from "../../../src/platforms/slack/views/reassign-modal";
import { payloadProblems } from "../../support/block-kit-rules";
import { slackReaderIn } from "../../../src/platforms/slack/people";

const t = translator("en", "slack");
/** Plain words in English, as the reassign choices are shown. */
const PLAIN = (text: Text) => plainWords(text, "en");
const ZONE = "Europe/Madrid";
const NOW = new Date("2026-03-02T09:00:00Z");
const LONG = "Ñandú & Co. — a rather long name for a cohort, team or person, as typed";

function cohort(i: number, skills = 6): Cohort {
  return {
    id: `c${i}`,
    name: `${LONG} ${i}`.slice(0, 80),
    objective: LONG,
    learningObjectives: LONG,
    focusAreas: LONG,
    status: "open",
    skills: Array.from({ length: skills }, (_, s) => ({
      id: `s${s}`,
      group: s % 2 ? "tool" : "competence",
      name: `${LONG} skill ${s}`,
    })),
    applicationsOpenAt: new Date("2026-03-01T00:00:00Z"),
    applicationsCloseAt: new Date("2026-03-20T00:00:00Z"),
    startsAt: new Date("2026-04-01T00:00:00Z"),
    endsAt: new Date("2026-07-01T00:00:00Z"),
  } as unknown as Cohort;
}
const person = (i: number): Person => ({
  id: `p${i}`,
  platform: "slack",
  workspaceId: "T1",
  userId: `U${i}`,
  displayName: `${LONG} ${i}`,
  locale: "en",
  localeChosen: false,
  timeZone: ZONE,
  timeZoneChosen: false,
  isCoordinator: false,
  profileSyncedAt: null,
});

const many = Array.from({ length: 120 }, (_, i) => cohort(i));
const answers = {
  role: "mentee",
  learnSkills: [],
  languages: [],
  workDays: [],
  capacity: 1,
  ratings: {},
} as unknown as ApplicationAnswers;
const application = { id: "a", cohortId: "c1", personId: "p1", status: "draft", answers } as unknown as Application;
const audit: AuditEntry[] = Array.from({ length: 300 }, (_, i) => ({
  id: `e${i}`,
  actorId: "x",
  actorName: LONG,
  action: "pair.nudged",
  cohortId: "c1",
  cohortName: LONG,
  details: { mentor: LONG, mentee: LONG },
  at: NOW,
}));
const item = (g: number, i: number) => ({
  id: `i${g}-${i}`,
  pairId: "p",
  ownerPersonId: "x",
  text: LONG,
  dueDate: "2026-05-01",
  doneAt: null,
  sessionId: null,
  createdAt: NOW,
});

/** Every list at the largest Tandem allows or meets, with long names: Slack takes each payload. */
const CASES: Record<string, () => unknown> = {
  "cohort list of 120 cohorts": () =>
    slackScreen(
      cohortListScreen(many.map((c) => ({ cohort: c, applications: 3 }))),
      slackReaderIn("en", "Europe/Madrid"),
    ),
  [`a cohort with ${MAX_SKILLS} skills`]: () =>
    slackScreen(cohortDetailsScreen(cohort(1, MAX_SKILLS), 3), slackReaderIn("en", "Europe/Madrid")),
  "120 cohorts open to apply to": () => applications.applyChoiceMessage(many, t, "en", ZONE),
  "a Home tab with 120 open cohorts and questionnaires": () =>
    home.homeTab(
      {
        name: LONG,
        isCoordinator: true,
        locale: "en",
        timeZone: ZONE,
        timeZoneChosen: true,
        localeChosen: true,
      } as never,
      t,
      NOW,
      {
        applications: [],
        openCohorts: many,
        questionnaires: many.map((c, i) => ({
          evaluationId: `e${i}`,
          cohortName: c.name,
          kind: "pulse" as const,
          closesAt: "2026-05-01T10:00:00Z",
          reminder: false,
          answered: false,
        })),
      },
    ),
  "attendance of 300 people": () =>
    slackScreen(
      attendanceSummaryScreen(
        cohort(1),
        Array.from({ length: 300 }, (_, i) => ({ name: `${LONG} ${i}`, count: { attended: 1, held: 2 } })),
      ),
      slackReaderIn("en", "Europe/Madrid"),
    ),
  "the attendance form of 300 people": () =>
    plenaries.attendanceModal(
      {
        plenary: { id: "pl", cohortId: "c1", number: 1, startsAt: NOW, durationMinutes: 60 },
        cohort: cohort(1),
        people: Array.from({ length: 300 }, (_, i) => ({ person: person(i), attended: i % 2 === 0, source: "self" })),
      } as never,
      { cohortId: "c1" },
      t,
      "en",
      ZONE,
    ),
  "an audit of 300 entries": () => slackScreen(auditScreen(audit, cohort(1)), slackReaderIn("en", "Europe/Madrid")),
  [`the final questionnaire with ${MAX_SKILLS} skills`]: () =>
    evaluation.evaluationModal(
      {
        evaluationId: "e",
        kind: "final",
        cohortName: LONG,
        objective: LONG,
        anonymous: false,
        skills: cohort(1, MAX_SKILLS).skills.map((skill) => ({ skill, before: 2 })),
      } as never,
      t,
    ),
  [`the profile form with ${MAX_SKILLS} skills`]: () =>
    applicationModals.profileModal({
      cohort: cohort(1, MAX_SKILLS),
      application,
      answers,
      t,
      dataPolicyUrl: "https://example.org/p",
      resumed: false,
    }),
  [`the skills form with ${MAX_SKILLS} skills`]: () =>
    applicationModals.skillsModal(cohort(1, MAX_SKILLS), application, 0, t),
  "80 pairs' sessions": () =>
    rhythm.pairsOverviewMessage(
      Array.from({ length: 80 }, (_, i) => ({
        pairId: `p${i}`,
        partnerName: LONG,
        cohortName: LONG,
        next: null,
        nextProposedByMe: false,
        held: 1,
        minSessions: 4,
        openItems: 2,
        pausedUntil: null,
        lastHeld: null,
      })) as never,
      t,
      "en",
      ZONE,
    ),
  "three pairs with 20 open action items each": () =>
    rhythm.actionItemsMessage(
      [0, 1, 2].map((g) => ({
        partnerName: LONG,
        cohortName: LONG,
        partnerId: `x${g}`,
        items: Array.from({ length: 20 }, (_, i) => item(g, i)),
      })) as never,
      "2026-03-02",
      t,
      "en",
    ),
  [`${MAX_SLOTS} free slots`]: () =>
    rhythm.planSessionModal(
      Array.from({ length: MAX_SLOTS }, (_, i) => new Date(NOW.getTime() + i * 3600_000)),
      { name: LONG, zone: ZONE },
      14,
      { pairId: "p1" },
      t,
      "en",
      ZONE,
    ),
  "200 possible partners": () => {
    const proposal = {
      id: "pr",
      result: { pairs: [], unmatched: [] },
      people: Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`a${i}`, { personId: `x${i}`, name: LONG }])),
    } as never;
    const options = Array.from({ length: 200 }, (_, i) => ({
      partnerId: `a${i}`,
      candidateRole: "mentor",
      mentorId: "a0",
      menteeId: `a${i}`,
      score: 60,
      reasons: [],
      blockedBy: [],
      lockedElsewhere: false,
    }));
    return reassign.reassignModal(
      LONG,
      reassign.reassignOptions(proposal, cohort(1), options as never, PLAIN),
      { cohortId: "c1" },
      t,
    );
  },
};

describe("long lists and long names stay within Slack's Block Kit limits", () => {
  for (const [name, build] of Object.entries(CASES)) {
    it(name, () => {
      expect(payloadProblems(build())).toEqual([]);
    });
  }

  it("a list cut to fit says how many more there are", () => {
    // 120 cohorts, ten lines a section: every one is listed.
    const list = slackScreen(
      cohortListScreen(many.map((c) => ({ cohort: c, applications: 3 }))),
      slackReaderIn("en", "Europe/Madrid"),
    );
    expect(list.blocks).toHaveLength(13);
    expect(JSON.stringify(list.blocks.at(-1))).toContain("as typed 119");
    const items = rhythm.actionItemsMessage(
      [0, 1, 2].map((g) => ({
        partnerName: LONG,
        cohortName: LONG,
        partnerId: `x${g}`,
        items: Array.from({ length: 20 }, (_, i) => item(g, i)),
      })) as never,
      "2026-03-02",
      t,
      "en",
    );
    // 1 header, 3 pair titles and 45 items; the other 15 items are counted.
    expect(JSON.stringify(items.blocks.at(-1))).toContain("… +15");
  });

  it("a section too long for Slack is cut at a line, with an ellipsis", () => {
    // Ten names of 300 characters: more than a section's 3,000.
    const summary = slackScreen(
      attendanceSummaryScreen(
        cohort(1),
        Array.from({ length: 10 }, (_, i) => ({ name: `${LONG.repeat(4)} ${i}`, count: { attended: 1, held: 2 } })),
      ),
      slackReaderIn("en", "Europe/Madrid"),
    );
    const texts = summary.blocks.map((b) => (b as { text?: { text: string } }).text?.text ?? "");
    expect(texts.some((text) => text.endsWith("\n…"))).toBe(true);
    expect(texts.every((text) => !/&(a|am|l|g)?…|<[^>]*…/.test(text))).toBe(true);
  });
});
