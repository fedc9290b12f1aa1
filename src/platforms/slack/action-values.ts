import type { z } from "zod";

/** A button's value as JSON, checked against what the view that made it put there. */
export function parseActionValue<T>(schema: z.ZodType<T>, raw: string | undefined): T | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? "");
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Page buttons carry their page in the action id ("applicants.page:2"), since two buttons in one
 * block need distinct ids; this matches every page of one prefix.
 */
export function pagedActionIds(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:\\d+$`);
}
