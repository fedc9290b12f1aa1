import type { WebClient } from "@slack/web-api";

/** A file in the person's DM with the bot, with a line of text above it. */
export async function sendFileToDm(
  client: WebClient,
  userId: string,
  file: { filename: string; title: string; comment: string; content: Buffer },
): Promise<void> {
  const channel = (await client.conversations.open({ users: userId })).channel?.id;
  if (!channel) throw new Error("conversations.open returned no channel");
  await client.files.uploadV2({
    channel_id: channel,
    filename: file.filename,
    title: file.title,
    initial_comment: file.comment,
    file: file.content,
  });
}
