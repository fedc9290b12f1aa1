/**
 * Files in Teams' personal chat go through the Bot Framework's file consent flow: the bot offers a
 * file with a consent card, Teams asks the person, and on "Allow" gives the bot an upload URL in
 * their OneDrive; the bot puts the bytes there and shows the file with an info card.
 */
export const FILE_CONSENT_CARD = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_CARD = "application/vnd.microsoft.teams.card.file.info";

export interface Attachment {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content?: unknown;
}

/** The offer of a file: its name, a line about it, its size, and what to make again on acceptance. */
export function fileConsentAttachment(
  filename: string,
  description: string,
  sizeInBytes: number,
  context: Record<string, unknown>,
): Attachment {
  return {
    contentType: FILE_CONSENT_CARD,
    name: filename,
    content: { description, sizeInBytes, acceptContext: context, declineContext: context },
  };
}

export interface UploadedFile {
  name: string;
  contentUrl: string;
  uniqueId: string;
  fileType: string;
}

/** The uploaded file shown in the chat, opening from the person's OneDrive. */
export function fileInfoAttachment(file: UploadedFile): Attachment {
  return {
    contentType: FILE_INFO_CARD,
    name: file.name,
    contentUrl: file.contentUrl,
    content: { uniqueId: file.uniqueId, fileType: file.fileType },
  };
}

/** A picture shown in the message itself (the cohort's chart): no consent needed, it is not a file. */
export function inlineImageAttachment(png: Buffer, name: string): Attachment {
  return { contentType: "image/png", name, contentUrl: `data:image/png;base64,${png.toString("base64")}` };
}
