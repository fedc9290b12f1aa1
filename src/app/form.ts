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
  fields: FormField[];
  data: Record<string, string>;
  errors: Partial<Record<string, Text>>;
}

/** Every form the application defines (each has its submission in APP_FORMS). */
export type FormName = "pause";

export interface FormField {
  id: string;
  label: Text;
  /** A calendar day (YYYY-MM-DD). */
  kind: "date";
  value?: string;
  optional?: boolean;
}
