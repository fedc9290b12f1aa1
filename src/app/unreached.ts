import type { Person } from "../domain/people";
import { text } from "./reply";
import type { ScreenBlock } from "./screen";

/** People Tandem cannot write to on the reader's platform (they never opened it): one warning, or none. */
export function unreachedWarning(people: Person[]): ScreenBlock[] {
  if (people.length === 0) return [];
  const names = people.map((p) => p.displayName || p.userId).join(", ");
  return [{ kind: "warning", text: text("teams.unreached.line", { names }), hint: text("teams.unreached.hint") }];
}
