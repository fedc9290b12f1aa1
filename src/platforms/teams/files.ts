import { MessageFactory, type Activity, type TurnContext } from "./transport";
import { z } from "zod";
import { can, type CoordinatorAction } from "../../domain/policy";
import { certificateFile } from "../../documents/certificate-file";
import { cohortChartSpec, renderChartPng } from "../../documents/cohort-chart";
import { cohortExportCsv, type ExportFile } from "../../documents/cohort-export-csv";
import { cohortReportPdf } from "../../documents/cohort-report-pdf";
import { fileSafeName } from "../../documents/file-names";
import { SESSION_INVITE_FILENAME, sessionInviteFile as calendarFile } from "../../documents/session-invite-file";
import { proposalCsv, proposalCsvName } from "../proposal-csv";
import { translator, type MessageKey } from "../../i18n";
import type { Services } from "../../services";
import { fileConsentAttachment, fileInfoAttachment } from "./cards/file";
import { identifyTeamsUser, type TeamsViewer } from "./identify";
import { uploadUrlAllowed } from "./trust";

export const EXPORT_FILES: ExportFile[] = ["applications", "pairs", "sessions", "attendance", "evaluations"];

/**
 * What a file offered in Teams is, sent as the consent card's context and read back when the person
 * accepts: enough to make the same bytes again, so nothing is kept in memory meanwhile.
 */
const fileRef = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mydata") }),
  z.object({
    kind: z.literal("certificate"),
    cohortId: z.string().min(1),
    personId: z.string().min(1),
    version: z.number().int().positive().optional(),
  }),
  z.object({ kind: z.literal("certificate-preview"), cohortId: z.string().min(1), personId: z.string().min(1) }),
  z.object({
    kind: z.literal("export"),
    cohortId: z.string().min(1),
    file: z.enum(EXPORT_FILES as [ExportFile, ...ExportFile[]]),
  }),
  z.object({ kind: z.literal("report"), cohortId: z.string().min(1) }),
  z.object({ kind: z.literal("proposal"), proposalId: z.string().min(1) }),
  z.object({ kind: z.literal("session-invite"), pairId: z.string().min(1), sessionId: z.string().min(1) }),
]);
export type FileRef = z.infer<typeof fileRef>;

/** Who may have someone else's file: the policy's action behind each kind (a person's own certificate is theirs). */
const FILE_ACTIONS = {
  certificate: "certificate.issue",
  "certificate-preview": "certificate.issue",
  export: "reports.export",
  report: "reports.report",
  proposal: "matching.run",
} as const satisfies Record<Exclude<FileRef["kind"], "mydata" | "session-invite">, CoordinatorAction>;

export interface MadeFile {
  filename: string;
  /** The line Teams shows on the consent card. */
  description: string;
  content: Buffer;
}

export type FileResult = { ok: true; file: MadeFile } | { ok: false; refusal: string };

/**
 * Makes a file for the person asking, checking again that they may have it: their own data and
 * certificate, or a coordinator's files for coordinators. `record: false` when it is made again on
 * acceptance (the audit log has the request already).
 */
export async function makeFile(
  services: Services,
  viewer: TeamsViewer,
  ref: FileRef,
  options: { record: boolean },
): Promise<FileResult> {
  const { t } = viewer;
  const refuse = (key: MessageKey, vars?: Record<string, string>) => ({ ok: false as const, refusal: t(key, vars) });
  if (ref.kind === "mydata") {
    const data = await services.dataRights.myData(viewer.person);
    const day = services.clock.now().toISOString().slice(0, 10);
    const filename = `${fileSafeName(`tandem ${viewer.person.displayName || viewer.person.userId} ${day}`)}.json`;
    return {
      ok: true,
      file: {
        filename,
        description: t("dataRights.mydataTitle"),
        content: Buffer.from(JSON.stringify(data, null, 2), "utf8"),
      },
    };
  }
  if (ref.kind === "session-invite") return sessionInviteFile(services, viewer, ref);
  const coordinatorFile = ref.kind !== "certificate" || ref.personId !== viewer.person.id;
  if (coordinatorFile && !can(viewer, FILE_ACTIONS[ref.kind]))
    return refuse(ref.kind === "certificate" ? "teams.files.notYours" : "common.coordinatorOnly", {
      command: ref.kind,
    });
  if (ref.kind === "proposal") {
    const proposal = await services.pairing.findProposal(ref.proposalId);
    const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
    if (!proposal || !cohort) return refuse("teams.files.gone");
    const details = new Map(
      (await services.applications.listByCohort(cohort.id)).map((a) => [
        a.id,
        { department: a.answers.department ?? "", role: a.answers.role ?? "both" },
      ]),
    );
    const csv = proposalCsv(proposal, cohort, details, translator(viewer.locale));
    return {
      ok: true,
      file: {
        filename: proposalCsvName(proposal, cohort),
        description: t("matching.title", { version: proposal.version, cohort: cohort.name }),
        content: Buffer.from(csv, "utf8"),
      },
    };
  }
  const cohort = await services.cohorts.findById(ref.cohortId);
  if (!cohort) return refuse("teams.files.gone");
  switch (ref.kind) {
    case "certificate":
    case "certificate-preview": {
      const person = await services.people.findById(ref.personId);
      const found = person ? await services.reporting.progressOf(cohort, person.id) : null;
      const certificate = await services.reporting.certificateOf(cohort.id, ref.personId);
      if (!person || !found || (ref.kind === "certificate" && !certificate)) return refuse("teams.files.gone");
      const made = await certificateFile(
        services,
        { cohort, person, progress: found.progress, certificate, preview: ref.kind === "certificate-preview" },
        { key: "" },
      );
      return { ok: true, file: { filename: made.filename, description: made.title, content: made.content } };
    }
    case "export": {
      const files = cohortExportCsv(
        await services.reporting.exportFor(viewer, cohort, options),
        translator(viewer.locale), // files are plain text
        viewer.locale,
        viewer.timeZone,
      );
      const name = t(`exports.files.${ref.file}`);
      return {
        ok: true,
        file: {
          filename: `${fileSafeName(`${cohort.name} ${name}`)}.csv`,
          description: `${cohort.name} · ${name}`,
          content: Buffer.from(files[ref.file], "utf8"),
        },
      };
    }
    case "report": {
      const data = await services.reporting.reportFor(viewer, cohort, options);
      const cohortT = translator(cohort.locale);
      const chart = await renderChartPng(cohortChartSpec(data.overview, cohortT, cohort.locale));
      const pdf = await cohortReportPdf(data, chart, services.clock.now());
      return {
        ok: true,
        file: {
          filename: `${fileSafeName(`${cohortT("report.title")} ${cohort.name}`)}.pdf`,
          description: cohortT("report.fileTitle", { cohort: cohort.name }),
          content: pdf,
        },
      };
    }
  }
}

/** A scheduled session's calendar file, for either partner of the pair (nobody else). */
async function sessionInviteFile(
  services: Services,
  viewer: TeamsViewer,
  ref: { pairId: string; sessionId: string },
): Promise<FileResult> {
  const { t } = viewer;
  const found = await services.meetings.pairFor(viewer.person, ref.pairId);
  if (!found.ok) return { ok: false, refusal: t("rhythm.notPartner") };
  const session = (await services.meetings.sessions(viewer.person, ref.pairId))?.find((s) => s.id === ref.sessionId);
  if (session?.status !== "scheduled") return { ok: false, refusal: t("teams.files.gone") };
  const { me, partner, pair, cohort } = found.context;
  const mentor = pair.mentorPersonId === me.id ? me : partner;
  const mentee = mentor === me ? partner : me;
  const made = calendarFile({ session, cohort, mentor, mentee, now: services.clock.now() }, translator(viewer.locale));
  if (!made.ok) {
    services.logger.warn({ err: made.cause, sessionId: session.id }, "the calendar file could not be made");
    return { ok: false, refusal: t("teams.files.gone") };
  }
  return { ok: true, file: { filename: made.filename, description: made.title, content: made.content } };
}

/** The offer of a file, with a line of text above it (or none). */
export function fileOffer(file: MadeFile, ref: FileRef, text?: string): Partial<Activity> {
  const attachment = fileConsentAttachment(file.filename, file.description, file.content.length, ref);
  return text ? MessageFactory.attachment(attachment, text) : MessageFactory.attachment(attachment);
}

/** A OneDrive upload that takes longer than this is given up (the person is told to ask again). */
const UPLOAD_TIMEOUT_MS = 60_000;

/** Teams' answer to a consent card, as botbuilder hands it over. */
export interface FileConsentAnswer {
  action?: string;
  context?: unknown;
  uploadInfo?: { name?: string; uploadUrl?: string; contentUrl?: string; uniqueId?: string; fileType?: string };
}

/**
 * "Allow": the file is made again for the person accepting (who must still be allowed to have it),
 * put at the upload URL Teams gave (their OneDrive), and shown in the chat.
 */
export async function fileConsentAccepted(
  services: Services,
  context: TurnContext,
  answer: FileConsentAnswer,
): Promise<void> {
  const viewer = await identifyTeamsUser(services, context);
  const reply = (text: string) => context.sendActivity(MessageFactory.text(text));
  const ref = fileRef.safeParse(answer.context);
  const upload = answer.uploadInfo;
  if (!ref.success || !upload?.uploadUrl) return void (await reply(viewer.t("teams.files.gone")));
  const made = await makeFile(services, viewer, ref.data, { record: false });
  if (!made.ok) return void (await reply(made.refusal));
  const { content } = made.file;
  const name = upload.name || made.file.filename;
  const teams = services.config.teams;
  if (
    !uploadUrlAllowed(upload.uploadUrl, {
      anonymous: teams.mode === "anonymous",
      serviceUrl: context.activity.serviceUrl,
    })
  ) {
    // Teams puts files in the person's OneDrive; any other address is someone trying to collect the file.
    services.logger.warn({ kind: ref.data.kind }, "Teams: refused to upload a file outside OneDrive/SharePoint");
    return void (await reply(viewer.tEscaped("teams.files.uploadFailed", { name })));
  }
  const response = await fetch(upload.uploadUrl, {
    method: "PUT",
    headers: { "Content-Range": `bytes 0-${content.length - 1}/${content.length}` },
    body: new Uint8Array(content),
    signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
  }).catch((error: unknown) => {
    services.logger.warn({ err: error }, "could not upload a file to Teams");
    return null;
  });
  if (!response?.ok) {
    services.logger.warn({ status: response?.status }, "Teams refused a file upload");
    return void (await reply(viewer.tEscaped("teams.files.uploadFailed", { name })));
  }
  const info = fileInfoAttachment({
    name,
    contentUrl: upload.contentUrl ?? "",
    uniqueId: upload.uniqueId ?? "",
    fileType: upload.fileType ?? name.split(".").pop() ?? "",
  });
  await context.sendActivity(MessageFactory.attachment(info));
}

/** "Decline": nothing is sent, and the person is told so. */
export async function fileConsentDeclined(
  services: Services,
  context: TurnContext,
  answer: FileConsentAnswer,
): Promise<void> {
  const viewer = await identifyTeamsUser(services, context);
  const ref = fileRef.safeParse(answer.context);
  const text = ref.success
    ? viewer.t("teams.files.declined", { name: describe(ref.data, viewer) })
    : viewer.t("teams.files.gone");
  await context.sendActivity(MessageFactory.text(text));
}

/** A short name for a declined file, without making it. */
function describe(ref: FileRef, viewer: TeamsViewer): string {
  const { t } = viewer;
  switch (ref.kind) {
    case "mydata":
      return t("dataRights.mydataTitle");
    case "certificate":
    case "certificate-preview":
      return t("certificates.title");
    case "export":
      return t(`exports.files.${ref.file}`);
    case "report":
      return t("report.title");
    case "proposal":
      return t("matching.download");
    case "session-invite":
      return SESSION_INVITE_FILENAME;
  }
}
