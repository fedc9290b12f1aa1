import { parseCertificateWords } from "../../../../../domain/command-words";
import { certificateFile } from "../../../../../documents/certificate-file";
import { formatDate, markup } from "../../../../../i18n";
import { missingRequirementsText } from "../../../../../i18n/certificate-text";
import { chooseCohort, commandPrefix } from "../../../cohort-choice";
import { sendFileToDm } from "../../../files";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

const MENTION = /^<@([A-Z0-9]+)(\|[^>]*)?>$/;

/**
 * `/mentoring certificate [cohort] preview|issue|reissue @person`: where someone stands, a preview
 * PDF for the coordinator, or the certificate issued (even with a requirement missing: that is
 * recorded) and sent to the person.
 */
export async function manageCertificate({
  viewer,
  services,
  client,
  command,
  respond,
  args,
}: CommandRequest): Promise<void> {
  const { t, locale, timeZone } = viewer;
  const reply = async (text: string) => void (await respond({ response_type: "ephemeral", ...plainMessage(text) }));
  const { action, cohortName: name } = parseCertificateWords(args.filter((a) => !MENTION.test(a)));
  const mention = args.map((a) => MENTION.exec(a)?.[1]).find(Boolean);
  if (!action) return reply(t("certificates.usage", { prefix: commandPrefix }));
  if (!mention) return reply(t("certificates.noPerson", { prefix: commandPrefix }));
  const cohort = await chooseCohort(services, viewer, name, "certificate", reply, (c) => !c.isDemo);
  if (!cohort) return;
  const person = await services.people.find({ platform: "slack", workspaceId: command.team_id, userId: mention });
  const who = person?.displayName || mention;
  if (!person) return reply(viewer.tEscaped("certificates.notParticipant", { name: who, cohort: cohort.name }));

  if (action === "reissue" && !(await services.reporting.certificateOf(cohort.id, person.id)))
    return reply(viewer.tEscaped("certificates.reissueNone", { name: who }));
  const decision =
    action === "preview"
      ? await services.reporting.preview(viewer, cohort, person)
      : await services.reporting.issueBy(viewer, cohort, person);
  if (!decision.ok) return reply(viewer.tEscaped("certificates.notParticipant", { name: who, cohort: cohort.name }));
  const { progress, missing, certificate } = decision;
  // The catalogue's own words: live as written.
  const missingText = markup(missingRequirementsText(progress, missing, locale));
  if (action === "preview") {
    const state =
      missing.length === 0
        ? viewer.tEscaped("certificates.previewEligible", { name: who, cohort: cohort.name })
        : viewer.tEscaped("certificates.previewMissing", { name: who, cohort: cohort.name, missing: missingText });
    const issued = certificate
      ? t("certificates.previewIssued", {
          date: formatDate(certificate.issuedAt, locale, timeZone),
          version: certificate.version,
        })
      : t("certificates.previewNotIssued");
    const file = await certificateFile(services, { cohort, person, progress, certificate, preview: true }, { key: "" });
    await sendFileToDm(client, command.user_id, {
      filename: file.filename,
      title: file.title,
      comment: "",
      content: file.content,
    });
    return reply(`${state}\n${issued}\n${t("certificates.previewSent")}`);
  }
  const lines = [viewer.tEscaped("certificates.issuedBy", { name: who, version: certificate?.version ?? 1 })];
  if (missing.length > 0) lines.push(viewer.tEscaped("certificates.issuedOverride", { missing: missingText }));
  return reply(lines.join("\n"));
}
