import type { Cohort } from "../domain/cohorts/cohort";
import type { WindowChange } from "../domain/cohorts/cohort-service";
import type { Locale } from "../domain/locale";
import { formatDate, type MessageKey, type Translate } from ".";

const REFUSALS: Record<Extract<WindowChange, { ok: false }>["reason"], MessageKey> = {
  "already-open": "cohorts.alreadyOpen",
  "already-closed": "cohorts.alreadyClosed",
  "not-open-yet": "cohorts.notOpenYet",
  finished: "cohorts.finishedAlready",
  "window-over": "cohorts.windowOver",
  "date-in-past": "cohorts.dateInPast",
};

/** What opening, closing or extending a cohort's applications did, in the reader's words. */
export function windowChangeText(
  change: WindowChange,
  before: Cohort,
  t: Translate,
  locale: Locale,
  zone: string,
  escape = (s: string) => s,
): string {
  const cohort = change.ok ? change.cohort : before;
  const vars = { name: escape(cohort.name), closes: formatDate(cohort.applicationsCloseAt, locale, zone) };
  if (!change.ok) return t(REFUSALS[change.reason], vars);
  if (cohort.status === "closed") return t("cohorts.closed", vars);
  return t(before.status === "open" ? "cohorts.extended" : "cohorts.opened", vars);
}
