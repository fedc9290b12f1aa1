import {
  type EscapingTranslate,
  escapingTranslator,
  formatDate,
  formatDateTime,
  markup,
  type TextVars,
  type Translate,
  translator,
} from "../i18n";
import { calendarDate } from "../i18n/rhythm-text";
import type { Locale } from "../domain/locale";
import type { Text } from "./reply";

/**
 * A reply's words for one reader, shared by the renderers: dates in their zone and language, another
 * catalogue text in their language, and a command as their platform writes it (`commandAs`). The
 * platform's escaping translator then makes every value a person typed literal.
 */
export function wordsFor(
  text: Text,
  reader: { locale: Locale; timeZone: string; t: Translate; tEscaped: EscapingTranslate },
  platform: {
    commandAs: (command: string) => string;
    personAs: (person: { userId: string; name: string; platform?: string }) => TextVars[string];
  },
): string {
  const vars: TextVars = {};
  for (const [name, value] of Object.entries(text.vars ?? {})) {
    if (typeof value !== "object") vars[name] = value;
    else if ("date" in value) vars[name] = formatDate(value.date, reader.locale, reader.timeZone);
    else if ("dateTime" in value) vars[name] = formatDateTime(value.dateTime, reader.locale, reader.timeZone);
    else if ("day" in value) vars[name] = calendarDate(value.day, reader.locale);
    else if ("command" in value) vars[name] = platform.commandAs(value.command);
    else if ("person" in value) vars[name] = platform.personAs(value.person);
    else if ("join" in value)
      vars[name] = markup(value.join.map((part) => wordsFor(part, reader, platform)).join(value.with));
    else vars[name] = markup(wordsFor({ key: value.message, vars: value.vars ?? {} }, reader, platform));
  }
  return reader.tEscaped(text.key, vars);
}

/** Words as plain text (a file, a choice's label, a name as shown in a list): nothing there is markup. */
export function plainWords(text: Text, locale: Locale, timeZone = "UTC"): string {
  return wordsFor(
    text,
    { locale, timeZone, t: translator(locale, "plain"), tEscaped: escapingTranslator(locale, "plain") },
    { commandAs: (command) => command, personAs: (person) => person.name },
  );
}
