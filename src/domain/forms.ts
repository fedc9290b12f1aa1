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

export function validateForm<T>(schema: z.ZodType<T>, input: Record<string, unknown>): FormResult<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "");
    if (!errors.some((e) => e.field === field)) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors };
}
