import type { HelpView } from "../../../domain/commands";
import { type Translate, usageLine } from "../../../i18n";
import { SLASH_COMMAND } from "../slash-command";
import { context, divider, header, section, escapeMrkdwn, type SlackMessage } from "./text";

/** The ephemeral help message: only the commands this person may run, in their language. */
export function helpMessage(view: HelpView, t: Translate): SlackMessage {
  const prefix = `${SLASH_COMMAND} `;
  const blocks: SlackMessage["blocks"] = [];
  if (view.unknown !== undefined) {
    const unknown = t("help.unknown", { word: escapeMrkdwn(view.unknown) });
    const suggestion = view.suggestion ? ` ${t("help.suggestion", { command: `${prefix}${view.suggestion}` })}` : "";
    blocks.push(section(`${unknown}${suggestion}`));
  }
  blocks.push(header(t("help.title")), section(t("help.intro")));
  for (const group of view.sections) {
    blocks.push(divider, section(`*${t(group.audience === "coordinator" ? "help.coordinator" : "help.everyone")}*`));
    const lines = group.commands.map((command) => {
      const usage = usageLine(`${prefix}${command.name}`, command.args, t, escapeMrkdwn);
      return `\`${usage}\`\n${t(`help.commands.${command.name}`)}`;
    });
    blocks.push(section(lines.join("\n\n")));
  }
  blocks.push(context(t("help.footer", { prefix })));
  const text = view.unknown !== undefined ? t("help.unknown", { word: escapeMrkdwn(view.unknown) }) : t("help.title");
  return { text, blocks };
}
