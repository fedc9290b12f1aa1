import type { es } from "./es";

/** The shape every catalogue shares: es.ts's keys, with any string as the text. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Catalogue = Widen<typeof es>;

/** Dotted paths to every message, e.g. "help.commands.admin". */
type Paths<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Catalogue>;
