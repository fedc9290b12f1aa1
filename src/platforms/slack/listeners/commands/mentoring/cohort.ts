import { slackText } from "../../../render";
import { finishRefusal } from "../../../../../app/refusals";
import { defaultCohortSettings, type Cohort } from "../../../../../domain/cohorts/cohort";
import { cohortAction, REMOVE_WORDS } from "../../../../../domain/command-words";
import { formValuesFrom } from "../../../../../domain/cohorts/cohort-form";
import { formatDate } from "../../../../../i18n";
import { windowChangeText } from "../../../../../i18n/cohort-text";
import { chooseCohort } from "../../../cohort-choice";
import { showCohortStatus } from "../../../cohort-status-flow";
import { cohortModal } from "../../../views/cohort-modal";
import { cohortDetailsMessage, cohortListMessage } from "../../../views/cohorts";
import { escapeMrkdwn, plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `/mentoring cohort new|list|show|edit|open|close|extend|demo`: the coordinator's cohorts. */
export async function manageCohorts(request: CommandRequest): Promise<void> {
  const { viewer, args, services, client, command, respond } = request;
  const { t, locale, timeZone } = viewer;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  const action = cohortAction(args[0]);
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
      await respond({ response_type: "ephemeral", ...cohortListMessage(lines, t, locale, timeZone) });
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
      await respond({ response_type: "ephemeral", ...cohortDetailsMessage(cohort, applications, t, locale, timeZone) });
      return;
    }
    case "open":
    case "close": {
      const accept = (c: Cohort) =>
        action === "open" ? c.status === "draft" || c.status === "closed" : c.status === "open";
      const cohort = await chooseCohort(services, viewer, words.join(" "), `cohort ${args[0]}`, reply, accept);
      if (!cohort) return;
      const change =
        action === "open"
          ? await services.cohorts.openApplications(viewer, cohort.id)
          : await services.cohorts.closeApplications(viewer, cohort.id);
      return reply(windowChangeText(change, cohort, t, locale, timeZone, escapeMrkdwn));
    }
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
    case "status": {
      const cohort = await chooseCohort(
        services,
        viewer,
        words.join(" "),
        `cohort ${args[0]}`,
        reply,
        (c) => !c.isDemo,
      );
      if (!cohort) return;
      await showCohortStatus(
        services,
        viewer,
        client,
        cohort,
        command.user_id,
        async (message) => void (await respond({ response_type: "ephemeral", ...message })),
      );
      return;
    }
    case "finish": {
      const cohort = await chooseCohort(
        services,
        viewer,
        words.join(" "),
        `cohort ${args[0]}`,
        reply,
        (c) => !c.finishedAt && !c.isDemo,
      );
      if (!cohort) return;
      const result = await services.reporting.finish(cohort, viewer.person);
      if (!result.ok) return reply(slackText(finishRefusal(result.reason, cohort.name), viewer));
      return reply(viewer.tEscaped("cohortStatus.finished", { cohort: cohort.name, count: result.participants }));
    }
    case "extend": {
      const date = words.at(-1) ?? "";
      const name = ISO_DATE.test(date) ? words.slice(0, -1).join(" ") : words.join(" ");
      const cohort = await chooseCohort(
        services,
        viewer,
        name,
        `cohort ${args[0]}`,
        reply,
        (c) => c.status === "draft" || c.status === "open" || c.status === "closed",
      );
      if (!cohort) return;
      if (!ISO_DATE.test(date)) return reply(viewer.tEscaped("cohorts.extendUsage", { name: cohort.name }));
      return reply(
        windowChangeText(
          await services.cohorts.extendApplications(viewer, cohort.id, date),
          cohort,
          t,
          locale,
          timeZone,
          escapeMrkdwn,
        ),
      );
    }
  }
}
