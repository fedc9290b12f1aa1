import { plenaryCheckInRefusal } from "../../../i18n/plenary-text";
import { z } from "zod";
import type { TeamsRequest } from "../request";

/** "I'm here" under a plenary's start: attendance while it is on; otherwise why not. */
export async function plenaryCheckIn(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const plenaryId = z.object({ plenaryId: z.string().min(1) }).safeParse(value).data?.plenaryId ?? "-";
  const result = await services.plenaries.checkIn(viewer.person, plenaryId);
  if (result.ok)
    return request.reply(
      viewer.tEscaped(result.already ? "plenaries.alreadyCheckedIn" : "plenaries.checkedIn", {
        number: result.plenary.number,
        cohort: result.cohort.name,
      }),
    );
  const text = plenaryCheckInRefusal(result, t, viewer.locale, viewer.timeZone);
  await request.reply(text);
}
