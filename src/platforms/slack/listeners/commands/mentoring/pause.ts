import { pauseEndOf } from "../../../../../domain/meetings/pause";
import { formatDate } from "../../../../../i18n";
import { pairForViewer } from "../../../rhythm-flow";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

const RESUME = new Set(["resume", "reanudar", "seguir", "off"]);

/** `/mentoring pause YYYY-MM-DD` (until the end of that day, in your zone) or `pause resume`. */
export async function pausePair(request: CommandRequest): Promise<void> {
  const { viewer, args, services, respond } = request;
  const { t } = viewer;
  const reply = (text: string) => respond({ response_type: "ephemeral", ...plainMessage(text) });
  const word = (args[0] ?? "").toLowerCase();
  const date = pauseEndOf(word, viewer.timeZone);
  if (!RESUME.has(word) && !date) return void (await reply(t("rhythm.pause.usage")));
  const found = await pairForViewer(services, viewer);
  if (!found.ok) return void (await respond({ response_type: "ephemeral", ...found.message }));
  const until = RESUME.has(word) ? null : date;
  const result = await services.meetings.pause(viewer.person, found.context.pair.id, until);
  if (!result.ok) return void (await reply(t(result.reason === "not-partner" ? "rhythm.notPartner" : result.reason)));
  const partner = found.context.partner.displayName;
  await reply(
    until
      ? viewer.tEscaped("rhythm.pause.paused", { until: formatDate(until, viewer.locale, viewer.timeZone), partner })
      : viewer.tEscaped("rhythm.pause.resumed", { partner }),
  );
}
