import i18next, { type i18n as I18nInstance } from "i18next";
import { DateTime } from "luxon";
import type { Locale } from "../domain/locale";
import type { MessageKey } from "./catalogue";
import { en } from "./en";
import { es } from "./es";

export type { MessageKey } from "./catalogue";
export type Vars = Record<string, string | number | undefined>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

export const catalogues = { es, en } as const;

/** One i18next instance for the process, initialised synchronously from the bundled catalogues. */
const instance: I18nInstance = i18next.createInstance();
void instance.init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: "en",
  fallbackLng: false,
  initAsync: false,
  returnNull: false,
  // Messages go to Slack and Teams, not HTML: each renderer escapes what it must.
  interpolation: { escapeValue: false },
});

const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    const fixed = instance.getFixedT(locale);
    translate = (key, vars) => fixed(key, vars ?? {}) as string;
    translators.set(locale, translate);
  }
  return translate;
}

/** A date and time in the reader's zone and language, e.g. "lunes, 7 de diciembre de 2026, 10:00". */
export function formatDateTime(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(locale).toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY);
}

export function formatDate(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(locale).toLocaleString(DateTime.DATE_FULL);
}

export function formatTime(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(locale).toLocaleString(DateTime.TIME_SIMPLE);
}

/** What makes a person's text literal on one surface: Slack's escapeMrkdwn, Teams' escapeTeamsMarkdown. */
export type Escape = (text: string) => string;
/** No escaping: for plain-text surfaces (headers, inputs, file names). */
export const same: Escape = (text) => text;

/** Every text variable escaped for the surface the message lands on (numbers stay as they are). */
export function escapeVars(vars: Vars | undefined, escape: (text: string) => string): Vars {
  return Object.fromEntries(
    Object.entries(vars ?? {}).map(([name, value]) => [name, typeof value === "string" ? escape(value) : value]),
  );
}

/** Text Tandem built that is already markup for the surface (a Slack mention, a link it made, a list it escaped itself). */
export interface Markup {
  readonly markup: string;
}

/** Marks code-built markup to pass through an escaping translator as is. Never for what a person typed. */
export function markup(text: string): Markup {
  return { markup: text };
}

export type TextVars = Record<string, string | number | undefined | Markup>;
/** Translates with every string variable escaped for the surface; only `markup(...)` values stay live. */
export type EscapingTranslate = (key: MessageKey, vars?: TextVars) => string;

/**
 * A reply's translator for one surface. Escaping is the default, so a new variable holding a
 * cohort's or a person's name cannot be forgotten; markup has to be asked for by name.
 */
export function escapingTranslator(t: Translate, escape: Escape): EscapingTranslate {
  return (key, vars) =>
    t(
      key,
      Object.fromEntries(
        Object.entries(vars ?? {}).map(([name, value]) => [
          name,
          typeof value === "object" ? value.markup : typeof value === "string" ? escape(value) : value,
        ]),
      ),
    );
}

/**
 * A notice's text for one reader: its dates in their language and zone. A notice's variables are
 * what people typed or are called (a leave reason, a sponsor's name, a cohort's name), never
 * markup, so the platform's `escape` applies to each of them.
 */
export function noticeText(
  notice: { key: string; vars?: Vars; dates?: Record<string, string>; times?: Record<string, string> },
  locale: Locale,
  zone: string,
  escape: (text: string) => string = (text) => text,
): string {
  const vars: Vars = escapeVars(notice.vars, escape);
  for (const [name, iso] of Object.entries(notice.dates ?? {})) vars[name] = formatDate(new Date(iso), locale, zone);
  for (const [name, iso] of Object.entries(notice.times ?? {}))
    vars[name] = formatDateTime(new Date(iso), locale, zone);
  return translator(locale)(notice.key as MessageKey, vars);
}
