import type { es } from "./es";

/** The shape every catalogue shares: es.ts's keys, with any string as the text. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof es>;

/** What a regional catalogue (es-419) holds: any part of the shape, the rest coming from its language. */
export type CatalogueOverrides = { [K in keyof Catalogue]?: DeepPartial<Catalogue[K]> };
type DeepPartial<T> = T extends string ? string : { [K in keyof T]?: DeepPartial<T[K]> };

/** i18next's plural forms: "pairs_one" and "pairs_other" are asked for as "pairs" with a count. */
type Singular<K extends string> = K extends `${infer Base}_one` ? Base : K extends `${infer Base}_other` ? Base : K;

/** Dotted paths to every message, e.g. "help.commands.admin"; a plural's forms are one key. */
type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${Singular<K>}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Catalogue>;
