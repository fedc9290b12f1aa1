import { COMMANDS } from "../domain/commands";
import { can, type Actor, type CoordinatorAction } from "../domain/policy";
import { coordinatorOnly } from "./refusals";
import type { Text } from "./reply";

/**
 * A coordinator's tool reached some other way than its command (a button in a forwarded message, a
 * form sent from an old modal): null when the policy allows it, else the plain answer, naming the
 * command (`command` as typed, e.g. "cohort status").
 */
export function coordinatorRefusal(who: Actor, action: CoordinatorAction, command: string): Text | null {
  return can(who, action) ? null : coordinatorOnly(command);
}

/** The same for a button that belongs to a command: the command table says who may run it. */
export function commandRefusal(who: Actor, command: string): Text | null {
  const spec = COMMANDS.find((c) => c.name === command.split(" ")[0]);
  if (!spec) throw new Error(`"${command}" is not a command of the table`);
  return can(who, "command.run", spec) ? null : coordinatorOnly(command);
}
