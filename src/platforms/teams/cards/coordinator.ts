import type { ApplicantsOverview } from "../../../domain/applications/application-service";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { CohortFormDefaults } from "../../../domain/cohorts/cohort-form";
import { LOCALES, type Locale } from "../../../domain/locale";
import type { Constraints } from "../../../domain/pairing/match-input";
import type { Proposal } from "../../../domain/pairing/proposal";
import type { Person } from "../../../domain/people";
import { formatDate, type MessageKey, type Translate } from "../../../i18n";
import { reasonText, unmatchedText } from "../../../i18n/matching-text";
import { actionSet, adaptiveCard, field, paragraph, submit, textBlock, title, type AdaptiveCard, type CardElement } from "./card";
import { TEAMS_ACTIONS } from "./ids";

const PAIRS_SHOWN = 25;
const APPLICANTS_SHOWN = 40;

/** People Tandem cannot write to in Teams (they never opened it): one line for the coordinator, or none. */
export function unreachedLines(people: Person[], t: Translate): CardElement[] {
  if (people.length === 0) return [];
  const names = people.map((p) => p.displayName || p.userId).join(", ");
  return [paragraph(t("teams.unreached.line", { names }), { color: "Warning", separator: true }), textBlock(t("teams.unreached.hint"), { isSubtle: true, size: "Small", spacing: "None" })];
}

/** `cohort list`: every cohort with its state and application count. */
export function cohortListCard(lines: { cohort: Cohort; applications: number }[], t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const body: CardElement[] = [title(t("cohorts.listTitle"))];
  for (const { cohort, applications } of lines) {
    const line = t("cohorts.listLine", {
      name: cohort.name,
      status: t(`cohorts.statuses.${cohort.status}`),
      opens: formatDate(cohort.applicationsOpenAt, locale, zone),
      closes: formatDate(cohort.applicationsCloseAt, locale, zone),
      count: applications,
    });
    body.push(paragraph(cohort.isDemo ? `${line} ${t("cohorts.demoTag")}` : line));
  }
  return adaptiveCard(body);
}

/** `cohort show`: what the coordinator set, and who Tandem cannot reach in Teams yet. */
export function cohortDetailsCard(cohort: Cohort, applications: number, unreached: Person[], t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const date = (d: Date) => formatDate(d, locale, zone);
  const range = (from: Date, to: Date) => t("cohorts.details.range", { from: date(from), to: date(to) });
  const group = (g: "competence" | "tool") => cohort.skills.filter((s) => s.group === g).map((s) => s.name).join(", ") || "—";
  const options = [
    t(cohort.mode === "reverse" ? "cohorts.details.reverseMode" : "cohorts.details.classicMode"),
    t(cohort.sponsorRequired ? "cohorts.details.sponsorRequired" : "cohorts.details.sponsorNotRequired"),
    ...(cohort.allowMultipleMentees ? [t("cohorts.details.multipleMentees")] : []),
    ...(cohort.avoidSameDepartment ? [t("cohorts.details.avoidSameDepartment")] : []),
  ];
  const facts = [
    { title: t("cohorts.details.objective"), value: cohort.objective },
    ...(cohort.learningObjectives ? [{ title: t("cohorts.details.learningObjectives"), value: cohort.learningObjectives }] : []),
    ...(cohort.focusAreas ? [{ title: t("cohorts.details.focusAreas"), value: cohort.focusAreas }] : []),
    { title: t("cohorts.details.applications"), value: range(cohort.applicationsOpenAt, cohort.applicationsCloseAt) },
    { title: t("cohorts.details.programme"), value: range(cohort.startsAt, cohort.endsAt) },
    {
      title: t("cohorts.details.rhythm"),
      value: t("cohorts.details.rhythmValue", { cadence: cohort.cadenceDays, sessions: cohort.minSessions, minutes: cohort.sessionMinutes, plenaries: cohort.plenaryCount, threshold: cohort.attendanceThreshold }),
    },
    { title: t("cohorts.details.matching"), value: options.join(" · ") },
    { title: t("skillGroups.competence"), value: group("competence") },
    { title: t("skillGroups.tool"), value: group("tool") },
  ];
  return adaptiveCard(
    [
      title(`${cohort.name}${cohort.isDemo ? ` ${t("cohorts.demoTag")}` : ""}`),
      textBlock(`${t(`cohorts.statuses.${cohort.status}`)} · ${applications} · ${t("cohorts.details.zoneAndLanguage")}: ${cohort.timeZone}, ${t(`languageName.${cohort.locale}`)}`, { isSubtle: true, spacing: "None" }),
      { type: "FactSet", facts },
      ...unreachedLines(unreached, t),
    ],
    [submit(t("cohorts.details.editButton"), { action: TEAMS_ACTIONS.cohortEdit, cohortId: cohort.id })],
  );
}

/** The cohort form: every phase-1 field, pre-filled; the same names and rules as Slack's modal. */
export function cohortFormCard(values: CohortFormDefaults, t: Translate, cohortId?: string, errors: Record<string, string | undefined> = {}): AdaptiveCard {
  const text = (id: keyof CohortFormDefaults, label: string, multiline: boolean, required: boolean, placeholder?: string) =>
    field({ type: "Input.Text", id, label, isMultiline: multiline, isRequired: required, maxLength: id === "name" ? 80 : 3000, ...(String(values[id] ?? "") ? { value: String(values[id]) } : {}), ...(placeholder ? { placeholder } : {}) }, errors);
  const date = (id: keyof CohortFormDefaults, label: string) => field({ type: "Input.Date", id, label, isRequired: true, value: String(values[id] ?? "") }, errors);
  // Input.Number holds a number; what was typed wrong (text) is shown in the message under it.
  const number = (id: keyof CohortFormDefaults, label: string, min: number, max: number) => {
    const shown = Number(values[id]);
    return field({ type: "Input.Number", id, label, min, max, isRequired: true, ...(String(values[id] ?? "") !== "" && Number.isFinite(shown) ? { value: shown } : {}) }, errors);
  };
  const toggle = (id: "sponsorRequired" | "allowMultipleMentees" | "avoidSameDepartment") =>
    field({ type: "Input.Toggle", id, title: t(`cohortForm.${id}`), valueOn: "true", valueOff: "false", value: values[id] ? "true" : "false" }, errors);
  const heading = (key: MessageKey) => textBlock(t(key), { weight: "Bolder", size: "Medium", spacing: "Large", separator: true });
  const body: CardElement[] = [
    title(cohortId ? t("cohortForm.titleEdit") : t("cohortForm.titleNew")),
    heading("cohortForm.sectionProgramme"),
    ...text("name", t("cohortForm.name"), false, true, t("cohortForm.namePlaceholder")),
    ...text("objective", t("cohortForm.objective"), true, true),
    ...text("learningObjectives", t("cohortForm.learningObjectives"), true, false),
    ...text("focusAreas", t("cohortForm.focusAreas"), true, false),
    ...field({ type: "Input.ChoiceSet", id: "mode", label: t("cohortForm.mode"), style: "expanded", value: values.mode, choices: [{ title: t("cohortForm.modeReverse"), value: "reverse" }, { title: t("cohortForm.modeClassic"), value: "classic" }] }, errors),
    ...field({ type: "Input.ChoiceSet", id: "locale", label: t("cohortForm.locale"), value: values.locale, choices: LOCALES.map((l) => ({ title: t(`languageName.${l}`), value: l })) }, errors),
    ...text("timeZone", t("cohortForm.timeZone"), false, true),
    heading("cohortForm.sectionDates"),
    ...date("applicationsOpen", t("cohortForm.applicationsOpen")),
    ...date("applicationsClose", t("cohortForm.applicationsClose")),
    ...date("startsOn", t("cohortForm.startsOn")),
    ...date("endsOn", t("cohortForm.endsOn")),
    heading("cohortForm.sectionRhythm"),
    ...number("cadenceDays", t("cohortForm.cadenceDays"), 7, 60),
    ...number("minSessions", t("cohortForm.minSessions"), 1, 52),
    ...number("sessionMinutes", t("cohortForm.sessionMinutes"), 15, 240),
    ...number("plenaryCount", t("cohortForm.plenaryCount"), 0, 52),
    ...number("attendanceThreshold", t("cohortForm.attendanceThreshold"), 0, 100),
    heading("cohortForm.sectionMatching"),
    ...toggle("sponsorRequired"),
    ...toggle("allowMultipleMentees"),
    ...toggle("avoidSameDepartment"),
    heading("cohortForm.sectionSkills"),
    paragraph(t("cohortForm.skillsHint"), { isSubtle: true, size: "Small" }),
    ...text("competences", t("cohortForm.competences"), true, false),
    ...text("tools", t("cohortForm.tools"), true, false),
  ];
  return adaptiveCard(body, [submit(cohortId ? t("cohortForm.save") : t("cohortForm.create"), { action: TEAMS_ACTIONS.cohortSave, ...(cohortId ? { cohortId } : {}) }, "positive")]);
}

/** The call for applications, in the cohort's language and zone, with an Apply button. */
export function announcementCard(cohort: Cohort, t: Translate, now: Date): AdaptiveCard {
  const date = (d: Date) => formatDate(d, cohort.locale, cohort.timeZone);
  const heading = now < cohort.applicationsOpenAt ? t("announce.titleNotYet", { name: cohort.name, opens: date(cohort.applicationsOpenAt) }) : t("announce.title", { name: cohort.name });
  const body: CardElement[] = [title(heading), textBlock(cohort.objective), paragraph(t(cohort.mode === "reverse" ? "announce.reverse" : "announce.classic"))];
  if (cohort.learningObjectives) body.push(textBlock(cohort.learningObjectives));
  body.push(
    paragraph(
      [
        t("announce.dates", { closes: date(cohort.applicationsCloseAt), starts: date(cohort.startsAt), ends: date(cohort.endsAt) }),
        t("announce.commitment", { sessions: cohort.minSessions, minutes: cohort.sessionMinutes, cadence: cohort.cadenceDays, plenaries: cohort.plenaryCount }),
        ...(cohort.sponsorRequired ? [t("announce.sponsor")] : []),
      ].join("\n\n"),
    ),
    paragraph(t("announce.footer"), { isSubtle: true, size: "Small" }),
  );
  return adaptiveCard(body, [submit(t("announce.applyButton"), { action: TEAMS_ACTIONS.applyStart, cohortId: cohort.id }, "positive")]);
}

/** `applicants`: counts by role, status and department, then everyone, and who Tandem cannot reach in Teams. */
export function applicantsCard(overview: ApplicantsOverview, unreached: Person[], t: Translate, locale: Locale, zone: string): AdaptiveCard {
  const { cohort } = overview;
  if (overview.total === 0) return adaptiveCard([paragraph(t("applicants.none", { cohort: cohort.name }))]);
  const who = (p: Person | null) => (p ? p.displayName || p.userId : "—");
  const list = (pairs: [string, number][]) => pairs.filter(([, n]) => n > 0).map(([label, n]) => `${label} ${n}`).join(" · ") || "—";
  const body: CardElement[] = [
    title(t("applicants.title", { cohort: cohort.name })),
    paragraph(
      [
        t("applicants.total", { total: overview.total }),
        t("applicants.byRole", { list: list((["mentor", "mentee", "both", "unknown"] as const).map((r) => [t(`roles.${r}`), overview.byRole[r]])) }),
        t("applicants.byStatus", { list: list(Object.entries(overview.byStatus).map(([s, n]) => [t(`applications.statuses.${s}` as MessageKey), n ?? 0])) }),
        t("applicants.byDepartment", { list: list(overview.byDepartment.slice(0, 12).map((d) => [d.department, d.count])) }),
      ].join("\n\n"),
    ),
    ...unreachedLines(unreached, t),
  ];
  for (const entry of overview.entries.slice(0, APPLICANTS_SHOWN)) {
    const { application } = entry;
    let line = [who(entry.person), t(`roles.${application.answers.role ?? "unknown"}`), application.answers.department ?? "—", t(`applications.statuses.${application.status}`)].join(" · ");
    if (entry.sponsorOverdue) line += `\n\n${t("applicants.sponsorOverdue", { sponsor: who(entry.sponsor), date: formatDate(application.sponsorRemindedAt!, locale, zone) })}`;
    else if (application.status === "awaiting_sponsor") line += `\n\n${t("applicants.sponsorPending", { sponsor: who(entry.sponsor) })}`;
    body.push(paragraph(line, { separator: true }));
  }
  if (overview.entries.length > APPLICANTS_SHOWN) body.push(textBlock(`… +${overview.entries.length - APPLICANTS_SHOWN}`, { isSubtle: true }));
  return adaptiveCard(body);
}

/** A matching proposal: the summary against a random pairing, the pairs with fit and reasons, who is left out, Re-run / Approve. */
export function proposalCard(proposal: Proposal, cohort: Cohort, constraints: Constraints, unreached: Person[], t: Translate): AdaptiveCard {
  const { result, summary } = proposal;
  const name = (id: string) => proposal.people[id]?.name ?? id;
  const body: CardElement[] = [
    title(t("matching.title", { version: proposal.version, cohort: cohort.name })),
    paragraph(t("matching.summary", { pairs: summary.pairs, candidates: summary.candidates, unmatched: summary.unmatched, mean: summary.meanScore.toFixed(1), random: summary.randomMeanScore.toFixed(1) })),
  ];
  if (constraints.locks.length + constraints.exclusions.length > 0) body.push(paragraph(t("matching.constraintsLine", { locks: constraints.locks.length, exclusions: constraints.exclusions.length }), { isSubtle: true }));
  for (const pair of result.pairs.slice(0, PAIRS_SHOWN)) {
    const mentor = name(pair.mentorId);
    const mentee = name(pair.menteeId);
    const reasons = pair.reasons
      .filter((r) => r.kind !== "locked")
      .slice(0, 4)
      .map((r) => `- ${reasonText(r, { mentor, mentee, skills: cohort.skills }, t)}`);
    body.push(paragraph([`${t("matching.pairLine", { mentor, mentee, score: pair.score.toFixed(1) })}${pair.locked ? ` · ${t("matching.lockedTag")}` : ""}`, reasons.join("\n")].filter(Boolean).join("\n\n"), { separator: true }));
    if (proposal.status === "proposed") {
      // The same choices as Slack's ⋯ menu (reassigning is Slack's for now); each is a re-run keeping the rest.
      const data = { action: TEAMS_ACTIONS.matchPair, proposalId: proposal.id, mentorId: pair.mentorId, menteeId: pair.menteeId };
      body.push(actionSet([pair.locked ? submit(t("matching.unlockOption"), { ...data, change: "unlock" }) : submit(t("matching.lockOption"), { ...data, change: "lock" }), submit(t("matching.excludeOption"), { ...data, change: "exclude" }, "destructive")]));
    }
  }
  if (result.pairs.length > PAIRS_SHOWN) body.push(textBlock(`… +${result.pairs.length - PAIRS_SHOWN}`, { isSubtle: true }));
  if (result.unmatched.length > 0) {
    const lines = result.unmatched.slice(0, 20).map((u) => `- ${t("matching.unmatchedLine", { name: name(u.candidateId), reason: unmatchedText(u.reason, t) })}`);
    body.push(paragraph(`**${t("matching.unmatchedTitle")}**\n\n${lines.join("\n")}`, { separator: true }));
  }
  body.push(...unreachedLines(unreached, t));
  const actions: CardElement[] = [];
  if (proposal.status === "proposed") {
    actions.push(submit(t("matching.rerun"), { action: TEAMS_ACTIONS.matchRerun, proposalId: proposal.id }));
    if (result.pairs.length > 0) actions.push(submit(t("matching.approve"), { action: TEAMS_ACTIONS.matchApprove, proposalId: proposal.id }, "positive"));
  }
  return adaptiveCard(body, actions);
}
