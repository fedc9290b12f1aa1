import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { type CommandName, canRun, helpView, parseCommand } from "../../../../domain/commands";
import { translator } from "../../../../i18n";
import type { Services } from "../../../../services";
import { isDatabaseUnavailable } from "../../../../storage/errors";
import { firstSighting, RecentKeys } from "../../middleware";
import { identifySlackUser } from "../../people";
import { commandAnswer, sendToSlack, slackText } from "../../render";
import { APP_COMMANDS, type AppCommandName, isAppCommand } from "../../../../app/intents";
import { coordinatorOnly } from "../../../../app/refusals";
import { helpMessage } from "../../views/help";
import { plainMessage } from "../../views/text";
import { manageCoordinators } from "./mentoring/admin";
import { manageCertificate } from "./mentoring/certificate";
import { openEvaluation } from "./mentoring/evaluation";
import { exportCohort } from "./mentoring/export";
import { sendMyData } from "./mentoring/mydata";
import { sendReport } from "./mentoring/report";
import { announceCohort } from "./mentoring/announce";
import { listApplicants } from "./mentoring/applicants";
import { apply } from "./mentoring/apply";
import { showGoals } from "./mentoring/goals";
import { manageCohorts } from "./mentoring/cohort";
import { matchCohort } from "./mentoring/match";
import { managePlenaries } from "./mentoring/plenary";
import { showStatus } from "./mentoring/status";
import { showHelp } from "./mentoring/help";
import { changeLanguage } from "./mentoring/language";
import type { SubcommandHandler } from "./mentoring/request";
import { openSettings } from "./mentoring/settings";
import { changeTimeZone } from "./mentoring/timezone";

/**
 * Every command of the table that needs Slack itself (modals, files, channels), as Slack runs it; the
 * rest are the application's (APP_COMMANDS). The names make a missing one a type error.
 */
export const SLACK_COMMANDS = {
  help: showHelp,
  settings: openSettings,
  language: changeLanguage,
  timezone: changeTimeZone,
  admin: manageCoordinators,
  apply,
  status: showStatus,
  cohort: manageCohorts,
  announce: announceCohort,
  applicants: listApplicants,
  match: matchCohort,
  plenary: managePlenaries,
  goals: showGoals,
  evaluation: openEvaluation,
  mydata: sendMyData,
  export: exportCohort,
  report: sendReport,
  certificate: manageCertificate,
} satisfies Record<Exclude<CommandName, AppCommandName>, SubcommandHandler>;

/** `/mentoring …`: ack at once, then work out who asks and what, and hand over to the sub-command. */
export function mentoringCommand(services: Services) {
  const seenHere = new RecentKeys();
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();
    let fallbackT = translator(services.config.defaults.locale, "slack");
    try {
      const key = `slack:command:${command.trigger_id}`;
      if (!seenHere.add(key)) return;
      const parsed = parseCommand(command.text ?? "");
      // Recording the request in the database is a write on the hot path: worth it only when a copy
      // answered by another replica would change something twice.
      const changesSomething = parsed.kind === "command" && !parsed.spec.readOnly;
      if (changesSomething && !(await firstSighting(services, key))) return;
      const viewer = await identifySlackUser(services, client, command.team_id, command.user_id);
      fallbackT = viewer.t;
      if (parsed.kind === "empty") {
        await respond({ response_type: "ephemeral", ...helpMessage(helpView(viewer), viewer.t) });
        return;
      }
      if (parsed.kind === "unknown") {
        const view = helpView(viewer, { word: parsed.word, suggestion: parsed.suggestion });
        await respond({ response_type: "ephemeral", ...helpMessage(view, viewer.t) });
        return;
      }
      if (!canRun(parsed.spec, viewer)) {
        await respond({
          response_type: "ephemeral",
          ...plainMessage(slackText(coordinatorOnly(parsed.spec.name), viewer)),
        });
        return;
      }
      const name = parsed.spec.name;
      if (isAppCommand(name)) {
        const replies = await APP_COMMANDS[name](services, viewer, parsed);
        await sendToSlack(replies, viewer, commandAnswer({ command, client, respond }));
        return;
      }
      await SLACK_COMMANDS[name]({
        viewer,
        args: parsed.args,
        rest: parsed.rest,
        command,
        client,
        respond,
        services,
      });
    } catch (error) {
      services.logger.error({ err: error, subcommand: (command.text ?? "").split(/\s+/)[0] }, "slash command failed");
      const text = fallbackT(isDatabaseUnavailable(error) ? "common.databaseUnavailable" : "common.somethingWentWrong");
      await respond({ response_type: "ephemeral", ...plainMessage(text) }).catch(() => undefined);
    }
  };
}
