import type { Locale } from "../domain/locale";
import { ANONYMOUS_MIN_PEOPLE, type EvaluationResults } from "../domain/evaluation/evaluation-results";
import { missingRequirements } from "../domain/reporting/certificates";
import type { ReportData } from "../domain/reporting/reporting-service";
import { formatDate, translator } from "../i18n";
import { renderPdf } from "./pdf";

const one = (value: number | null) => (value === null ? "—" : value.toFixed(1));
const signed = (value: number) => `${value >= 0 ? "+" : ""}${value.toFixed(1)}`;

/**
 * The coordinator's final report, in the cohort's language: figures, the chart, the questionnaires'
 * results per role, learning measured per skill, and what people wrote (names only where the
 * cohort allows). Built from counts and answers; session notes are not an input.
 */
export function cohortReportPdf(data: ReportData, chartPng: Buffer | null, now: Date): Promise<Buffer> {
  const { overview } = data;
  const { cohort } = overview;
  const locale: Locale = cohort.locale;
  const t = translator(locale);
  const date = (d: Date) => formatDate(d, locale, cohort.timeZone);
  const eligible = overview.participants.filter((p) => missingRequirements(p).length === 0).length;

  return renderPdf((doc) => {
    doc.info.Title = `${t("report.title")} · ${cohort.name}`;
    doc.font("Helvetica-Bold").fontSize(22).text(t("report.title"));
    doc.fontSize(16).text(cohort.name);
    doc
      .font("Helvetica")
      .fontSize(10)
      .fillColor("#555")
      .text(t("report.dates", { start: date(cohort.startsAt), end: date(cohort.endsAt) }));
    doc.text(t("report.generated", { date: date(now) }));
    doc
      .fillColor("black")
      .moveDown()
      .fontSize(11)
      .text(t("report.objective", { objective: cohort.objective }));

    doc.moveDown().font("Helvetica-Bold").fontSize(14).text(t("report.figures"));
    doc.font("Helvetica").fontSize(11);
    for (const line of [
      t("report.applicants", { total: overview.applicantsTotal }),
      t("report.pairs", { count: overview.pairs.length }),
      t("report.sessions", { held: overview.sessionsHeld, due: overview.sessionsDue, min: cohort.minSessions }),
      overview.attendanceRate === null
        ? t("report.attendanceNone")
        : t("report.attendance", { rate: overview.attendanceRate, held: overview.plenaries.length }),
      t("report.atRisk", { count: overview.atRisk.length }),
      t("report.certificates", { eligible, participants: overview.participants.length }),
    ]) {
      doc.text(`• ${line}`);
    }
    if (chartPng) {
      doc.moveDown();
      doc.image(chartPng, { fit: [480, 300] });
    }

    for (const results of [data.pulse, data.final]) {
      doc.addPage();
      evaluationSection(doc, results, data, t);
    }
    doc.moveDown().fontSize(9).fillColor("#555").text(t("report.privacy"));
  });
}

function evaluationSection(
  doc: PDFKit.PDFDocument,
  results: EvaluationResults,
  data: ReportData,
  t: ReturnType<typeof translator>,
): void {
  doc
    .fillColor("black")
    .font("Helvetica-Bold")
    .fontSize(14)
    .text(t(`report.evaluationTitle.${results.kind}`));
  doc
    .font("Helvetica")
    .fontSize(11)
    .text(t("report.responses", { answered: results.answered, asked: results.asked, rate: results.responseRate }));
  if (results.answered === 0) {
    doc.moveDown().text(t("report.noAnswers"));
    return;
  }
  doc.moveDown();
  table(
    doc,
    [t("report.role"), t("report.satisfaction"), t("report.objectiveProgress"), t("report.recommend")],
    (["mentor", "mentee", "all"] as const).map((role) => {
      const f = results.roles[role];
      return [
        `${t(`report.roles.${role}`)} (${f.answered})`,
        one(f.satisfaction),
        one(f.objectiveProgress),
        `${f.recommend.yes} / ${f.recommend.maybe} / ${f.recommend.no}`,
      ];
    }),
    [150, 100, 100, 130],
  );

  if (results.kind === "final") {
    doc.moveDown().font("Helvetica-Bold").fontSize(12).text(t("report.skillsTitle"));
    doc.font("Helvetica").fontSize(10);
    if (results.skills.length === 0 && results.skillsHidden === 0) doc.text(t("report.noSkills"));
    if (results.skillsHidden > 0)
      doc.text(t("report.skillsHidden", { count: results.skillsHidden, min: ANONYMOUS_MIN_PEOPLE }));
    if (results.skills.length > 0)
      table(
        doc,
        [
          t("report.skill"),
          t("report.role"),
          t("report.people"),
          t("report.before"),
          t("report.after"),
          t("report.change"),
        ],
        results.skills.map((s) => [
          s.skillName,
          t(`report.roles.${s.role}`),
          String(s.people),
          one(s.before),
          one(s.after),
          signed(s.change),
        ]),
        [170, 80, 55, 55, 55, 65],
      );
  }

  if (results.quotes.length > 0) {
    doc.moveDown().font("Helvetica-Bold").fontSize(12).text(t("report.quotesTitle"), 56);
    doc.font("Helvetica").fontSize(10);
    for (const quote of results.quotes) {
      const who = quote.personId ? (data.names.get(quote.personId) ?? t("report.anonymous")) : t("report.anonymous");
      doc
        .moveDown(0.5)
        .font("Helvetica-Oblique")
        .text(`${t(`report.roles.${quote.role}`)} · ${who}`, 56);
      doc.font("Helvetica");
      if (quote.learned) doc.text(t("report.learned", { text: quote.learned }));
      if (quote.stillNeeded) doc.text(t("report.stillNeeded", { text: quote.stillNeeded }));
      if (quote.comments) doc.text(t("report.comments", { text: quote.comments }));
    }
  }
}

function table(doc: PDFKit.PDFDocument, header: string[], rows: string[][], widths: number[]): void {
  const left = 56;
  const draw = (cells: string[], bold: boolean) => {
    const y = doc.y;
    let x = left;
    let height = 0;
    doc.font(bold ? "Helvetica-Bold" : "Helvetica").fontSize(10);
    cells.forEach((cell, i) => {
      const width = widths[i] ?? 80;
      height = Math.max(height, doc.heightOfString(cell, { width: width - 6 }));
      doc.text(cell, x, y, { width: width - 6 });
      x += width;
    });
    doc.x = left;
    doc.y = y + height + 4;
  };
  draw(header, true);
  for (const row of rows) {
    if (doc.y > doc.page.height - 100) doc.addPage();
    draw(row, false);
  }
}
