import { sendToTeams } from "../render";
import { cohortStatus, nudgePair, type CohortStatus } from "../../../app/status";
import { exportFiles, reportFiles } from "../../../app/reports";
import { CardFactory, MessageFactory } from "../transport";
import { z } from "zod";
import { parseCertificateWords } from "../../../domain/command-words";
import type { Cohort } from "../../../domain/cohorts/cohort";
import type { Person } from "../../../domain/people";
import { formatDate, markup } from "../../../i18n";
import { missingRequirementsText } from "../../../i18n/certificate-text";
import { auditLog } from "../../../app/audit";
import { cohortStatusScreen } from "../../../app/cohort-status-screen";
import { teamsScreen } from "../render-screen";
import { inlineImageAttachment } from "../cards/file";
import { chooseCohort } from "../cohort-choice";
import { mentionedPerson } from "../identify";
import type { TeamsRequest } from "../request";

const notDemo = (c: Cohort) => !c.isDemo;

/** `cohort status [name]`: the figures with Nudge on each pair at risk, and the chart as a picture. */
export async function cohortStatusCommand(request: TeamsRequest, typed: string, words: string[]): Promise<void> {
  await sendCohortStatus(request, await cohortStatus(request.services, request.viewer, typed, words));
}

export async function sendCohortStatus(request: TeamsRequest, found: CohortStatus): Promise<void> {
  if (!found.ok) return sendToTeams(request, found.reply);
  const { viewer, context } = request;
  const { t } = viewer;
  const { cohort, chart } = found.status;
  const card = teamsScreen(cohortStatusScreen(found.status, { chartInDm: false }), viewer);
  if (!chart) return request.card(card);
  const picture = {
    ...inlineImageAttachment(chart.content, chart.filename),
    name: t("cohortStatus.chartTitle", { cohort: cohort.name }),
  };
  await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
  // The attachment's name is plain text; the message text above it is markdown.
  await context.sendActivity({
    ...MessageFactory.attachment(picture, viewer.tEscaped("cohortStatus.chartTitle", { cohort: cohort.name })),
    summary: t("teams.files.chartAlt"),
  });
}

/** "Nudge" next to a pair at risk: both partners are asked how it goes, with Plan a session. */
export async function cohortNudge(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  const pairId = z.object({ pairId: z.string().min(1).max(100) }).safeParse(value).data?.pairId ?? "-";
  await sendToTeams(request, await nudgePair(request.services, request.viewer, pairId));
}

/** `export [cohort]`: the cohort's records as five CSV files, each offered for the coordinator's OneDrive. Never notes. */
export async function exportCommand(request: TeamsRequest, name: string): Promise<void> {
  const asked = await exportFiles(request.services, request.viewer, name);
  if (!asked.ok) return sendToTeams(request, asked.reply);
  await request.reply(request.viewer.tEscaped("teams.files.exportDone", { cohort: asked.cohort.name }));
  for (const [index, ref] of asked.files.entries()) {
    // One request, one line in the audit log.
    if (!(await request.file(ref, undefined, index === 0))) return;
  }
}

/** `report [cohort]`: the final report as a PDF in the cohort's language. */
export async function reportCommand(request: TeamsRequest, name: string): Promise<void> {
  const { t, tEscaped } = request.viewer;
  const asked = await reportFiles(request.services, request.viewer, name);
  if (!asked.ok) return sendToTeams(request, asked.reply);
  const { cohort } = asked;
  for (const ref of asked.files)
    await request.file(
      ref,
      tEscaped("teams.files.reportDone", { cohort: cohort.name, language: t(`languageName.${cohort.locale}`) }),
    );
}

/** `audit [cohort]`: the latest coordinator actions, newest first. */
export async function auditCommand(request: TeamsRequest, name: string): Promise<void> {
  await sendToTeams(request, await auditLog(request.services, request.viewer, name));
}

/** The person a Teams @mention names, as Tandem knows them; undefined when nobody is mentioned. */
async function mentioned(request: TeamsRequest): Promise<{ name: string; person: Person | null } | undefined> {
  const mention = await mentionedPerson(request.context);
  return mention ? { name: mention.name, person: await request.services.people.find(mention.key) } : undefined;
}

/**
 * `certificate [cohort] preview|issue|reissue @person`: where someone stands with the preview PDF,
 * or the certificate issued (even with a requirement missing: that is recorded) and sent to them.
 */
export async function certificateCommand(request: TeamsRequest, rest: string): Promise<void> {
  const { services, viewer } = request;
  const { t, tEscaped, locale, timeZone } = viewer;
  const { action, cohortName } = parseCertificateWords(
    rest
      .replace(/<at>[^<]*<\/at>/g, " ")
      .split(/\s+/)
      .filter(Boolean),
  );
  if (!action) return request.reply(t("certificates.usage", { prefix: "" }));
  const target = await mentioned(request);
  if (!target) return request.reply(t("certificates.noPerson", { prefix: "" }));
  const cohort = await chooseCohort(request, cohortName, "certificate", notDemo);
  if (!cohort) return;
  const { person } = target;
  const who = person?.displayName || target.name;
  if (!person) return request.reply(tEscaped("certificates.notParticipant", { name: who, cohort: cohort.name }));
  if (action === "reissue" && !(await services.reporting.certificateOf(cohort.id, person.id)))
    return request.reply(tEscaped("certificates.reissueNone", { name: who }));
  const decision =
    action === "preview"
      ? await services.reporting.preview(viewer, cohort, person)
      : await services.reporting.issueBy(viewer, cohort, person);
  if (!decision.ok) return request.reply(tEscaped("certificates.notParticipant", { name: who, cohort: cohort.name }));
  const { progress, missing, certificate } = decision;
  // The catalogue's own words: live as written.
  const missingText = markup(missingRequirementsText(progress, missing, locale));
  if (action === "preview") {
    const state =
      missing.length === 0
        ? tEscaped("certificates.previewEligible", { name: who, cohort: cohort.name })
        : tEscaped("certificates.previewMissing", { name: who, cohort: cohort.name, missing: missingText });
    const issued = certificate
      ? t("certificates.previewIssued", {
          date: formatDate(certificate.issuedAt, locale, timeZone),
          version: certificate.version,
        })
      : t("certificates.previewNotIssued");
    await request.file(
      { kind: "certificate-preview", cohortId: cohort.id, personId: person.id },
      [state, issued, t("teams.files.previewSent")].join("\n\n"),
      false,
    );
    return;
  }
  const lines = [tEscaped("certificates.issuedBy", { name: who, version: certificate?.version ?? 1 })];
  if (missing.length > 0) lines.push(tEscaped("certificates.issuedOverride", { missing: missingText }));
  await request.reply(lines.join("\n\n"));
}
