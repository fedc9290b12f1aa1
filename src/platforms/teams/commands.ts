import { CardFactory, MessageFactory, TurnContext } from "./transport";
import { type CommandName, canRun, helpView, parseCommand } from "../../domain/commands";
import { formatTime, translator } from "../../i18n";
import type { Services } from "../../services";
import { escapeTeamsMarkdown } from "./cards/card";
import { helpCard } from "./cards/help";
import { settingsCard } from "./cards/settings";
import { applyCommand } from "./handlers/apply";
import { statusCommand } from "./handlers/status";
import { goalsCommand } from "./handlers/goals";
import { announceCommand } from "./handlers/announce";
import { applicantsCommand } from "./handlers/applicants";
import { cohortCommand } from "./handlers/cohort";
import { matchCommand } from "./handlers/match";
import { plenaryCommand } from "./handlers/plenary";
import { evaluationCommand } from "./handlers/evaluation";
import { certificateCommand, exportCommand, reportCommand } from "./handlers/reports";
import { identifyTeamsUser, mentionedPerson, type TeamsViewer } from "./identify";
import { sendToTeams, teamsText } from "./render";
import { APP_COMMANDS, type AppCommandName, isAppCommand } from "../../app/intents";
import { teamsRequest, type TeamsRequest } from "./request";
import { coordinatorChangeText, coordinatorOnly } from "../../app/refusals";

/** What may be typed in a channel or group chat, where everyone reads the answer. */
const SHARED_COMMANDS = new Set(["help", "announce"]);

/** A typed command in the bot's chat: the same words as Slack's `/mentoring …`. */
export async function handleTeamsCommand(services: Services, context: TurnContext): Promise<void> {
  const viewer = await identifyTeamsUser(services, context);
  const text = TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? "";
  const parsed = parseCommand(text.replace(/^\/?mentoring\s*/i, ""));
  const reply = (message: string) => context.sendActivity(MessageFactory.text(message));

  if (parsed.kind === "empty" || parsed.kind === "unknown") {
    const unknown = parsed.kind === "unknown" ? { word: parsed.word, suggestion: parsed.suggestion } : undefined;
    await context.sendActivity(
      MessageFactory.attachment(CardFactory.adaptiveCard(helpCard(helpView(viewer, unknown), viewer.t))),
    );
    return;
  }
  if (!canRun(parsed.spec, viewer)) {
    await reply(teamsText(coordinatorOnly(parsed.spec.name), viewer));
    return;
  }
  const { t } = viewer;
  const type = context.activity.conversation?.conversationType;
  if ((type === "channel" || type === "groupChat") && !SHARED_COMMANDS.has(parsed.spec.name)) {
    // Everything else shows someone's own data: it is answered in the personal chat only.
    await reply(t("teams.personalOnly", { command: parsed.spec.name }));
    return;
  }
  const request = teamsRequest(services, context, viewer);
  const name = parsed.spec.name;
  if (isAppCommand(name)) return sendToTeams(request, await APP_COMMANDS[name](services, viewer, parsed));
  await TEAMS_COMMANDS[name](request, parsed);
}

/** What a command handler gets: the request and the words after the command's name. */
type TeamsCommand = (request: TeamsRequest, words: { args: string[]; rest: string }) => Promise<void>;

/**
 * Every command of the table that needs Teams itself (cards of its own, files, mentions), as Teams runs
 * it; the rest are the application's (APP_COMMANDS). The names make a missing one a type error.
 */
export const TEAMS_COMMANDS = {
  help: (request) => request.card(helpCard(helpView(request.viewer), request.viewer.t)),
  settings: (request) => request.card(settingsCard(request.viewer, request.viewer.t)),
  language: async (request, { args }) => {
    const { services, viewer } = request;
    const result = await services.people.chooseLanguage(viewer.person, args[0] ?? "");
    if (!result.ok) return request.reply(viewer.t("language.invalid", { prefix: "" }));
    await request.reply(translator(services.people.localeOf(result.person), "teams")("language.changed"));
  },
  timezone: async (request, { rest }) => {
    const { services, viewer } = request;
    const now = services.clock.now();
    if (rest === "") {
      const time = formatTime(now, viewer.locale, viewer.timeZone);
      return request.reply(viewer.tEscaped("timezone.current", { zone: viewer.timeZone, time, prefix: "" }));
    }
    const result = await services.people.chooseTimeZone(viewer.person, rest);
    if (!result.ok) return request.reply(viewer.tEscaped("timezone.invalid", { zone: rest }));
    const zone = services.people.timeZoneOf(result.person);
    await request.reply(viewer.tEscaped("timezone.changed", { zone, time: formatTime(now, viewer.locale, zone) }));
  },
  admin: (request, { args }) => manageCoordinators(request.services, request.context, request.viewer, args),
  apply: (request, { rest }) => applyCommand(request, rest),
  status: (request) => statusCommand(request),
  goals: (request) => goalsCommand(request),
  cohort: (request, { args }) => cohortCommand(request, args),
  announce: (request, { rest }) => announceCommand(request, rest),
  applicants: (request, { rest }) => applicantsCommand(request, rest),
  match: (request, { rest }) => matchCommand(request, rest),
  plenary: (request, { rest }) => plenaryCommand(request, rest),
  evaluation: (request) => evaluationCommand(request),
  mydata: async (request) => void (await request.file({ kind: "mydata" }, request.viewer.t("dataRights.mydataSent"))),
  export: (request, { rest }) => exportCommand(request, rest),
  report: (request, { rest }) => reportCommand(request, rest),
  certificate: (request, { rest }) => certificateCommand(request, rest),
} satisfies Record<Exclude<CommandName, AppCommandName>, TeamsCommand>;

async function manageCoordinators(
  services: Services,
  context: TurnContext,
  viewer: TeamsViewer,
  args: string[],
): Promise<void> {
  const { t } = viewer;
  const reply = (message: string) => context.sendActivity(MessageFactory.text(message));
  const action = (args[0] ?? "").toLowerCase();
  if (action === "list") {
    const coordinators = await services.people.coordinators();
    if (coordinators.length === 0) return void (await reply(t("admin.listEmpty")));
    const lines = coordinators.map(
      // A markdown list Tandem builds: the names in it are escaped one by one.
      (p) =>
        `- ${escapeTeamsMarkdown(p.displayName || p.userId)}${services.people.isConfiguredCoordinator(p) ? ` ${t("admin.configuredTag")}` : ""}`,
    );
    return void (await reply(`${t("admin.listTitle")}\n\n${lines.join("\n")}`));
  }
  if (action !== "add" && action !== "remove") return void (await reply(t("admin.usage", { prefix: "" })));

  const mention = await mentionedPerson(context);
  if (!mention) return void (await reply(t("admin.noPerson", { prefix: "" })));
  const target = await services.people.identifyWithProfile(mention.key, { displayName: mention.name });
  const name = target.displayName || target.userId;
  const change =
    action === "add"
      ? await services.people.grantCoordinator(viewer.person, target)
      : await services.people.revokeCoordinator(viewer.person, target);
  await reply(teamsText(coordinatorChangeText(action, change, name), viewer));
}
