import { z } from "zod";
import type { MessageKey } from "../../../i18n";
import { statusCard } from "../cards/application";
import type { TeamsRequest } from "../request";

/** `status`: where each of the person's applications stands, with Edit / Withdraw while open. */
export async function statusCommand(request: TeamsRequest): Promise<void> {
  const { services, viewer } = request;
  const entries = await services.applications.forPerson(viewer.person.id);
  if (entries.length === 0) return request.reply(viewer.t("applications.none"));
  const sponsors = await services.people.byIds(
    entries.flatMap((e) => (e.application.sponsorPersonId ? [e.application.sponsorPersonId] : [])),
  );
  const items = entries.map(({ application, cohort }) => ({
    application,
    cohort,
    sponsor: application.sponsorPersonId ? (sponsors.get(application.sponsorPersonId) ?? null) : null,
  }));
  await request.card(statusCard(items, viewer.t, viewer.locale, viewer.timeZone, services.clock.now()));
}

const REFUSALS: Record<string, MessageKey> = {
  "not-yours": "apply.notYours",
  "window-closed": "applications.cannotWithdraw",
  "already-withdrawn": "applications.alreadyWithdrawn",
  matched: "applications.cannotWithdraw",
};

/** Withdraw: the application leaves the cohort (it can be taken up again while the window is open). */
export async function withdrawApplication(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const { services, viewer } = request;
  const id = z.object({ applicationId: z.string().min(1) }).safeParse(value);
  const result = await services.applications.withdraw(viewer.person, id.success ? id.data.applicationId : "-");
  if (!result.ok) return request.reply(viewer.t(REFUSALS[result.reason]!));
  const cohort = await services.cohorts.findById(result.application.cohortId);
  await request.reply(viewer.tEscaped("applications.withdrawn", { cohort: cohort?.name ?? "" }));
}
