import { fieldErrorKey } from "../../../app/refusals";
import { sendToTeams, teamsText } from "../render";
import { changeWindow, finishCohort } from "../../../app/cohorts";
import { coordinatorRefusal } from "../../../app/gate";
import { z } from "zod";
import { cohortAction, REMOVE_WORDS } from "../../../domain/command-words";
import { defaultCohortSettings } from "../../../domain/cohorts/cohort";
import {
  cohortForm,
  formValuesFrom,
  settingsFromForm,
  type CohortFormDefaults,
} from "../../../domain/cohorts/cohort-form";
import { validateForm } from "../../../domain/forms";
import { starterSkills } from "../../../domain/skills-catalogue";
import { formatDate } from "../../../i18n";
import { textOf } from "../cards/card";
import { cohortFormCard } from "../cards/cohort";
import { cohortDetailsScreen, cohortListScreen } from "../../../app/cohorts-screen";
import { teamsScreen } from "../render-screen";
import { chooseCohort } from "../cohort-choice";
import { cohortPeopleIds, unreachedInTeams } from "../reach";
import type { TeamsRequest } from "../request";
import { cohortStatusCommand } from "./reports";

/** `cohort new|list|show|edit|open|close|extend|demo`: the coordinator's cohorts. */
export async function cohortCommand(request: TeamsRequest, args: string[]): Promise<void> {
  const { services, viewer } = request;
  const { t, tEscaped, locale, timeZone } = viewer;
  const action = cohortAction(args[0]);
  const words = args.slice(1);
  switch (action) {
    case undefined:
      return request.reply(t("cohorts.usage"));
    case "new":
      return request.card(
        cohortFormCard(formValuesFrom(defaultCohortSettings(services.clock.now(), timeZone, locale)), t),
      );
    case "list": {
      const cohorts = await services.cohorts.list();
      if (cohorts.length === 0) return request.reply(t("cohorts.none"));
      const lines = await Promise.all(
        cohorts.map(async (cohort) => ({
          cohort,
          applications: (await services.applications.listByCohort(cohort.id)).length,
        })),
      );
      return request.card(teamsScreen(cohortListScreen(lines), viewer));
    }
    case "show":
    case "edit": {
      const cohort = await chooseCohort(request, words.join(" "), `cohort ${args[0]}`);
      if (!cohort) return;
      if (action === "edit") return request.card(cohortFormCard(formValuesFrom(cohort), t, cohort.id));
      const applications = await services.applications.listByCohort(cohort.id);
      const unreached = await unreachedInTeams(services, await cohortPeopleIds(request.services, cohort));
      return request.card(teamsScreen(cohortDetailsScreen(cohort, applications.length, unreached), viewer));
    }
    case "open":
    case "close":
    case "extend":
      return sendToTeams(request, await changeWindow(services, viewer, action, args[0] ?? action, words));
    case "status":
      return cohortStatusCommand(request, args[0] ?? action, words);
    case "finish":
      return sendToTeams(request, await finishCohort(services, viewer, args[0] ?? action, words));
    case "demo": {
      if (REMOVE_WORDS.has((words[0] ?? "").toLowerCase())) {
        const removed = await services.demo.removeAll();
        if (removed.length === 0) return request.reply(t("cohorts.demoNone"));
        return request.reply(
          tEscaped("cohorts.demoRemoved", { count: removed.length, names: removed.map((c) => c.name).join(", ") }),
        );
      }
      const demo = await services.demo.create(
        viewer.person,
        t("cohorts.demoName", { date: formatDate(services.clock.now(), locale, timeZone) }),
        timeZone,
        locale,
      );
      return request.reply(
        tEscaped("cohorts.demoCreated", {
          name: demo.cohort.name,
          total: demo.mentors + demo.mentees + demo.both,
          mentors: demo.mentors,
          mentees: demo.mentees,
          both: demo.both,
        }),
      );
    }
  }
}

/** Edit (from `cohort show`): the form with the cohort's settings. */
export async function cohortEdit(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const refused = coordinatorRefusal(request.viewer, "cohort.manage", "cohort");
  if (refused) return request.reply(teamsText(refused, request.viewer));
  const cohortId = z.object({ cohortId: z.string().min(1) }).safeParse(value).data?.cohortId;
  const cohort = cohortId ? await request.services.cohorts.findById(cohortId) : null;
  if (!cohort) return request.reply(request.viewer.t("cohorts.gone"));
  await request.card(cohortFormCard(formValuesFrom(cohort), request.viewer.t, cohort.id));
}

const FORM_FIELDS: (keyof CohortFormDefaults)[] = [
  "name",
  "objective",
  "learningObjectives",
  "focusAreas",
  "mode",
  "locale",
  "timeZone",
  "applicationsOpen",
  "applicationsClose",
  "startsOn",
  "endsOn",
  "cadenceDays",
  "minSessions",
  "sessionMinutes",
  "plenaryCount",
  "attendanceThreshold",
  "competences",
  "tools",
];

/** The cohort card's Create / Save: mistakes under their fields with what was typed, else saved. */
export async function cohortSaved(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const refused = coordinatorRefusal(viewer, "cohort.manage", "cohort");
  if (refused) return request.reply(teamsText(refused, viewer));
  const typed: Record<string, unknown> = {};
  for (const key of FORM_FIELDS) typed[key] = textOf(value[key]) ?? "";
  for (const flag of ["sponsorRequired", "allowMultipleMentees", "avoidSameDepartment"] as const)
    typed[flag] = value[flag] === true || value[flag] === "true";
  const cohortId = textOf(value.cohortId) || undefined;
  const existing = cohortId ? await services.cohorts.findById(cohortId) : null;
  if (cohortId && !existing) return request.reply(t("cohorts.gone"));
  const again = (errors: { field: string; message: string }[]) => {
    const messages: Record<string, string> = {};
    for (const error of errors)
      messages[error.field] = t(fieldErrorKey(error), { zone: String(typed.timeZone ?? ""), prefix: "" });
    return request.card(cohortFormCard(typed as unknown as CohortFormDefaults, t, cohortId, messages));
  };
  const form = validateForm(cohortForm, typed);
  if (!form.ok) return again(form.errors);
  // A new cohort's skills keep the starter catalogue's ids where the names match (either language).
  const settings = settingsFromForm(form.value, existing?.skills ?? [...starterSkills("es"), ...starterSkills("en")]);
  const saved = existing
    ? await services.cohorts.update(existing.id, settings)
    : await services.cohorts.create(viewer.person, settings);
  if (!saved.ok) return again(saved.errors);
  const { cohort } = saved;
  await request.reply(
    existing
      ? viewer.tEscaped("cohorts.updated", { name: cohort.name })
      : viewer.tEscaped("cohorts.created", {
          name: cohort.name,
          opens: formatDate(cohort.applicationsOpenAt, viewer.locale, viewer.timeZone),
          closes: formatDate(cohort.applicationsCloseAt, viewer.locale, viewer.timeZone),
        }),
  );
}
