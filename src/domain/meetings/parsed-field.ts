import { z } from "zod";
import type { MeetingError } from "./errors";

/** One field's reading: its value, or the catalogue key of what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: MeetingError };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
export const fail = <T>(error: MeetingError): Parsed<T> => ({ ok: false, error });

/** A form field whose rule is a plain function: one catalogue key per field, in the order checked. */
export function fieldOf<T>(parse: (value: unknown) => Parsed<T>) {
  return z
    .unknown()
    .optional()
    .transform((value, ctx): T => {
      const parsed = parse(value);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    });
}
