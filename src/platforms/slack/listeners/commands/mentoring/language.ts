import { translator } from "../../../../../i18n";
import { SLASH_COMMAND } from "../../../slash-command";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

export async function changeLanguage({ viewer, args, respond, services }: CommandRequest): Promise<void> {
  const result = await services.people.chooseLanguage(viewer.person, args[0] ?? "");
  if (!result.ok) {
    await respond({
      response_type: "ephemeral",
      ...plainMessage(viewer.t("language.invalid", { prefix: `${SLASH_COMMAND} ` })),
    });
    return;
  }
  const t = translator(services.people.localeOf(result.person), "slack");
  await respond({ response_type: "ephemeral", ...plainMessage(t("language.changed")) });
}
