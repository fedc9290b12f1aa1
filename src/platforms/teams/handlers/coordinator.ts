import { z } from "zod";
import { defaultCohortSettings, isActive, type Cohort } from "../../../domain/cohorts/cohort";
import { cohortForm, formValuesFrom, settingsFromForm, type CohortFormDefaults } from "../../../domain/cohorts/cohort-form";
import type { WindowChange } from "../../../domain/cohorts/cohort-service";
import { validateForm } from "../../../domain/forms";
import { starterSkills } from "../../../domain/skills-catalogue";
import { formatDate, translator, type MessageKey } from "../../../i18n";
import { textOf } from "../cards/card";
import { announcementCard, applicantsCard, cohortDetailsCard, cohortFormCard, cohortListCard, proposalCard } from "../cards/coordinator";
import { plenaryListCard } from "../cards/plenaries";
import { chooseCohort } from "../cohort-choice";
import { unreachedInTeams } from "../reach";
import type { TeamsRequest } from "../request";

/** Spanish and English words for each action, as in Slack (`cohorte nueva`). */
const ACTIONS: Record<string, "new" | "list" | "show" | "edit" | "open" | "close" | "extend" | "demo"> = {
  new: "new", create: "new", nueva: "new", nuevo: "new", crear: "new",
  list: "list", lista: "list", listar: "list", ls: "list",
  show: "show", ver: "show", mostrar: "show", info: "show",
  edit: "edit", editar: "edit", modificar: "edit",
  open: "open", abrir: "open",
  close: "close", cerrar: "close",
  extend: "extend", extender: "extend", ampliar: "extend", prorrogar: "extend",
  demo: "demo", ejemplo: "demo", prueba: "demo",
};
const REMOVE_WORDS = new Set(["remove", "delete", "rm", "borrar", "eliminar", "quitar"]);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Everyone a cohort's work may need to write to: its applicants and their sponsors. */
async function cohortPeople(request: TeamsRequest, cohort: Cohort): Promise<string[]> {
  const applications = await request.services.applications.listByCohort(cohort.id);
  return applications.flatMap((a) => [a.personId, ...(a.sponsorPersonId ? [a.sponsorPersonId] : [])]);
}

/** `cohort new|list|show|edit|open|close|extend|demo`: the coordinator's cohorts. */
export async function cohortCommand(request: TeamsRequest, args: string[]): Promise<void> {
  const { services, viewer } = request;
  const { t, locale, timeZone } = viewer;
  const action = ACTIONS[(args[0] ?? "").toLowerCase()];
  const words = args.slice(1);
  switch (action) {
    case undefined:
      return request.reply(t("cohorts.usage"));
    case "new":
      return request.card(cohortFormCard(formValuesFrom(defaultCohortSettings(services.clock.now(), timeZone, locale)), t));
    case "list": {
      const cohorts = await services.cohorts.list();
      if (cohorts.length === 0) return request.reply(t("cohorts.none"));
      const lines = await Promise.all(cohorts.map(async (cohort) => ({ cohort, applications: (await services.applications.listByCohort(cohort.id)).length })));
      return request.card(cohortListCard(lines, t, locale, timeZone));
    }
    case "show":
    case "edit": {
      const cohort = await chooseCohort(request, words.join(" "), `cohort ${args[0]}`);
      if (!cohort) return;
      if (action === "edit") return request.card(cohortFormCard(formValuesFrom(cohort), t, cohort.id));
      const applications = await services.applications.listByCohort(cohort.id);
      const unreached = await unreachedInTeams(services, await cohortPeople(request, cohort));
      return request.card(cohortDetailsCard(cohort, applications.length, unreached, t, locale, timeZone));
    }
    case "open":
    case "close": {
      const accept = (c: Cohort) => (action === "open" ? c.status === "draft" || c.status === "closed" : c.status === "open");
      const cohort = await chooseCohort(request, words.join(" "), `cohort ${args[0]}`, accept);
      if (!cohort) return;
      const change = action === "open" ? await services.cohorts.openApplications(cohort.id) : await services.cohorts.closeApplications(cohort.id);
      return request.reply(windowChangeText(request, change, cohort));
    }
    case "extend": {
      const date = words.at(-1) ?? "";
      const name = ISO_DATE.test(date) ? words.slice(0, -1).join(" ") : words.join(" ");
      const cohort = await chooseCohort(request, name, `cohort ${args[0]}`, (c) => c.status === "draft" || c.status === "open" || c.status === "closed");
      if (!cohort) return;
      if (!ISO_DATE.test(date)) return request.reply(t("cohorts.extendUsage", { name: cohort.name }));
      return request.reply(windowChangeText(request, await services.cohorts.extendApplications(cohort.id, date), cohort));
    }
    case "demo": {
      if (REMOVE_WORDS.has((words[0] ?? "").toLowerCase())) {
        const removed = await services.demo.removeAll();
        if (removed.length === 0) return request.reply(t("cohorts.demoNone"));
        return request.reply(t("cohorts.demoRemoved", { count: removed.length, names: removed.map((c) => c.name).join(", ") }));
      }
      const demo = await services.demo.create(viewer.person, t("cohorts.demoName", { date: formatDate(services.clock.now(), locale, timeZone) }), timeZone, locale);
      return request.reply(t("cohorts.demoCreated", { name: demo.cohort.name, total: demo.mentors + demo.mentees + demo.both, mentors: demo.mentors, mentees: demo.mentees, both: demo.both }));
    }
  }
}

function windowChangeText(request: TeamsRequest, change: WindowChange, before: Cohort): string {
  const { t, locale, timeZone } = request.viewer;
  const cohort = change.ok ? change.cohort : before;
  const vars = { name: cohort.name, closes: formatDate(cohort.applicationsCloseAt, locale, timeZone) };
  if (change.ok) {
    if (cohort.status === "closed") return t("cohorts.closed", vars);
    return t(before.status === "open" ? "cohorts.extended" : "cohorts.opened", vars);
  }
  const keys: Record<typeof change.reason, MessageKey> = {
    "already-open": "cohorts.alreadyOpen",
    "already-closed": "cohorts.alreadyClosed",
    "not-open-yet": "cohorts.notOpenYet",
    finished: "cohorts.finishedAlready",
    "window-over": "cohorts.windowOver",
    "date-in-past": "cohorts.dateInPast",
  };
  return t(keys[change.reason], vars);
}

/** Edit (from `cohort show`): the form with the cohort's settings. */
export async function cohortEdit(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  if (!request.viewer.isCoordinator) return request.reply(request.viewer.t("common.coordinatorOnly", { command: "cohort" }));
  const cohortId = z.object({ cohortId: z.string().min(1) }).safeParse(value).data?.cohortId;
  const cohort = cohortId ? await request.services.cohorts.findById(cohortId) : null;
  if (!cohort) return request.reply(request.viewer.t("cohorts.gone"));
  await request.card(cohortFormCard(formValuesFrom(cohort), request.viewer.t, cohort.id));
}

const FORM_FIELDS: (keyof CohortFormDefaults)[] = [
  "name", "objective", "learningObjectives", "focusAreas", "mode", "locale", "timeZone", "applicationsOpen", "applicationsClose", "startsOn", "endsOn",
  "cadenceDays", "minSessions", "sessionMinutes", "plenaryCount", "attendanceThreshold", "competences", "tools",
];

/** The cohort card's Create / Save: mistakes under their fields with what was typed, else saved. */
export async function cohortSaved(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  if (!viewer.isCoordinator) return request.reply(t("common.coordinatorOnly", { command: "cohort" }));
  const typed: Record<string, unknown> = {};
  for (const key of FORM_FIELDS) typed[key] = textOf(value[key]) ?? "";
  for (const flag of ["sponsorRequired", "allowMultipleMentees", "avoidSameDepartment"] as const) typed[flag] = value[flag] === true || value[flag] === "true";
  const cohortId = textOf(value.cohortId) || undefined;
  const existing = cohortId ? await services.cohorts.findById(cohortId) : null;
  if (cohortId && !existing) return request.reply(t("cohorts.gone"));
  const again = (errors: { field: string; message: string }[]) => {
    const messages: Record<string, string> = {};
    for (const error of errors) messages[error.field] = t(error.message as MessageKey, { zone: String(typed.timeZone ?? ""), prefix: "" });
    return request.card(cohortFormCard(typed as unknown as CohortFormDefaults, t, cohortId, messages));
  };
  const form = validateForm(cohortForm, typed);
  if (!form.ok) return again(form.errors);
  // A new cohort's skills keep the starter catalogue's ids where the names match (either language).
  const settings = settingsFromForm(form.value, existing?.skills ?? [...starterSkills("es"), ...starterSkills("en")]);
  const saved = existing ? await services.cohorts.update(existing.id, settings) : await services.cohorts.create(viewer.person, settings);
  if (!saved.ok) return again(saved.errors);
  const { cohort } = saved;
  await request.reply(
    existing
      ? t("cohorts.updated", { name: cohort.name })
      : t("cohorts.created", { name: cohort.name, opens: formatDate(cohort.applicationsOpenAt, viewer.locale, viewer.timeZone), closes: formatDate(cohort.applicationsCloseAt, viewer.locale, viewer.timeZone) }),
  );
}

/**
 * `announce [cohort]`: typed in a team channel (mentioning Tandem) or a group chat, the call for
 * applications goes there, in the cohort's language; in the personal chat, Tandem says how.
 */
export async function announceCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer, context } = request;
  const cohort = await chooseCohort(request, rest, "announce", (c) => c.status === "draft" || c.status === "open");
  if (!cohort) return;
  const where = context.activity.conversation?.conversationType;
  if (where !== "channel" && where !== "groupChat") return request.reply(viewer.t("teams.announce.inChannel", { name: cohort.name }));
  await request.card(announcementCard(cohort, translator(cohort.locale), services.clock.now()));
}

/** `applicants [cohort]`: counts and everyone's status, and who Tandem cannot reach in Teams yet. */
export async function applicantsCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer } = request;
  const cohort = await chooseCohort(request, rest, "applicants");
  if (!cohort) return;
  const overview = await services.applications.overview(cohort);
  const unreached = await unreachedInTeams(services, await cohortPeople(request, cohort));
  await request.card(applicantsCard(overview, unreached, viewer.t, viewer.locale, viewer.timeZone));
}

async function alreadyApproved(request: TeamsRequest, cohort: Cohort): Promise<string> {
  const latest = await request.services.pairing.latestProposal(cohort.id);
  const { t, locale, timeZone } = request.viewer;
  return t("matching.alreadyApproved", { cohort: cohort.name, date: latest?.approvedAt ? formatDate(latest.approvedAt, locale, timeZone) : "—", pairs: latest?.summary.pairs ?? 0 });
}

/** `match [cohort]`: the proposal, to re-run or approve here. */
export async function matchCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer } = request;
  const cohort = await chooseCohort(request, rest, "match", (c) => c.status === "open" || c.status === "closed");
  if (!cohort) return;
  const result = await services.pairing.propose(cohort, viewer.person);
  if (!result.ok) return request.reply(result.reason === "approved" ? await alreadyApproved(request, cohort) : viewer.t("matching.noCandidates", { cohort: cohort.name }));
  const constraints = await services.pairing.constraints(cohort.id);
  await request.card(proposalCard(result.proposal, cohort, constraints, await unreachedInTeams(services, await cohortPeople(request, cohort)), viewer.t));
}

const proposalValue = z.object({ proposalId: z.string().min(1) });

async function proposalOf(request: TeamsRequest, value: Record<string, unknown>) {
  const { services, viewer } = request;
  if (!viewer.isCoordinator) {
    await request.reply(viewer.t("common.coordinatorOnly", { command: "match" }));
    return undefined;
  }
  const id = proposalValue.safeParse(value).data?.proposalId;
  const proposal = id ? await services.pairing.findProposal(id) : null;
  const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
  if (!proposal || !cohort) {
    await request.reply(viewer.t("cohorts.gone"));
    return undefined;
  }
  return { proposal, cohort };
}

function refusal(request: TeamsRequest, cohort: Cohort, reason: string): Promise<string> | string {
  const { t } = request.viewer;
  if (reason === "approved") return alreadyApproved(request, cohort);
  if (reason === "no-candidates") return t("matching.noCandidates", { cohort: cohort.name });
  if (reason === "empty") return t("matching.empty");
  return t("matching.outdated", { cohort: cohort.name });
}

/** Re-run: a new version as things stand now. */
export async function matchRerun(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const { services, viewer } = request;
  const result = await services.pairing.rerun(found.proposal.id, found.cohort, viewer.person);
  if (!result.ok) return request.reply(await refusal(request, found.cohort, result.reason));
  const constraints = await services.pairing.constraints(found.cohort.id);
  await request.card(proposalCard(result.proposal, found.cohort, constraints, await unreachedInTeams(services, await cohortPeople(request, found.cohort)), viewer.t));
}

const pairChange = z.object({ mentorId: z.string().min(1), menteeId: z.string().min(1), change: z.enum(["lock", "unlock", "exclude"]) });

/** A pair's Lock / Unlock / Exclude: each is a re-run (a new version) keeping the rest. */
export async function matchPair(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const parsed = pairChange.safeParse(value);
  if (!parsed.success) return request.reply(request.viewer.t("matching.outdated", { cohort: found.cohort.name }));
  const { services, viewer } = request;
  const { proposal, cohort } = found;
  const { mentorId, menteeId, change } = parsed.data;
  const outcome =
    change === "lock"
      ? await services.pairing.lock(proposal.id, cohort, mentorId, menteeId, viewer.person)
      : change === "exclude"
        ? await services.pairing.exclude(proposal.id, cohort, mentorId, menteeId, viewer.person)
        : await services.pairing.release(proposal.id, cohort, mentorId, menteeId, viewer.person);
  if (!outcome.ok) return request.reply(await refusal(request, cohort, outcome.reason));
  const constraints = await services.pairing.constraints(cohort.id);
  await request.card(proposalCard(outcome.proposal, cohort, constraints, await unreachedInTeams(services, await cohortPeople(request, cohort)), viewer.t));
}

/** Approve: the pairs are created and introduced (through the job queue); who cannot be reached is named. */
export async function matchApprove(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const found = await proposalOf(request, value);
  if (!found) return;
  const { services, viewer } = request;
  const { proposal, cohort } = found;
  const result = await services.pairing.approve(proposal.id, cohort, viewer.person);
  if (!result.ok) return request.reply(await refusal(request, cohort, result.reason));
  await request.reply(viewer.t("matching.approvedDone", { version: proposal.version, cohort: cohort.name, pairs: result.pairs.length, unmatched: result.unmatched }));
  const unreached = await unreachedInTeams(services, result.pairs.flatMap((p) => [p.mentorPersonId, p.menteePersonId]));
  if (unreached.length > 0) await request.reply(viewer.t("teams.unreached.introductions", { names: unreached.map((p) => p.displayName || p.userId).join(", ") }));
}

const PLAN = new Set(["plan", "generate", "generar", "planificar"]);
const LIST = new Set(["list", "lista", "listar", "ver", "show"]);

/** `plenary [cohort] [plan|list]`: the cohort's plenaries, or the plan generated at once. */
export async function plenaryCommand(request: TeamsRequest, rest: string): Promise<void> {
  const words = rest.split(/\s+/).filter(Boolean);
  const last = (words.at(-1) ?? "").toLowerCase();
  const verb = PLAN.has(last) ? "plan" : LIST.has(last) ? "list" : null;
  const cohort = await chooseCohort(request, verb ? words.slice(0, -1).join(" ") : rest, "plenary", (c) => isActive(c) && !c.isDemo);
  if (!cohort) return;
  if (verb === "plan") return generatePlan(request, cohort.id);
  const { services, viewer } = request;
  await request.card(plenaryListCard(await services.plenaries.list(cohort), viewer.t, viewer.locale, viewer.timeZone));
}

async function generatePlan(request: TeamsRequest, cohortId: string): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const result = await services.plenaries.generate(cohortId);
  if (!result.ok) {
    const cohort = result.reason === "no-dates" ? await services.cohorts.findById(cohortId) : null;
    return request.reply(cohort ? t("plenaries.noDates", { cohort: cohort.name }) : t("cohorts.gone"));
  }
  const name = result.list.cohort.name;
  const note = result.created > 0 ? t("plenaries.generated", { created: result.created, cohort: name }) : t("plenaries.alreadyPlanned", { cohort: name });
  await request.card(plenaryListCard(result.list, t, viewer.locale, viewer.timeZone, note));
}

/** "Generate plan" on the plenary card. */
export async function plenaryGenerate(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  if (!request.viewer.isCoordinator) return request.reply(request.viewer.t("common.coordinatorOnly", { command: "plenary" }));
  await generatePlan(request, z.object({ cohortId: z.string().min(1) }).safeParse(value).data?.cohortId ?? "-");
}

