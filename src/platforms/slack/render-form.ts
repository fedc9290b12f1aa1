import type { View } from "@slack/types";
import type { FormField, NeutralForm } from "../../app/form";
import type { Text } from "../../app/reply";
import type { SlackReader } from "./people";
import { slackText } from "./render";
import { block, option, plainFromMrkdwn, plainText, section, textInput } from "./views/text";

/** A form's modal is `form:<name>`: one listener takes every submission back to its use case. */
export const SLACK_FORM_PREFIX = "form:";

/** A form as a modal: one input block per field (the block id is the field's id), its data in the metadata. */
export function slackForm(form: NeutralForm, viewer: SlackReader): View {
  const plain = (text: Text, max?: number) => plainText(plainFromMrkdwn(slackText(text, viewer)), max);
  return {
    type: "modal",
    callback_id: `${SLACK_FORM_PREFIX}${form.name}`,
    private_metadata: JSON.stringify(form.data),
    title: plain(form.title, 24),
    submit: plain(form.submit, 24),
    close: plainText(viewer.t("common.cancel"), 24),
    blocks: [
      ...(form.warning ? [section(`⚠️ ${slackText(form.warning, viewer)}`)] : []),
      ...form.fields.map((field) =>
        block({
          type: "input",
          block_id: field.id,
          label: plain(field.label, 2000),
          ...(field.optional ? { optional: true } : {}),
          element: slackElement(field, (text) => plainFromMrkdwn(slackText(text, viewer))),
        }),
      ),
    ],
  };
}

function slackElement(field: FormField, plain: (text: Text) => string) {
  switch (field.kind) {
    case "date":
      return {
        type: "datepicker",
        action_id: "value",
        ...(field.value && /^\d{4}-\d{2}-\d{2}$/.test(field.value) ? { initial_date: field.value } : {}),
      };
    case "choice": {
      const options = field.choices.map((choice) => option(plain(choice.label), choice.value));
      const chosen = options.find((o) => o.value === field.value);
      return { type: "static_select", action_id: "value", options, ...(chosen ? { initial_option: chosen } : {}) };
    }
    case "text":
      return {
        type: "plain_text_input",
        action_id: "value",
        ...(field.multiline ? { multiline: true } : {}),
        ...textInput(field.value, field.max),
      };
  }
}

/** The errors of a form sent back, under their fields, as the plain text Slack shows there. */
export function slackFormErrors(form: NeutralForm, viewer: SlackReader): Record<string, string> {
  return Object.fromEntries(
    Object.entries(form.errors).flatMap(([field, error]) =>
      error ? [[field, plainFromMrkdwn(slackText(error, viewer))]] : [],
    ),
  );
}
