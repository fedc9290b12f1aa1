import { settingsModal } from "../../../views/settings-modal";
import type { CommandRequest } from "./request";

export async function openSettings({ viewer, client, command }: CommandRequest): Promise<void> {
  await client.views.open({ trigger_id: command.trigger_id, view: settingsModal(viewer, viewer.t) });
}
