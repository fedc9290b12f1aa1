import { formatTime } from "../../../../../i18n";
import { SLASH_COMMAND } from "../../../slash-command";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

export async function changeTimeZone({ viewer, rest, respond, services }: CommandRequest): Promise<void> {
  const { t, locale } = viewer;
  const now = services.clock.now();
  if (rest === "") {
    const zone = viewer.timeZone;
    const text = t("timezone.current", { zone, time: formatTime(now, locale, zone), prefix: `${SLASH_COMMAND} ` });
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
    return;
  }
  const result = await services.people.chooseTimeZone(viewer.person, rest);
  if (!result.ok) {
    await respond({ response_type: "ephemeral", ...plainMessage(viewer.tEscaped("timezone.invalid", { zone: rest })) });
    return;
  }
  const zone = services.people.timeZoneOf(result.person);
  await respond({
    response_type: "ephemeral",
    ...plainMessage(t("timezone.changed", { zone, time: formatTime(now, locale, zone) })),
  });
}
