import type { RespondFn, SlashCommand } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Services } from "../../../../../services";
import type { SlackViewer } from "../../../people";

/** What every `/mentoring <sub-command>` handler receives once the command is parsed. */
export interface CommandRequest {
  viewer: SlackViewer;
  args: string[];
  /** Everything after the sub-command's name, untouched (names with spaces). */
  rest: string;
  command: SlashCommand;
  client: WebClient;
  respond: RespondFn;
  services: Services;
}

export type SubcommandHandler = (request: CommandRequest) => Promise<void>;
