import { IANAZone } from "luxon";

export const LOCALES = ["es", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Maps a platform locale ("es-ES", "es-419", "en-US", "en") to a catalogue; null when unsupported. */
export function supportedLocale(platformLocale: string | null | undefined): Locale | null {
  if (!platformLocale) return null;
  const language = platformLocale.toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

export function isTimeZone(zone: string): boolean {
  return zone.trim() !== "" && IANAZone.isValidZone(zone.trim());
}
