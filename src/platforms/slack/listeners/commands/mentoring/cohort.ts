import { changeWindow, finishCohort } from "../../../../../app/cohorts";
import { cohortStatus } from "../../../../../app/status";
import { commandAnswer, sendToSlack } from "../../../render";
import { defaultCohortSettings } from "../../../../../domain/cohorts/cohort";
import { cohortAction, REMOVE_WORDS } from "../../../../../domain/command-words";
import { formValuesFrom } from "../../../../../domain/cohorts/cohort-form";
import { formatDate } from "../../../../../i18n";
import { chooseCohort } from "../../../cohort-choice";
import { showCohortStatus } from "../../../cohort-status-flow";
import { cohortModal } from "../../../views/cohort-modal";
import { cohortDetailsScreen, cohortListScreen } from "../../../../../app/cohorts-screen";
import { slackScreen } from "../../../render-screen";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring cohort new|list|show|edit|open|close|extend|demo`: the coordinator's cohorts. */
export async function manageCohorts(request: CommandRequest): Promise<void> {
  const { viewer, args, services, client, command, respond } = request;
  const { t, locale, timeZone } = viewer;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  const action = cohortAction(args[0]);
  const answer = commandAnswer({ command, client, respond });
  const words = args.slice(1);

  switch (action) {
    case undefined:
      return reply(t("cohorts.usage"));
    case "new": {
      const defaults = defaultCohortSettings(services.clock.now(), timeZone, locale);
      await client.views.open({ trigger_id: command.trigger_id, view: cohortModal(formValuesFrom(defaults), t) });
      return;
    }
    case "list": {
      const cohorts = await services.cohorts.list();
      const lines = await Promise.all(
        cohorts.map(async (cohort) => ({
          cohort,
          applications: (await services.applications.listByCohort(cohort.id)).length,
        })),
      );
      await respond({ response_type: "ephemeral", ...slackScreen(cohortListScreen(lines), viewer) });
      return;
    }
    case "show":
    case "edit": {
      const cohort = await chooseCohort(services, viewer, words.join(" "), `cohort ${args[0]}`, reply);
      if (!cohort) return;
      if (action === "edit") {
        await client.views.open({
          trigger_id: command.trigger_id,
          view: cohortModal(formValuesFrom(cohort), t, cohort.id),
        });
        return;
      }
      const applications = (await services.applications.listByCohort(cohort.id)).length;
      await respond({ response_type: "ephemeral", ...slackScreen(cohortDetailsScreen(cohort, applications), viewer) });
      return;
    }
    case "open":
    case "close":
    case "extend":
      return sendToSlack(await changeWindow(services, viewer, action, args[0] ?? action, words), viewer, answer);
    case "finish":
      return sendToSlack(await finishCohort(services, viewer, args[0] ?? action, words), viewer, answer);
    case "demo": {
      if (REMOVE_WORDS.has((words[0] ?? "").toLowerCase())) {
        const removed = await services.demo.removeAll();
        if (removed.length === 0) return reply(t("cohorts.demoNone"));
        return reply(
          viewer.tEscaped("cohorts.demoRemoved", {
            count: removed.length,
            names: removed.map((c) => c.name).join(", "),
          }),
        );
      }
      const baseName = t("cohorts.demoName", { date: formatDate(services.clock.now(), locale, timeZone) });
      const demo = await services.demo.create(viewer.person, baseName, timeZone, locale);
      const total = demo.mentors + demo.mentees + demo.both;
      return reply(
        viewer.tEscaped("cohorts.demoCreated", {
          name: demo.cohort.name,
          total,
          mentors: demo.mentors,
          mentees: demo.mentees,
          both: demo.both,
        }),
      );
    }
    case "status":
      return showCohortStatus(
        await cohortStatus(services, viewer, args[0] ?? action, words),
        viewer,
        client,
        command.user_id,
        (message) => respond({ response_type: "ephemeral", ...message }),
      );
  }
}
