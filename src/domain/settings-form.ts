import { z } from "zod";
import { isLocale, isTimeZone } from "./locale";

/** The preferences form: a language we speak and a real IANA time zone. */
export const settingsForm = z.object({
  language: z.string().refine(isLocale, { error: "language.invalid" }),
  timeZone: z
    .string({ error: "settings.invalidTimeZone" })
    .trim()
    .refine(isTimeZone, { error: "settings.invalidTimeZone" }),
});

export type SettingsForm = z.infer<typeof settingsForm>;
