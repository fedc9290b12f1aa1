import { fieldErrorKey } from "../../app/refusals";
import type { ViewOutput } from "@slack/bolt";
import type { FieldError } from "../../domain/forms";
import type { Translate, Vars } from "../../i18n";

type StateValue = ViewOutput["state"]["values"][string][string];

/** Flattens a submitted view to block_id → value (each input block holds one element, "value"). */
export function readViewState(view: ViewOutput): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  // A signed payload can still be of any shape: a missing state or an odd block reads as empty.
  const blocks: unknown = view.state?.values;
  if (!blocks || typeof blocks !== "object") return values;
  for (const [blockId, actions] of Object.entries(blocks as Record<string, Record<string, StateValue> | null>)) {
    if (!actions || typeof actions !== "object") continue;
    const element = actions.value ?? Object.values(actions)[0];
    if (element && typeof element === "object") values[blockId] = elementValue(element);
  }
  return values;
}

function elementValue(element: StateValue): unknown {
  switch (element.type) {
    case "static_select":
    case "external_select":
    case "radio_buttons":
      return element.selected_option?.value ?? undefined;
    case "multi_static_select":
    case "multi_external_select":
    case "checkboxes":
      return Array.isArray(element.selected_options) ? element.selected_options.map((o) => o?.value) : [];
    case "users_select":
      return element.selected_user ?? undefined;
    case "multi_users_select":
      return Array.isArray(element.selected_users) ? element.selected_users : [];
    case "conversations_select":
      return element.selected_conversation ?? undefined;
    case "channels_select":
      return element.selected_channel ?? undefined;
    case "datepicker":
      return element.selected_date ?? undefined;
    case "timepicker":
      return element.selected_time ?? undefined;
    case "datetimepicker":
      return element.selected_date_time ?? undefined;
    case "number_input":
    case "plain_text_input":
    case "email_text_input":
    case "url_text_input":
      return element.value ?? undefined;
    default:
      return (element as { value?: unknown }).value;
  }
}

/** `response_action: "errors"`: each field's message, translated, on the block that holds it. */
export function viewErrors(errors: FieldError[], blockOf: Record<string, string>, t: Translate, vars: Vars = {}) {
  const byBlock: Record<string, string> = {};
  for (const error of errors) {
    const block = blockOf[error.field];
    if (block) byBlock[block] = t(fieldErrorKey(error), vars);
  }
  return { response_action: "errors" as const, errors: byBlock };
}
