import { APPLICATION_STATUSES } from "../domain/applications/application";
import type { ApplicantsOverview } from "../domain/applications/application-service";
import type { Person } from "../domain/people";
import { type Text, type TextValue, text } from "./reply";
import { type ScreenBlock, type ScreenButton, type Screen, screen } from "./screen";

export const APPLICANTS_PER_PAGE = 15;
/** Departments counted by name; the rest are in the export. */
const DEPARTMENTS_SHOWN = 12;

function who(person: Person | null): TextValue {
  if (!person) return "—";
  return { person: { userId: person.userId, name: person.displayName || person.userId, platform: person.platform } };
}

/** "Mentor 3 · Mentee 2": the counts that are not zero, or a dash. */
function counts(pairs: [Text, number][]): TextValue {
  const shown = pairs.filter(([, n]) => n > 0);
  if (shown.length === 0) return "—";
  return {
    join: shown.map(([label, n]) =>
      text("common.typed", { text: { join: [label, text("common.typed", { text: n })], with: " " } }),
    ),
    with: " · ",
  };
}

/**
 * `applicants`: counts by role, status and department, then everyone a page at a time, those
 * waiting on a sponsor with "Accept without sponsor". `unreached`: people Tandem cannot write to
 * on the reader's platform (Teams: they never opened it).
 */
export function applicantsScreen(overview: ApplicantsOverview, page: number, unreached: Person[] = []): Screen {
  const { cohort } = overview;
  const title = text("applicants.title", { cohort: cohort.name });
  if (overview.total === 0)
    return screen(title, [{ kind: "text", text: text("applicants.none", { cohort: cohort.name }) }]);
  const pages = Math.max(1, Math.ceil(overview.entries.length / APPLICANTS_PER_PAGE));
  const current = Math.min(Math.max(0, page), pages - 1);
  const entries: ScreenBlock[] = overview.entries
    .slice(current * APPLICANTS_PER_PAGE, (current + 1) * APPLICANTS_PER_PAGE)
    .map(({ application, person, sponsor, sponsorOverdue }, i) => ({
      kind: "item",
      separated: i === 0,
      text: text("common.typed", {
        text: {
          join: [
            text("common.typed", { text: who(person) }),
            text(`roles.${application.answers.role ?? "unknown"}`),
            text("common.typed", { text: application.answers.department ?? "—" }),
            text(`applications.statuses.${application.status}`),
          ],
          with: " · ",
        },
      }),
      note: sponsorOverdue
        ? text("applicants.sponsorOverdue", { sponsor: who(sponsor), date: { date: application.sponsorRemindedAt! } })
        : application.status === "awaiting_sponsor"
          ? text("applicants.sponsorPending", { sponsor: who(sponsor) })
          : undefined,
      button:
        application.status === "awaiting_sponsor" || application.status === "declined"
          ? {
              action: "applicants.override",
              label: text("applicants.overrideButton"),
              data: { applicationId: application.id },
              confirm: {
                title: text("applicants.overrideConfirmTitle"),
                text: text("applicants.overrideConfirmText", { name: person?.displayName || "—" }),
                yes: text("applicants.overrideConfirm"),
                no: text("applicants.overrideDeny"),
              },
            }
          : undefined,
    }));
  const pageButton = (label: Text, target: number): ScreenButton => ({
    action: "applicants.page",
    label,
    data: { cohortId: cohort.id, page: String(target) },
    tag: String(target),
  });
  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "lines",
      lines: [
        text("applicants.total", { total: overview.total }),
        text("applicants.byRole", {
          list: counts(
            (["mentor", "mentee", "both", "unknown"] as const).map((r) => [text(`roles.${r}`), overview.byRole[r]]),
          ),
        }),
        text("applicants.byStatus", {
          list: counts(
            APPLICATION_STATUSES.flatMap((s) => {
              const n = overview.byStatus[s];
              return n === undefined ? [] : [[text(`applications.statuses.${s}`), n] as [Text, number]];
            }),
          ),
        }),
        text("applicants.byDepartment", {
          list: counts(
            overview.byDepartment
              .slice(0, DEPARTMENTS_SHOWN)
              .map((d) => [text("common.typed", { text: d.department }), d.count]),
          ),
        }),
      ],
    },
    unreached.length > 0 && {
      kind: "text",
      text: text("teams.unreached.line", { names: unreached.map((p) => p.displayName || p.userId).join(", ") }),
      separated: true,
    },
    unreached.length > 0 && { kind: "text", text: text("teams.unreached.hint"), subtle: true },
    ...entries,
    pages > 1 && { kind: "text", text: text("applicants.page", { page: current + 1, pages }), subtle: true },
    pages > 1 && {
      kind: "buttons",
      buttons: [
        ...(current > 0 ? [pageButton(text("applicants.previous"), current - 1)] : []),
        ...(current < pages - 1 ? [pageButton(text("applicants.next"), current + 1)] : []),
      ],
    },
  ]);
}
