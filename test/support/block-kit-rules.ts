/**
 * What Slack would refuse or show wrongly, checked on every Web API call, response_url post and
 * interaction ack the fakes see: the limits of Slack's Block Kit reference (docs.slack.dev,
 * "Blocks", "Block elements", "Composition objects", "Modal views"), the fields that take only
 * plain_text, initial options that must be among the options, unique ids, and mrkdwn text whose
 * `&`, `<`, `>` are not escaped. Each problem names its rule and where it is in the payload; a
 * `refused` one is what Slack answers with an error (invalid_blocks, invalid_arguments) instead of
 * showing it, the rest Slack shows, but not as meant.
 */

type Json = Record<string, any>;

export interface SlackProblem {
  path: string;
  rule: string;
  refused: boolean;
}

export const MESSAGE_BLOCKS = 50;
export const VIEW_BLOCKS = 100;
/** chat.postMessage cuts the text beyond this. */
export const MESSAGE_TEXT = 40_000;

export function describeProblem(problem: SlackProblem): string {
  return `${problem.path}: ${problem.rule}`;
}

/** The problems of one call: a Web API method with its arguments, or "response_url" with what was posted there. */
export function slackCallProblems(method: string, args: Json): SlackProblem[] {
  switch (method) {
    case "chat.postMessage":
    case "chat.postEphemeral":
    case "chat.update":
    case "chat.scheduleMessage":
    case "response_url":
      return messageProblems(args);
    case "views.open":
    case "views.update":
    case "views.push":
    case "views.publish":
      return args.view && typeof args.view === "object"
        ? viewProblems(args.view, "view", method === "views.publish" ? "home" : "modal")
        : [];
    default:
      return [];
  }
}

/**
 * The body of the app's answer to an interaction or a command (the HTTP response, or a Socket Mode
 * ack's payload): a view_submission may update or push a view, or name errors under its inputs;
 * a command or button may answer with a message.
 */
export function ackProblems(body: unknown): SlackProblem[] {
  if (!body || typeof body !== "object") return [];
  const ack = body as Json;
  switch (ack.response_action) {
    case "update":
    case "push":
      return viewProblems(ack.view, "view", "modal");
    case "errors": {
      const problems: SlackProblem[] = [];
      if (!ack.errors || typeof ack.errors !== "object" || Object.keys(ack.errors).length === 0)
        problems.push(refuse("errors", "response_action errors needs an object of block_id → message"));
      for (const [blockId, message] of Object.entries((ack.errors ?? {}) as Json)) {
        if (typeof message !== "string" || message.length === 0)
          problems.push(refuse(`errors.${blockId}`, "an error message must be a non-empty string"));
        else problems.push(...markupInPlainText(message, `errors.${blockId}`));
      }
      return problems;
    }
    case "clear":
    case undefined:
      return "text" in ack || "blocks" in ack ? messageProblems(ack) : [];
    default:
      return [refuse("response_action", `unknown response_action "${String(ack.response_action)}"`)];
  }
}

/** A view builder's output, whatever it is: a view, a message, bare blocks (at most a view's) or a text. */
export function payloadProblems(built: unknown): string[] {
  const payload = (built ?? {}) as Json;
  if (payload.type === "modal" || payload.type === "home")
    return viewProblems(payload, "view", payload.type).map(describeProblem);
  if (payload.blocks !== undefined && payload.text !== undefined) return messageProblems(payload).map(describeProblem);
  if (payload.blocks !== undefined) return blocksProblems(payload.blocks, "blocks", VIEW_BLOCKS).map(describeProblem);
  return mrkdwnProblems(String(payload.text), "text").map(describeProblem);
}

/** chat.postMessage, chat.update, chat.postEphemeral and response_url payloads. */
export function messageProblems(message: Json): SlackProblem[] {
  const problems: SlackProblem[] = [];
  const text = message.text;
  const blocks = message.blocks;
  if (typeof text === "string") {
    if (chars(text) > MESSAGE_TEXT)
      problems.push(wrong("text", `${chars(text)} characters: Slack cuts message text at ${MESSAGE_TEXT}`));
    if (message.mrkdwn !== false) problems.push(...mrkdwnProblems(text, "text"));
  }
  if (blocks !== undefined) problems.push(...blocksProblems(blocks, "blocks", MESSAGE_BLOCKS));
  const hasBlocks = Array.isArray(blocks) && blocks.length > 0;
  const hasText = typeof text === "string" && text.trim() !== "";
  if (hasBlocks && !hasText)
    problems.push(wrong("text", "blocks without text: the notification and screen readers have nothing to say"));
  if (!hasBlocks && !hasText && !message.delete_original && !message.attachments)
    problems.push(refuse("text", "a message needs text or blocks (no_text)"));
  return problems;
}

/** A modal (views.open/update/push, response_action update/push) or a Home tab (views.publish). */
export function viewProblems(view: unknown, path = "view", expected: "modal" | "home" = "modal"): SlackProblem[] {
  if (!view || typeof view !== "object") return [refuse(path, "a view object is required")];
  const v = view as Json;
  const problems: SlackProblem[] = [];
  if (v.type !== expected)
    problems.push(refuse(`${path}.type`, `expected "${expected}", got ${JSON.stringify(v.type)}`));
  if (v.type === "modal") {
    if (v.title === undefined) problems.push(refuse(`${path}.title`, "a modal needs a title"));
    else problems.push(...textObject(v.title, `${path}.title`, { max: 24, plainOnly: true }));
    for (const key of ["submit", "close"] as const) {
      if (v[key] !== undefined) problems.push(...textObject(v[key], `${path}.${key}`, { max: 24, plainOnly: true }));
    }
    const hasInput = Array.isArray(v.blocks) && v.blocks.some((b: Json) => b?.type === "input");
    if (hasInput && v.submit === undefined)
      problems.push(refuse(`${path}.submit`, "a modal with input blocks needs a submit button"));
  }
  if (v.private_metadata !== undefined)
    problems.push(...maxLength(v.private_metadata, 3000, `${path}.private_metadata`));
  if (v.callback_id !== undefined) problems.push(...maxLength(v.callback_id, 255, `${path}.callback_id`));
  if (v.external_id !== undefined) problems.push(...maxLength(v.external_id, 255, `${path}.external_id`));
  problems.push(...blocksProblems(v.blocks, `${path}.blocks`, VIEW_BLOCKS));
  return problems;
}

export function blocksProblems(blocks: unknown, path: string, maxBlocks: number): SlackProblem[] {
  if (!Array.isArray(blocks)) return [refuse(path, "blocks must be an array")];
  const problems: SlackProblem[] = [];
  if (blocks.length > maxBlocks)
    problems.push(refuse(path, `${blocks.length} blocks: Slack takes at most ${maxBlocks} here`));
  const blockIds = new Map<string, number>();
  blocks.forEach((block, i) => {
    const at = `${path}[${i}]`;
    if (!block || typeof block !== "object") {
      problems.push(refuse(at, "a block must be an object"));
      return;
    }
    const b = block as Json;
    if (b.block_id !== undefined) {
      problems.push(...maxLength(b.block_id, 255, `${at}.block_id`, 1));
      const first = blockIds.get(String(b.block_id));
      if (first !== undefined)
        problems.push(
          refuse(
            `${at}.block_id`,
            `"${String(b.block_id)}" is also the block_id of ${path}[${first}]; block_ids must be unique`,
          ),
        );
      else blockIds.set(String(b.block_id), i);
    }
    problems.push(...blockProblems(b, at));
  });
  return problems;
}

function blockProblems(b: Json, at: string): SlackProblem[] {
  const problems: SlackProblem[] = [];
  switch (b.type) {
    case "section": {
      if (b.text === undefined && b.fields === undefined) problems.push(refuse(at, "a section needs text or fields"));
      if (b.text !== undefined) problems.push(...textObject(b.text, `${at}.text`, { max: 3000 }));
      if (b.fields !== undefined) {
        if (!Array.isArray(b.fields) || b.fields.length === 0)
          problems.push(refuse(`${at}.fields`, "fields must be a non-empty array"));
        else {
          if (b.fields.length > 10) problems.push(refuse(`${at}.fields`, `${b.fields.length} fields: at most 10`));
          b.fields.forEach((field: unknown, i: number) =>
            problems.push(...textObject(field, `${at}.fields[${i}]`, { max: 2000 })),
          );
        }
      }
      if (b.accessory !== undefined) problems.push(...elementProblems(b.accessory, `${at}.accessory`, "section"));
      break;
    }
    case "header":
      problems.push(...textObject(b.text, `${at}.text`, { max: 150, plainOnly: true }));
      break;
    case "context":
      if (!Array.isArray(b.elements) || b.elements.length === 0)
        problems.push(refuse(`${at}.elements`, "a context block needs elements"));
      else {
        if (b.elements.length > 10)
          problems.push(refuse(`${at}.elements`, `${b.elements.length} elements: at most 10`));
        b.elements.forEach((element: Json, i: number) => {
          if (element?.type === "image") problems.push(...imageProblems(element, `${at}.elements[${i}]`));
          else problems.push(...textObject(element, `${at}.elements[${i}]`, { max: 3000 }));
        });
      }
      break;
    case "actions":
      if (!Array.isArray(b.elements) || b.elements.length === 0)
        problems.push(refuse(`${at}.elements`, "an actions block needs elements"));
      else {
        if (b.elements.length > 25)
          problems.push(refuse(`${at}.elements`, `${b.elements.length} elements: at most 25`));
        const actionIds = new Map<string, number>();
        b.elements.forEach((element: Json, i: number) => {
          problems.push(...elementProblems(element, `${at}.elements[${i}]`, "actions"));
          if (element?.action_id === undefined) return;
          const first = actionIds.get(String(element.action_id));
          if (first !== undefined)
            problems.push(
              refuse(
                `${at}.elements[${i}].action_id`,
                `"${String(element.action_id)}" is also the action_id of elements[${first}]; action_ids must be unique within a block`,
              ),
            );
          else actionIds.set(String(element.action_id), i);
        });
      }
      break;
    case "input":
      if (b.label === undefined) problems.push(refuse(`${at}.label`, "an input block needs a label"));
      else problems.push(...textObject(b.label, `${at}.label`, { max: 2000, plainOnly: true }));
      if (b.hint !== undefined) problems.push(...textObject(b.hint, `${at}.hint`, { max: 2000, plainOnly: true }));
      if (b.element === undefined) problems.push(refuse(`${at}.element`, "an input block needs an element"));
      else problems.push(...elementProblems(b.element, `${at}.element`, "input"));
      break;
    case "divider":
      break;
    case "image":
      problems.push(...imageProblems(b, at));
      if (b.title !== undefined) problems.push(...textObject(b.title, `${at}.title`, { max: 2000, plainOnly: true }));
      break;
    case "rich_text":
    case "markdown":
    case "file":
    case "video":
      break;
    default:
      problems.push(refuse(`${at}.type`, `unknown block type ${JSON.stringify(b.type)}`));
  }
  return problems;
}

const _SELECTS = new Set(["static_select", "multi_static_select"]);
const PLACEHOLDER_ELEMENTS = new Set([
  "static_select",
  "multi_static_select",
  "users_select",
  "multi_users_select",
  "conversations_select",
  "multi_conversations_select",
  "channels_select",
  "multi_channels_select",
  "external_select",
  "multi_external_select",
  "plain_text_input",
  "datepicker",
  "timepicker",
  "number_input",
  "email_text_input",
  "url_text_input",
]);

function elementProblems(element: unknown, at: string, where: "section" | "actions" | "input"): SlackProblem[] {
  if (!element || typeof element !== "object") return [refuse(at, "an element must be an object")];
  const e = element as Json;
  const problems: SlackProblem[] = [];
  if (e.action_id !== undefined) problems.push(...maxLength(e.action_id, 255, `${at}.action_id`, 1));
  if (e.placeholder !== undefined) {
    if (PLACEHOLDER_ELEMENTS.has(e.type))
      problems.push(...textObject(e.placeholder, `${at}.placeholder`, { max: 150, plainOnly: true }));
    else problems.push(refuse(`${at}.placeholder`, `a ${String(e.type)} has no placeholder`));
  }
  if (e.confirm !== undefined) problems.push(...confirmProblems(e.confirm, `${at}.confirm`));
  switch (e.type) {
    case "button":
      if (where === "input") problems.push(refuse(at, "a button cannot be an input block's element"));
      problems.push(...textObject(e.text, `${at}.text`, { max: 75, plainOnly: true }));
      if (e.value !== undefined) problems.push(...maxLength(e.value, 2000, `${at}.value`, 1));
      if (e.url !== undefined) problems.push(...maxLength(e.url, 3000, `${at}.url`, 1));
      if (e.style !== undefined && e.style !== "primary" && e.style !== "danger")
        problems.push(refuse(`${at}.style`, `style must be "primary" or "danger", got ${JSON.stringify(e.style)}`));
      if (e.accessibility_label !== undefined)
        problems.push(...maxLength(e.accessibility_label, 75, `${at}.accessibility_label`));
      break;
    case "static_select":
    case "multi_static_select":
      problems.push(...selectOptionsProblems(e, at));
      break;
    case "overflow": {
      const options = Array.isArray(e.options) ? (e.options as unknown[]) : [];
      if (options.length < 2 || options.length > 5)
        problems.push(refuse(`${at}.options`, `${options.length} options: an overflow menu takes 2 to 5`));
      options.forEach((option, i) => problems.push(...optionProblems(option, `${at}.options[${i}]`, true, true)));
      break;
    }
    case "checkboxes":
    case "radio_buttons": {
      const options = Array.isArray(e.options) ? (e.options as unknown[]) : [];
      if (options.length === 0 || options.length > 10)
        problems.push(refuse(`${at}.options`, `${options.length} options: ${e.type} takes 1 to 10`));
      options.forEach((option, i) => problems.push(...optionProblems(option, `${at}.options[${i}]`, false, false)));
      problems.push(...initialAmongOptions(e, options, at));
      break;
    }
    case "plain_text_input": {
      const max = e.max_length ?? 3000;
      if (typeof max !== "number" || max < 1 || max > 3000)
        problems.push(refuse(`${at}.max_length`, `max_length must be 1 to 3000, got ${JSON.stringify(e.max_length)}`));
      if (
        e.min_length !== undefined &&
        (typeof e.min_length !== "number" ||
          e.min_length < 0 ||
          e.min_length > 3000 ||
          (typeof max === "number" && e.min_length > max))
      ) {
        problems.push(
          refuse(
            `${at}.min_length`,
            `min_length must be 0 to 3000 and at most max_length, got ${JSON.stringify(e.min_length)}`,
          ),
        );
      }
      if (e.initial_value !== undefined) {
        if (typeof e.initial_value !== "string")
          problems.push(refuse(`${at}.initial_value`, "initial_value must be a string"));
        else if (typeof max === "number" && chars(e.initial_value) > Math.min(max, 3000)) {
          problems.push(
            refuse(
              `${at}.initial_value`,
              `${chars(e.initial_value)} characters, over the input's max_length ${Math.min(max, 3000)}`,
            ),
          );
        }
      }
      break;
    }
    case "datepicker":
      if (e.initial_date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.initial_date)))
        problems.push(refuse(`${at}.initial_date`, `"${String(e.initial_date)}" is not YYYY-MM-DD`));
      break;
    case "timepicker":
      if (e.initial_time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(String(e.initial_time)))
        problems.push(refuse(`${at}.initial_time`, `"${String(e.initial_time)}" is not HH:mm`));
      break;
    case "datetimepicker":
      if (e.initial_date_time !== undefined && !Number.isInteger(e.initial_date_time))
        problems.push(refuse(`${at}.initial_date_time`, "initial_date_time must be a UNIX timestamp in seconds"));
      break;
    case "number_input":
      if (typeof e.is_decimal_allowed !== "boolean")
        problems.push(refuse(`${at}.is_decimal_allowed`, "a number_input needs is_decimal_allowed"));
      for (const key of ["initial_value", "min_value", "max_value"] as const) {
        if (e[key] !== undefined && (typeof e[key] !== "string" || !Number.isFinite(Number(e[key]))))
          problems.push(refuse(`${at}.${key}`, `${key} must be a number as a string`));
      }
      if (e.initial_value !== undefined) {
        const value = Number(e.initial_value);
        if (
          (e.min_value !== undefined && value < Number(e.min_value)) ||
          (e.max_value !== undefined && value > Number(e.max_value))
        ) {
          problems.push(refuse(`${at}.initial_value`, `${String(e.initial_value)} is outside min_value/max_value`));
        }
      }
      break;
    case "users_select":
    case "multi_users_select":
    case "conversations_select":
    case "multi_conversations_select":
    case "channels_select":
    case "multi_channels_select":
    case "external_select":
    case "multi_external_select":
    case "email_text_input":
    case "url_text_input":
    case "image":
    case "checkboxes_group":
      break;
    default:
      problems.push(refuse(`${at}.type`, `unknown element type ${JSON.stringify(e.type)}`));
  }
  return problems;
}

function selectOptionsProblems(e: Json, at: string): SlackProblem[] {
  const problems: SlackProblem[] = [];
  let options: unknown[] = [];
  if (e.options !== undefined && e.option_groups !== undefined)
    problems.push(refuse(at, "a select takes options or option_groups, not both"));
  if (Array.isArray(e.option_groups)) {
    if (e.option_groups.length === 0 || e.option_groups.length > 100)
      problems.push(refuse(`${at}.option_groups`, `${e.option_groups.length} option groups: 1 to 100`));
    e.option_groups.forEach((group: Json, g: number) => {
      problems.push(...textObject(group?.label, `${at}.option_groups[${g}].label`, { max: 75, plainOnly: true }));
      const groupOptions = Array.isArray(group?.options) ? (group.options as unknown[]) : [];
      if (groupOptions.length === 0 || groupOptions.length > 100)
        problems.push(
          refuse(`${at}.option_groups[${g}].options`, `${groupOptions.length} options: a group takes 1 to 100`),
        );
      groupOptions.forEach((option, i) =>
        problems.push(...optionProblems(option, `${at}.option_groups[${g}].options[${i}]`, true, false)),
      );
      options = options.concat(groupOptions);
    });
  } else {
    options = Array.isArray(e.options) ? (e.options as unknown[]) : [];
    if (options.length === 0 || options.length > 100)
      problems.push(refuse(`${at}.options`, `${options.length} options: a select takes 1 to 100`));
    options.forEach((option, i) => problems.push(...optionProblems(option, `${at}.options[${i}]`, true, false)));
  }
  problems.push(...initialAmongOptions(e, options, at));
  if (e.type === "static_select" && e.initial_options !== undefined)
    problems.push(refuse(`${at}.initial_options`, "a static_select takes initial_option"));
  if (e.type === "multi_static_select" && e.initial_option !== undefined)
    problems.push(refuse(`${at}.initial_option`, "a multi_static_select takes initial_options"));
  return problems;
}

function optionProblems(option: unknown, at: string, plainOnly: boolean, overflow: boolean): SlackProblem[] {
  if (!option || typeof option !== "object") return [refuse(at, "an option must be an object")];
  const o = option as Json;
  const problems = textObject(o.text, `${at}.text`, { max: 75, plainOnly });
  if (o.value === undefined) problems.push(refuse(`${at}.value`, "an option needs a value"));
  else problems.push(...maxLength(o.value, 150, `${at}.value`, 1));
  if (o.description !== undefined)
    problems.push(...textObject(o.description, `${at}.description`, { max: 75, plainOnly: true }));
  if (o.url !== undefined) {
    if (!overflow) problems.push(refuse(`${at}.url`, "only overflow menu options take a url"));
    problems.push(...maxLength(o.url, 3000, `${at}.url`, 1));
  }
  return problems;
}

/** Slack refuses an initial option that is not exactly one of the options (same value and same text). */
function initialAmongOptions(e: Json, options: unknown[], at: string): SlackProblem[] {
  const same = (a: Json, b: Json) =>
    a?.value === b?.value && a?.text?.text === b?.text?.text && a?.text?.type === b?.text?.type;
  const problems: SlackProblem[] = [];
  const check = (initial: Json, path: string) => {
    if (!options.some((option) => same(option as Json, initial))) {
      problems.push(
        refuse(
          path,
          `${JSON.stringify({ value: initial?.value, text: initial?.text?.text })} is not one of the options (value and text must both match)`,
        ),
      );
    }
  };
  if (e.initial_option !== undefined) check(e.initial_option, `${at}.initial_option`);
  if (e.initial_options !== undefined) {
    if (!Array.isArray(e.initial_options))
      problems.push(refuse(`${at}.initial_options`, "initial_options must be an array"));
    else e.initial_options.forEach((initial: Json, i: number) => check(initial, `${at}.initial_options[${i}]`));
  }
  return problems;
}

function confirmProblems(confirm: unknown, at: string): SlackProblem[] {
  if (!confirm || typeof confirm !== "object") return [refuse(at, "a confirm dialog must be an object")];
  const c = confirm as Json;
  const problems = [
    ...textObject(c.title, `${at}.title`, { max: 100, plainOnly: true }),
    ...textObject(c.text, `${at}.text`, { max: 300 }),
    ...textObject(c.confirm, `${at}.confirm`, { max: 30, plainOnly: true }),
    ...textObject(c.deny, `${at}.deny`, { max: 30, plainOnly: true }),
  ];
  if (c.style !== undefined && c.style !== "primary" && c.style !== "danger")
    problems.push(refuse(`${at}.style`, `style must be "primary" or "danger", got ${JSON.stringify(c.style)}`));
  return problems;
}

function imageProblems(image: Json, at: string): SlackProblem[] {
  const problems: SlackProblem[] = [];
  if (image.image_url === undefined && image.slack_file === undefined)
    problems.push(refuse(at, "an image needs image_url or slack_file"));
  if (image.image_url !== undefined) problems.push(...maxLength(image.image_url, 3000, `${at}.image_url`, 1));
  problems.push(...maxLength(image.alt_text, 2000, `${at}.alt_text`, 1));
  return problems;
}

/** A text object: plain_text or mrkdwn, non-empty, within `max` characters; mrkdwn escaped. */
function textObject(text: unknown, at: string, rules: { max: number; plainOnly?: boolean }): SlackProblem[] {
  if (!text || typeof text !== "object") return [refuse(at, "a text object is required")];
  const t = text as Json;
  const problems: SlackProblem[] = [];
  if (t.type !== "plain_text" && t.type !== "mrkdwn")
    problems.push(refuse(`${at}.type`, `a text object is plain_text or mrkdwn, got ${JSON.stringify(t.type)}`));
  else if (rules.plainOnly && t.type !== "plain_text")
    problems.push(refuse(`${at}.type`, "only plain_text is allowed here"));
  if (typeof t.text !== "string") return [...problems, refuse(`${at}.text`, "text must be a string")];
  if (t.text.length === 0) problems.push(refuse(`${at}.text`, "text must not be empty"));
  if (chars(t.text) > rules.max)
    problems.push(
      refuse(
        `${at}.text`,
        `${chars(t.text)} characters, over Slack's ${rules.max}: ${JSON.stringify(t.text.slice(0, 40))}…`,
      ),
    );
  if (t.type === "mrkdwn") problems.push(...mrkdwnProblems(t.text, `${at}.text`));
  if (t.type === "plain_text" && t.emoji !== undefined && typeof t.emoji !== "boolean")
    problems.push(refuse(`${at}.emoji`, "emoji must be a boolean"));
  return problems;
}

// Slack's own markup inside < >: mentions, channels, special mentions, dates and links.
const SLACK_MARKUP = [
  /^@[UW][A-Z0-9]+(\|[^|]*)?$/,
  /^#C[A-Z0-9]+(\|[^|]*)?$/,
  /^!(here|channel|everyone)(\|[^|]*)?$/,
  /^!subteam\^[A-Z0-9]+(\|[^|]*)?$/,
  /^!date\^\d+\^[^|]+(\^[^|\s]+)?\|[^|]+$/,
  /^(https?:\/\/|mailto:)[^|\s<>]+(\|[^|]+)?$/,
];

/**
 * Slack's mrkdwn treats `&`, `<` and `>` as control characters: outside its own markup they must
 * be sent as &amp; &lt; &gt;, or the text shows cut, as a bogus link, or not at all.
 */
export function mrkdwnProblems(text: string, at: string): SlackProblem[] {
  const problems: SlackProblem[] = [];
  const bare = text.replace(/<([^<>]*)>/g, (whole, inner: string) =>
    SLACK_MARKUP.some((re) => re.test(inner)) ? "" : whole,
  );
  const stray = bare.match(/[<>]|&(?!(amp|lt|gt);)/);
  if (stray) {
    const index = stray.index ?? 0;
    problems.push(
      wrong(
        at,
        `unescaped "${stray[0]}" in mrkdwn (send it as ${stray[0] === "&" ? "&amp;" : stray[0] === "<" ? "&lt;" : "&gt;"}): ${JSON.stringify(bare.slice(Math.max(0, index - 30), index + 30))}`,
      ),
    );
  }
  return problems;
}

/** Plain-text fields (error messages under inputs) show markup literally. */
function markupInPlainText(text: string, at: string): SlackProblem[] {
  if (/&(amp|lt|gt);|\*[^*\s][^*]*\*|`/.test(text))
    return [
      wrong(at, `markup or entities in a plain-text message show literally: ${JSON.stringify(text.slice(0, 80))}`),
    ];
  return [];
}

function maxLength(value: unknown, max: number, at: string, min = 0): SlackProblem[] {
  if (typeof value !== "string") return [refuse(at, `must be a string, got ${JSON.stringify(value)}`)];
  if (value.length < min) return [refuse(at, "must not be empty")];
  if (chars(value) > max) return [refuse(at, `${chars(value)} characters, over Slack's ${max}`)];
  return [];
}

/** Slack counts characters, not UTF-16 units. */
function chars(text: string): number {
  return [...text].length;
}

function refuse(path: string, rule: string): SlackProblem {
  return { path, rule, refused: true };
}

function wrong(path: string, rule: string): SlackProblem {
  return { path, rule, refused: false };
}
