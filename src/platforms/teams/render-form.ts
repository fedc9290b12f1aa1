import type { FormField, NeutralForm } from "../../app/form";
import type { Text } from "../../app/reply";
import {
  type AdaptiveCard,
  adaptiveCard,
  type CardElement,
  field,
  paragraph,
  plainText,
  submit,
  title,
} from "./cards/card";
import type { TeamsReader } from "./identify";
import { teamsText } from "./render";

/** Every form's submit button sends this action, with the form's name and data: one handler takes them all. */
export const TEAMS_FORM_SUBMIT = "form.submit";

/** A form as a card: one input per field (its id is the field's), each error right under it. */
export function teamsForm(form: NeutralForm, viewer: TeamsReader): AdaptiveCard {
  const words = (text: Text) => teamsText(text, viewer);
  const errors = Object.fromEntries(Object.entries(form.errors).map(([id, error]) => [id, error && words(error)]));
  return adaptiveCard(
    [
      title(words(form.title)),
      ...(form.warning ? [paragraph(`⚠️ ${words(form.warning)}`, { color: "Warning" })] : []),
      ...form.fields.flatMap((input) => field(teamsInput(input, viewer), errors)),
    ],
    [
      submit(
        plainText(words(form.submit)),
        { action: TEAMS_FORM_SUBMIT, form: form.name, ...form.data },
        form.danger ? "destructive" : "positive",
      ),
    ],
  );
}

function teamsInput(input: FormField, viewer: TeamsReader): CardElement & { id: string } {
  const label = plainText(teamsText(input.label, viewer));
  const required = input.optional ? {} : { isRequired: true, errorMessage: viewer.t("teams.requiredField") };
  const value = input.value ? { value: input.value } : {};
  switch (input.kind) {
    case "date":
      return { type: "Input.Date", id: input.id, label, ...required, ...value };
    case "choice":
      return {
        type: "Input.ChoiceSet",
        id: input.id,
        label,
        style: "compact",
        ...required,
        choices: input.choices.map((choice) => ({
          title: plainText(teamsText(choice.label, viewer)),
          value: choice.value,
        })),
        ...value,
      };
    case "text":
      return {
        type: "Input.Text",
        id: input.id,
        label,
        ...(input.multiline ? { isMultiline: true } : {}),
        maxLength: input.max,
        ...required,
        ...value,
      };
  }
}
