import { stringify } from "csv-stringify/sync";
import type { Locale } from "../domain/locale";
import type { CohortExport } from "../domain/reporting/cohort-export";
import { formatDateTime, type Translate } from "../i18n";

/** Spreadsheets run cells that start like a formula; a leading apostrophe keeps them text. */
export function safeCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** Rows as a CSV Excel opens with accents intact (UTF-8 with a byte-order mark). */
export function csvFile(rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${stringify(rows.map((row) => row.map(safeCell)))}`;
}

export type ExportFile = "applications" | "pairs" | "sessions" | "attendance" | "evaluations";

/** The cohort's records, one CSV per table, headed in the reader's language, dates in their zone. */
export function cohortExportCsv(
  data: CohortExport,
  t: Translate,
  locale: Locale,
  zone: string,
): Record<ExportFile, string> {
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, zone) : "");
  const col = (key: Parameters<typeof columnKey>[0]) => t(columnKey(key));
  const yesNo = (value: boolean) => (value ? t("exports.yes") : t("exports.no"));
  return {
    applications: csvFile([
      [col("name"), col("role"), col("department"), col("jobTitle"), col("status"), col("submittedAt")],
      ...data.applications.map((a) => [a.name, a.role, a.department, a.jobTitle, a.status, when(a.submittedAt)]),
    ]),
    pairs: csvFile([
      [
        col("mentor"),
        col("mentee"),
        col("status"),
        col("held"),
        col("due"),
        col("lastHeldAt"),
        col("nextAt"),
        col("atRisk"),
      ],
      ...data.pairs.map((p) => [
        p.mentor,
        p.mentee,
        p.status,
        p.held,
        p.due,
        when(p.lastHeldAt),
        when(p.nextAt),
        p.atRisk,
      ]),
    ]),
    sessions: csvFile([
      [col("mentor"), col("mentee"), col("startsAt"), col("status")],
      ...data.sessions.map((s) => [s.mentor, s.mentee, when(s.startsAt), s.status]),
    ]),
    attendance: csvFile([
      [col("plenary"), col("startsAt"), col("name"), col("attended")],
      ...data.attendance.map((a) => [a.plenary, when(a.startsAt), a.name, yesNo(a.attended)]),
    ]),
    evaluations: csvFile([
      [
        col("kind"),
        col("role"),
        col("name"),
        col("submittedAt"),
        col("satisfaction"),
        col("objectiveProgress"),
        col("recommend"),
        col("learned"),
        col("stillNeeded"),
        col("comments"),
        col("skills"),
      ],
      ...data.evaluations.map((e) => [
        e.kind,
        e.role,
        e.name,
        when(e.submittedAt),
        e.satisfaction,
        e.objectiveProgress,
        e.recommend,
        e.learned,
        e.stillNeeded,
        e.comments,
        e.skills,
      ]),
    ]),
  };
}

type Column =
  | "name"
  | "role"
  | "department"
  | "jobTitle"
  | "status"
  | "submittedAt"
  | "mentor"
  | "mentee"
  | "held"
  | "due"
  | "lastHeldAt"
  | "nextAt"
  | "atRisk"
  | "startsAt"
  | "plenary"
  | "attended"
  | "kind"
  | "satisfaction"
  | "objectiveProgress"
  | "recommend"
  | "learned"
  | "stillNeeded"
  | "comments"
  | "skills";
function columnKey(column: Column) {
  return `exports.columns.${column}` as const;
}
