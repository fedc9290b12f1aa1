import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { type CommandName, canRun, helpView, parseCommand } from "../../../../domain/commands";
import { translator } from "../../../../i18n";
import type { Services } from "../../../../services";
import { isDatabaseUnavailable } from "../../../../storage/errors";
import { firstSighting, RecentKeys } from "../../middleware";
import { identifySlackUser } from "../../people";
import { slackText } from "../../render";
import { coordinatorOnly } from "../../../../app/refusals";
import { helpMessage } from "../../views/help";
import { plainMessage } from "../../views/text";
import { manageCoordinators } from "./mentoring/admin";
import { showAudit } from "./mentoring/audit";
import { manageCertificate } from "./mentoring/certificate";
import { openEvaluation } from "./mentoring/evaluation";
import { exportCohort } from "./mentoring/export";
import { leaveProgramme } from "./mentoring/leave";
import { sendMyData } from "./mentoring/mydata";
import { sendReport } from "./mentoring/report";
import { announceCohort } from "./mentoring/announce";
import { listApplicants } from "./mentoring/applicants";
import { apply } from "./mentoring/apply";
import { showGoals } from "./mentoring/goals";
import { manageCohorts } from "./mentoring/cohort";
import { listActionItems } from "./mentoring/actions";
import { matchCohort } from "./mentoring/match";
import { managePlenaries } from "./mentoring/plenary";
import { pausePair } from "./mentoring/pause";
import { manageSessions } from "./mentoring/session";
import { askForSupport } from "./mentoring/support";
import { showStatus } from "./mentoring/status";
import { showHelp } from "./mentoring/help";
import { changeLanguage } from "./mentoring/language";
import type { SubcommandHandler } from "./mentoring/request";
import { openSettings } from "./mentoring/settings";
import { changeTimeZone } from "./mentoring/timezone";

/** Every command of the table, as Slack runs it (the table's names make a missing one a type error). */
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
  session: manageSessions,
  actions: listActionItems,
  pause: pausePair,
  support: askForSupport,
  evaluation: openEvaluation,
  mydata: sendMyData,
  leave: leaveProgramme,
  export: exportCohort,
  report: sendReport,
  certificate: manageCertificate,
  audit: showAudit,
} satisfies Record<CommandName, SubcommandHandler>;

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
      await SLACK_COMMANDS[parsed.spec.name]({
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
