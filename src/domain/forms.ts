import type { z } from "zod";

/**
 * Form rules are zod schemas over plain field names, shared by Slack modals and Teams cards. An
 * issue's message is a catalogue key; each platform translates it and puts it next to its field.
 */
export interface FieldError {
  field: string;
  /** Catalogue key. */
  message: string;
}

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * `crossChecks` are the rules between fields, run on the raw input: zod skips an object's
 * refinements once a field fails, and a person should see every mistake in one go.
 */
export function validateForm<T>(
  schema: z.ZodType<T>,
  input: Record<string, unknown>,
  crossChecks?: (input: Record<string, unknown>) => FieldError[],
): FormResult<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldError[] = [];
  const add = (error: FieldError) => {
    if (!errors.some((e) => e.field === error.field)) errors.push(error);
  };
  for (const issue of parsed.error.issues) add({ field: String(issue.path[0] ?? ""), message: issue.message });
  for (const error of crossChecks?.(input) ?? []) add(error);
  return { ok: false, errors };
}
