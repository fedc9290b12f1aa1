import type { Locale } from "../../../domain/locale";
import { PLENARY_DEFAULTS } from "../../../domain/meetings/plenaries";
import type { PlenaryList } from "../../../domain/meetings/plenary-service";
import { formatDateTime, type Translate } from "../../../i18n";
import { adaptiveCard, paragraph, submit, textBlock, title, type AdaptiveCard, type CardElement } from "./card";
import { TEAMS_ACTIONS } from "./ids";

const MAX_LISTED = 20;

/** `plenary`: the cohort's plenaries in the coordinator's zone, or the plan to generate. */
export function plenaryListCard(list: PlenaryList, t: Translate, locale: Locale, zone: string, note?: string): AdaptiveCard {
  const { cohort } = list;
  const body: CardElement[] = [...(note ? [paragraph(note)] : []), title(t("plenaries.title", { cohort: cohort.name }))];
  if (list.plenaries.length === 0) {
    const plan = { cohort: cohort.name, count: cohort.plenaryCount, days: PLENARY_DEFAULTS.intervalDays, minutes: PLENARY_DEFAULTS.durationMinutes, time: PLENARY_DEFAULTS.localTime, zone: cohort.timeZone };
    body.push(paragraph(t("plenaries.none", plan)));
    return adaptiveCard(body, [submit(t("plenaries.generateButton"), { action: TEAMS_ACTIONS.plenaryGenerate, cohortId: cohort.id }, "positive")]);
  }
  body.push(textBlock(t("plenaries.intro", { zone, people: list.people }), { isSubtle: true, size: "Small" }));
  for (const item of list.plenaries.slice(0, MAX_LISTED)) {
    const { plenary } = item;
    const lines = [t("plenaries.line", { number: plenary.number, when: formatDateTime(plenary.startsAt, locale, zone), minutes: plenary.durationMinutes })];
    if (item.running) lines.push(t("plenaries.runningLine", { attended: item.attended, people: list.people }));
    else if (item.held) lines.push(t("plenaries.heldLine", { attended: item.attended, people: list.people }));
    body.push(paragraph(lines.join("\n\n"), { separator: true }));
  }
  if (list.plenaries.length > MAX_LISTED) body.push(textBlock(t("plenaries.more", { count: list.plenaries.length - MAX_LISTED }), { isSubtle: true }));
  return adaptiveCard(body);
}
