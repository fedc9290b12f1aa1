import { IANAZone } from "luxon";

/** Spain's Spanish, Latin American Spanish (ustedes, not vosotros) and English. */
export const LOCALES = ["es", "es-419", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * Maps a platform locale to a catalogue; null when unsupported. Spanish from Spain ("es-ES", or
 * plain "es") reads Spain's; any other Spanish (Slack's "es-LA", Teams' "es-MX", "es-CL",
 * "es-AR", "es-US", "es-419"...) reads Latin America's.
 */
export function supportedLocale(platformLocale: string | null | undefined): Locale | null {
  if (!platformLocale) return null;
  const [language, region] = platformLocale.toLowerCase().split(/[-_]/);
  if (language === "es") return region === undefined || region === "es" ? "es" : "es-419";
  return isLocale(language) ? language : null;
}

export function isTimeZone(zone: string): boolean {
  return zone.trim() !== "" && IANAZone.isValidZone(zone.trim());
}
