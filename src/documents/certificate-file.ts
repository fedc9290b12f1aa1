import type { Cohort } from "../domain/cohorts/cohort";
import type { Notice } from "../domain/jobs";
import type { DocumentMessage } from "../domain/messages";
import type { Person } from "../domain/people";
import type { ParticipantProgress } from "../domain/reporting/certificates";
import type { Certificate } from "../domain/reporting/reporting-service";
import { translator } from "../i18n";
import type { Services } from "../services";
import { certificatePdf } from "./certificate-pdf";
import { fileSafeName } from "./file-names";

/** A participant's certificate as a file to send, in their own language. */
export async function certificateFile(
  services: Pick<Services, "people" | "clock">,
  content: {
    cohort: Cohort;
    person: Person;
    progress: ParticipantProgress;
    certificate: Certificate | null;
    preview?: boolean;
  },
  notice: Notice,
): Promise<DocumentMessage> {
  const locale = services.people.localeOf(content.person);
  const name = content.person.displayName || content.person.userId;
  const pdf = await certificatePdf(
    {
      cohort: content.cohort,
      name,
      progress: content.progress,
      certificate: content.certificate,
      locale,
      preview: content.preview,
    },
    services.clock.now(),
  );
  const t = translator(locale);
  return {
    notice,
    filename: `${fileSafeName(`${t("certificates.title")} ${content.cohort.name} ${name}`)}.pdf`,
    title: t("certificates.fileTitle", { cohort: content.cohort.name }),
    content: pdf,
  };
}
