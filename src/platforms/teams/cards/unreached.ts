import type { Person } from "../../../domain/people";
import type { Translate } from "../../../i18n";
import { escapeTeamsMarkdown, paragraph, textBlock, type CardElement } from "./card";

/** People Tandem cannot write to in Teams (they never opened it): one line for the coordinator, or none. */
export function unreachedLines(people: Person[], t: Translate): CardElement[] {
  if (people.length === 0) return [];
  const names = people.map((p) => escapeTeamsMarkdown(p.displayName || p.userId)).join(", ");
  return [
    paragraph(t("teams.unreached.line", { names }), { color: "Warning", separator: true }),
    textBlock(t("teams.unreached.hint"), { isSubtle: true, size: "Small", spacing: "None" }),
  ];
}
