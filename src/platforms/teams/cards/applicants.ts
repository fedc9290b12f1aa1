import { APPLICATION_STATUSES } from "../../../domain/applications/application";
import type { ApplicantsOverview } from "../../../domain/applications/application-service";
import type { Locale } from "../../../domain/locale";
import type { Person } from "../../../domain/people";
import { formatDate, type Translate } from "../../../i18n";
import {
  adaptiveCard,
  escapeTeamsMarkdown,
  paragraph,
  textBlock,
  title,
  type AdaptiveCard,
  type CardElement,
} from "./card";
import { unreachedLines } from "./unreached";

const APPLICANTS_SHOWN = 40;

/** `applicants`: counts by role, status and department, then everyone, and who Tandem cannot reach in Teams. */
export function applicantsCard(
  overview: ApplicantsOverview,
  unreached: Person[],
  t: Translate,
  locale: Locale,
  zone: string,
): AdaptiveCard {
  const { cohort } = overview;
  if (overview.total === 0)
    return adaptiveCard([paragraph(t("applicants.none", { cohort: escapeTeamsMarkdown(cohort.name) }))]);
  const who = (p: Person | null) => (p ? escapeTeamsMarkdown(p.displayName || p.userId) : "—");
  const list = (pairs: [string, number][]) =>
    pairs
      .filter(([, n]) => n > 0)
      .map(([label, n]) => `${label} ${n}`)
      .join(" · ") || "—";
  const body: CardElement[] = [
    title(t("applicants.title", { cohort: escapeTeamsMarkdown(cohort.name) })),
    paragraph(
      [
        t("applicants.total", { total: overview.total }),
        t("applicants.byRole", {
          list: list(
            (["mentor", "mentee", "both", "unknown"] as const).map((r) => [t(`roles.${r}`), overview.byRole[r]]),
          ),
        }),
        t("applicants.byStatus", {
          list: list(
            APPLICATION_STATUSES.flatMap((s) => {
              const n = overview.byStatus[s];
              return n === undefined ? [] : [[t(`applications.statuses.${s}`), n] as const];
            }),
          ),
        }),
        t("applicants.byDepartment", {
          list: list(overview.byDepartment.slice(0, 12).map((d) => [escapeTeamsMarkdown(d.department), d.count])),
        }),
      ].join("\n\n"),
    ),
    ...unreachedLines(unreached, t),
  ];
  for (const entry of overview.entries.slice(0, APPLICANTS_SHOWN)) {
    const { application } = entry;
    let line = [
      who(entry.person),
      t(`roles.${application.answers.role ?? "unknown"}`),
      escapeTeamsMarkdown(application.answers.department ?? "—"),
      t(`applications.statuses.${application.status}`),
    ].join(" · ");
    if (entry.sponsorOverdue)
      line += `\n\n${t("applicants.sponsorOverdue", { sponsor: who(entry.sponsor), date: formatDate(application.sponsorRemindedAt!, locale, zone) })}`;
    else if (application.status === "awaiting_sponsor")
      line += `\n\n${t("applicants.sponsorPending", { sponsor: who(entry.sponsor) })}`;
    body.push(paragraph(line, { separator: true }));
  }
  if (overview.entries.length > APPLICANTS_SHOWN)
    body.push(textBlock(`… +${overview.entries.length - APPLICANTS_SHOWN}`, { isSubtle: true }));
  return adaptiveCard(body);
}
