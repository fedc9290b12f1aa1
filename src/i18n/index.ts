import i18next, { type i18n as I18nInstance } from "i18next";
import { DateTime } from "luxon";
import type { UsagePart } from "../domain/commands";
import type { Locale } from "../domain/locale";
import type { MessageKey } from "./catalogue";
import { en } from "./en";
import { es } from "./es";
import { es419 } from "./es-419";
import { placeholder, render, type RenderValue, type Surface } from "./markup";

export { escapeMrkdwn, escapeTeamsMarkdown, type Surface } from "./markup";

export type { MessageKey } from "./catalogue";
export type Vars = Record<string, string | number | undefined>;
export type Translate = (key: MessageKey, vars?: TextVars) => string;

export const catalogues = { es, en } as const;
/** Regional catalogues: only what differs from their language's, which i18next falls back to. */
export const regional = { "es-419": es419 } as const;

/** One i18next instance for the process, initialised synchronously from the bundled catalogues. */
const instance: I18nInstance = i18next.createInstance();
void instance.init({
  resources: { es: { translation: es }, "es-419": { translation: es419 }, en: { translation: en } },
  lng: "en",
  // A Latin American string missing from es-419 is the same in Spain's Spanish; nothing else falls back.
  fallbackLng: { "es-419": ["es"], default: [] },
  initAsync: false,
  returnNull: false,
  // Messages go to Slack and Teams, not HTML: each renderer escapes what it must.
  interpolation: { escapeValue: false },
});

/**
 * A message in `locale`, rendered for `surface`. Each string value is swapped for a placeholder
 * while i18next picks the text (and its plural), so only the catalogue's markup is read as markup;
 * the value then goes in escaped for the surface when `escape` is set, or as it is (for callers
 * that escaped it themselves, or that pass text already rendered for this surface).
 */
function translate(locale: Locale, surface: Surface, escape: boolean, key: MessageKey, vars?: TextVars): string {
  const values: RenderValue[] = [];
  const swapped: Record<string, string | number | undefined> = {};
  for (const [name, value] of Object.entries(vars ?? {})) {
    if (typeof value === "object") {
      swapped[name] = placeholder(values.push({ text: value.markup, ready: true }) - 1);
    } else if (typeof value === "string") {
      swapped[name] = placeholder(values.push({ text: value, ready: !escape }) - 1);
    } else swapped[name] = value;
  }
  return render(instance.getFixedT(locale)(key, swapped) as string, values, surface);
}

const translators = new Map<string, Translate>();

/**
 * `t` for one language and surface. Plain (files, PDFs, calendar invitations) unless said:
 * markup is then dropped rather than shown. String values go in as given.
 */
export function translator(locale: Locale, surface: Surface = "plain"): Translate {
  const id = `${locale}/${surface}`;
  let t = translators.get(id);
  if (!t) {
    t = (key, vars) => translate(locale, surface, false, key, vars);
    translators.set(id, t);
  }
  return t;
}

/**
 * The language dates are written in. es-419 says nothing of the clock: Chile and Argentina read
 * 13:00 where es-419's default is 1:00 p.m., so every Spanish writes dates as Spain's does.
 */
function dateLocale(locale: Locale): string {
  return locale === "es-419" ? "es" : locale;
}

/** A date and time in the reader's zone and language, e.g. "lunes, 7 de diciembre de 2026, 10:00". */
export function formatDateTime(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone })
    .setLocale(dateLocale(locale))
    .toLocaleString(DateTime.DATETIME_MED_WITH_WEEKDAY);
}

export function formatDate(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(dateLocale(locale)).toLocaleString(DateTime.DATE_FULL);
}

export function formatTime(date: Date, locale: Locale, zone: string): string {
  return DateTime.fromJSDate(date, { zone }).setLocale(dateLocale(locale)).toLocaleString(DateTime.TIME_SIMPLE);
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
export function escapingTranslator(locale: Locale, surface: Surface): EscapingTranslate {
  return (key, vars) => translate(locale, surface, true, key, vars);
}

/**
 * A notice's text for one reader: its dates in their language and zone. A notice's variables are
 * what people typed or are called (a leave reason, a sponsor's name, a cohort's name), never
 * markup, so each is escaped for the surface.
 */
export function noticeText(
  notice: { key: string; vars?: Vars; dates?: Record<string, string>; times?: Record<string, string> },
  locale: Locale,
  zone: string,
  surface: Surface = "plain",
): string {
  const vars: TextVars = { ...notice.vars };
  // Dates are Tandem's own words, not a person's.
  for (const [name, iso] of Object.entries(notice.dates ?? {}))
    vars[name] = markup(formatDate(new Date(iso), locale, zone));
  for (const [name, iso] of Object.entries(notice.times ?? {}))
    vars[name] = markup(formatDateTime(new Date(iso), locale, zone));
  return escapingTranslator(locale, surface)(notice.key as MessageKey, vars);
}

/**
 * A command's usage line for one surface, e.g. `timezone <Región/Ciudad>`: the command's words are
 * code-built text, escaped for the surface, while each placeholder is the catalogue's word for it in
 * the reader's language, rendered (and so escaped) by `t` like any catalogue text.
 */
export function usageLine(
  command: string,
  parts: readonly UsagePart[] | undefined,
  t: Translate,
  escape: Escape,
): string {
  const args = (parts ?? [])
    .map((part) => ("text" in part ? escape(part.text) : t(`help.placeholders.${part.placeholder}`)))
    .join("");
  return args ? `${escape(command)} ${args}` : escape(command);
}
