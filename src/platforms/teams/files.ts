import { MessageFactory, type Activity, type TurnContext } from "./transport";
import { fileRef, makeFile, type FileRef, type MadeFile } from "../../app/files";
import { SESSION_INVITE_FILENAME } from "../../documents/session-invite-file";
import type { Services } from "../../services";
import { fileConsentAttachment, fileInfoAttachment } from "./cards/file";
import { identifyTeamsUser, type TeamsViewer } from "./identify";
import { teamsText } from "./render";
import { uploadUrlAllowed } from "./trust";

export type { FileRef } from "../../app/files";

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
  if (!made.ok) return void (await reply(teamsText(made.refusal, viewer)));
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
