import type { Cohort } from "../domain/cohorts/cohort";
import type { Locale } from "../domain/locale";
import type { ParticipantProgress } from "../domain/reporting/certificates";
import type { Certificate } from "../domain/reporting/reporting-service";
import { formatDate, translator } from "../i18n";
import { renderPdf } from "./pdf";

export interface CertificateContent {
  cohort: Cohort;
  name: string;
  progress: ParticipantProgress;
  /** Null for a coordinator's preview of one not issued yet. */
  certificate: Certificate | null;
  /** The reader's language: the participant's own. */
  locale: Locale;
  preview?: boolean;
}

/** The participant's certificate ("Mentor Digital" for mentors), landscape, in their language. */
export function certificatePdf(content: CertificateContent, now: Date): Promise<Buffer> {
  const { cohort, name, progress, certificate, locale } = content;
  const t = translator(locale);
  const date = (d: Date) => formatDate(d, locale, cohort.timeZone);
  return renderPdf(
    (doc) => {
      doc.info.Title = `${t("certificates.title")} · ${cohort.name} · ${name}`;
      const width = doc.page.width - 112;
      doc
        .lineWidth(3)
        .strokeColor("#4A9B8E")
        .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
        .stroke();
      if (content.preview)
        doc
          .fillColor("#E07A5F")
          .font("Helvetica-Bold")
          .fontSize(12)
          .text(t("certificates.previewWatermark"), 56, 44, { width, align: "right" });
      doc
        .fillColor("black")
        .font("Helvetica-Bold")
        .fontSize(34)
        .text(t("certificates.title"), 56, 110, { width, align: "center" });
      doc.moveDown(0.8).font("Helvetica").fontSize(14).text(t("certificates.awardedTo"), { width, align: "center" });
      doc.moveDown(0.5).font("Helvetica-Bold").fontSize(28).text(name, { width, align: "center" });
      doc
        .moveDown(0.5)
        .font("Helvetica")
        .fontSize(14)
        .text(t(progress.role === "mentor" ? "certificates.asMentor" : "certificates.asMentee"), {
          width,
          align: "center",
        });
      doc.moveDown(0.5).font("Helvetica-Bold").fontSize(20).text(cohort.name, { width, align: "center" });
      doc
        .moveDown(1)
        .font("Helvetica")
        .fontSize(11)
        .fillColor("#333")
        .text(
          t("certificates.details", {
            sessions: progress.sessionsHeld,
            attendance: progress.attendanceRate,
            start: date(cohort.startsAt),
            end: date(cohort.endsAt),
          }),
          { width, align: "center" },
        );
      const issuedAt = certificate?.issuedAt ?? now;
      const issued =
        certificate && certificate.version > 1
          ? t("certificates.reissued", { date: date(issuedAt), version: certificate.version })
          : t("certificates.issued", { date: date(issuedAt) });
      doc.moveDown(2).fontSize(11).text(issued, { width, align: "center" });
      if (certificate)
        doc
          .fontSize(8)
          .fillColor("#777")
          .text(t("certificates.reference", { id: `${certificate.id}-v${certificate.version}` }), {
            width,
            align: "center",
          });
    },
    { size: "A4", layout: "landscape" },
  );
}
