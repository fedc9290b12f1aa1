import type { Text } from "./reply";

/**
 * A form written once for both platforms (a Slack modal, a Teams card): its fields with what they
 * hold and the error under each. Its submission comes back by `name` to the use case in APP_FORMS,
 * with `data` (ids only) and each field's value by its id.
 */
export interface NeutralForm {
  form: "fields";
  name: FormName;
  title: Text;
  submit: Text;
  /** The submit cannot be undone (Teams shows it in red; Slack's modal submit has no style). */
  danger?: boolean;
  /** What the reader must know before sending, above the fields. */
  warning?: Text;
  fields: FormField[];
  data: Record<string, string>;
  errors: Partial<Record<string, Text>>;
}

/** Every form the application defines (each has its submission in APP_FORMS). */
export type FormName = "pause" | "leave";

export type FormField = {
  id: string;
  label: Text;
  value?: string | undefined;
  optional?: boolean;
} & (
  | /** A calendar day (YYYY-MM-DD). */ { kind: "date" }
  | /** One of these; `value` is the chosen one's. */ { kind: "choice"; choices: { label: Text; value: string }[] }
  | /** What the person writes, up to `max` characters. */ { kind: "text"; multiline?: boolean; max: number }
);
