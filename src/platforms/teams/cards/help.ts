import type { HelpView } from "../../../domain/commands";
import { type Translate, usageLine } from "../../../i18n";
import { adaptiveCard, escapeTeamsMarkdown, textBlock, title, type AdaptiveCard } from "./card";

/** The help card: the same commands as Slack's `/mentoring help`, typed in the bot's chat. */
export function helpCard(view: HelpView, t: Translate): AdaptiveCard {
  const body = [];
  if (view.unknown !== undefined) {
    const suggestion = view.suggestion ? ` ${t("help.suggestion", { command: view.suggestion })}` : "";
    body.push(
      textBlock(`${t("help.unknown", { word: escapeTeamsMarkdown(view.unknown) })}${suggestion}`, {
        color: "Attention",
      }),
    );
  }
  body.push(title(t("help.title")), textBlock(t("help.intro")));
  for (const group of view.sections) {
    body.push(
      textBlock(t(group.audience === "coordinator" ? "help.coordinator" : "help.everyone"), {
        weight: "Bolder",
        spacing: "Large",
        separator: true,
      }),
    );
    body.push({
      type: "FactSet",
      facts: group.commands.map((command) => ({
        title: usageLine(command.name, command.args, t, escapeTeamsMarkdown),
        value: t(`help.commands.${command.name}`),
      })),
    });
  }
  body.push(textBlock(t("help.footer", { prefix: "" }), { isSubtle: true, size: "Small" }));
  return adaptiveCard(body);
}
