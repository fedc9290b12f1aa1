import { state } from "./slack-requests";

type Values = Record<string, Record<string, unknown>>;

/**
 * What Slack would send back for a modal that the person submits without touching it: every
 * input block's initial value, in view_submission state form. Tests then change the fields a
 * person would type in.
 */
export function initialState(view: { blocks: any[] }): Values {
  const values: Values = {};
  for (const block of view.blocks) {
    if (block.type !== "input") continue;
    const e = block.element;
    switch (e.type) {
      case "plain_text_input":
        values[block.block_id] = state.text(e.initial_value ?? null);
        break;
      case "url_text_input":
        values[block.block_id] = state.url(e.initial_value ?? null);
        break;
      case "number_input":
        values[block.block_id] = state.number(e.initial_value ?? null);
        break;
      case "datepicker":
        values[block.block_id] = state.date(e.initial_date ?? null);
        break;
      case "timepicker":
        values[block.block_id] = state.time(e.initial_time ?? null);
        break;
      case "radio_buttons":
        values[block.block_id] = state.radio(e.initial_option?.value ?? null);
        break;
      case "static_select":
        values[block.block_id] = state.select(e.initial_option?.value ?? null);
        break;
      case "checkboxes":
        values[block.block_id] = state.checkboxes((e.initial_options ?? []).map((o: any) => o.value));
        break;
      case "multi_static_select":
        values[block.block_id] = state.multiSelect((e.initial_options ?? []).map((o: any) => o.value));
        break;
      case "users_select":
        values[block.block_id] = state.user(e.initial_user ?? null);
        break;
      case "conversations_select":
        values[block.block_id] = {
          value: { type: "conversations_select", selected_conversation: e.initial_conversation ?? null },
        };
        break;
      default:
        throw new Error(`initialState: no state form for a ${e.type} element`);
    }
  }
  return values;
}

/** Every option value of a select or radio element in a modal block. */
export function optionValues(view: { blocks: any[] }, blockId: string): string[] {
  const element = view.blocks.find((b) => b.block_id === blockId)?.element;
  const options = element?.options ?? element?.option_groups?.flatMap((g: any) => g.options) ?? [];
  return options.map((o: any) => o.value);
}
