/**
 * Tandem's catalogue markup: every catalogue string is written once in it, and each surface
 * renders it (Slack mrkdwn, Teams markdown, plain text for files, PDFs and plain_text fields).
 *
 *   **bold**        _italic_        ~~struck~~        `code` (a command or what to type)
 *   [label](url)    a link; the url may be a variable: [What is kept]({{url}})
 *   @{{person}}     a person: a Slack user id becomes a mention, anything else shows as text
 *   #{{channel}}    a channel: a Slack channel id becomes a channel link, anything else shows as text
 *   /mentoring      Slack's slash command; Teams types commands bare, so its renderer leaves "/mentoring " out
 *   \x              the character x as itself (\*, \_, \~, \`, \[, \], \\, \@, \#)
 *
 * `_` opens and closes italic only at a word's edge, so TANDEM_COORDINATORS stays as written.
 * Slack-only forms (*bold*, <url|label>, <@U…>, <#C…>) are not part of it: a test keeps them out.
 *
 * Values ({{name}}) are never read as markup: the translator swaps each one for a placeholder
 * before i18next interpolates, the renderer turns the catalogue's markup into the surface's, and
 * only then is each value put in, escaped for where it lands (text, code, a link's address).
 */

export type Surface = "slack" | "teams" | "plain";

/** A value's stand-in while the catalogue's markup is read: private-use characters nobody types. */
const OPEN = "\uE000";
const CLOSE = "\uE001";
export function placeholder(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

type Inline =
  | { kind: "text"; text: string }
  | { kind: "value"; index: number }
  | { kind: "bold" | "italic" | "strike" | "code"; children: Inline[] }
  | { kind: "link"; children: Inline[]; url: Inline[] }
  | { kind: "mention" | "channel"; index: number };

const ESCAPABLE = new Set(["\\", "*", "_", "~", "`", "[", "]", "(", ")", "@", "#"]);
const WORD = /[\p{L}\p{N}]/u;

/** The catalogue text (values already swapped for placeholders) as a tree. */
export function parseMarkup(source: string): Inline[] {
  return parse(source, true);
}

function parse(source: string, markup: boolean): Inline[] {
  const out: Inline[] = [];
  let text = "";
  const flush = () => {
    if (text) out.push({ kind: "text", text });
    text = "";
  };
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === "\\" && i + 1 < source.length && ESCAPABLE.has(source[i + 1]!)) {
      text += source[i + 1];
      i += 2;
      continue;
    }
    if (c === OPEN) {
      const end = source.indexOf(CLOSE, i);
      flush();
      out.push({ kind: "value", index: Number(source.slice(i + 1, end)) });
      i = end + 1;
      continue;
    }
    if (markup) {
      const span = spanAt(source, i);
      if (span) {
        flush();
        out.push(span.node);
        i = span.end;
        continue;
      }
    }
    text += c;
    i += 1;
  }
  flush();
  return out;
}

/** The markup span that starts at `i`, if one does, and where it ends. */
function spanAt(source: string, i: number): { node: Inline; end: number } | undefined {
  const c = source[i]!;
  const pair = source.slice(i, i + 2);
  if (pair === "**" || pair === "~~") {
    const close = findClose(source, i + 2, pair);
    if (close > i + 2)
      return {
        node: { kind: pair === "**" ? "bold" : "strike", children: parse(source.slice(i + 2, close), true) },
        end: close + 2,
      };
  }
  if (c === "`") {
    const close = findClose(source, i + 1, "`");
    if (close > i + 1)
      return { node: { kind: "code", children: parse(source.slice(i + 1, close), false) }, end: close + 1 };
  }
  if (c === "_" && !WORD.test(source[i - 1] ?? "") && /\S/.test(source[i + 1] ?? "")) {
    let close = findClose(source, i + 1, "_");
    while (close > 0 && (WORD.test(source[close + 1] ?? "") || /\s/.test(source[close - 1]!)))
      close = findClose(source, close + 1, "_");
    if (close > i + 1)
      return { node: { kind: "italic", children: parse(source.slice(i + 1, close), true) }, end: close + 1 };
  }
  if (c === "[") {
    const middle = findClose(source, i + 1, "](");
    const close = middle > 0 ? findClose(source, middle + 2, ")") : -1;
    if (middle > i + 1 && close > middle + 2)
      return {
        node: {
          kind: "link",
          children: parse(source.slice(i + 1, middle), true),
          url: parse(source.slice(middle + 2, close), false),
        },
        end: close + 1,
      };
  }
  if ((c === "@" || c === "#") && source[i + 1] === OPEN) {
    const end = source.indexOf(CLOSE, i);
    return { node: { kind: c === "@" ? "mention" : "channel", index: Number(source.slice(i + 2, end)) }, end: end + 1 };
  }
  return undefined;
}

/** Where `mark` next occurs from `from`, skipping backslash escapes; -1 when it does not. */
function findClose(source: string, from: number, mark: string): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === "\\") {
      i += 1;
      continue;
    }
    if (source.startsWith(mark, i)) return i;
  }
  return -1;
}

/** Slack's mrkdwn control characters, as entities. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * What a person typed (a name, a reason, a goal), shown literally in Teams: TextBlock, FactSet
 * and message text render a markdown subset, and message text reads `<at>` as a mention. The
 * characters it would read as formatting are backslash-escaped, angle brackets become entities,
 * and a line cannot start a heading, list or quote.
 */
export function escapeTeamsMarkdown(text: string): string {
  return text
    .replace(/[\\`*_~[\]]/g, "\\$&")
    .replace(/&(?=#?\w+;)/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/^(\s*)([#+-])/gm, "$1\\$2")
    .replace(/^(\s*\d+)([.)])/gm, "$1\\$2");
}

/** How a surface escapes a value that is not markup. */
export const ESCAPE: Record<Surface, (text: string) => string> = {
  slack: escapeMrkdwn,
  teams: escapeTeamsMarkdown,
  plain: (text) => text,
};

/** A value as the renderer receives it: a person's text (to escape, or escaped already) or markup the code built. */
export interface RenderValue {
  text: string;
  /** True when `text` is already right for the surface (code-built markup, or escaped by the caller). */
  ready: boolean;
}

const SLACK_USER = /^[UW][A-Z0-9]+$/;
const SLACK_CHANNEL = /^[CGD][A-Z0-9]+$/;

/** Catalogue markup with its values, as the surface's text. */
export function render(source: string, values: readonly RenderValue[], surface: Surface): string {
  return renderNodes(parseMarkup(source), values, surface);
}

function renderNodes(nodes: readonly Inline[], values: readonly RenderValue[], surface: Surface): string {
  return nodes.map((node) => renderNode(node, values, surface)).join("");
}

function valueText(values: readonly RenderValue[], index: number, surface: Surface): string {
  const value = values[index];
  if (!value) return "";
  return value.ready ? value.text : ESCAPE[surface](value.text);
}

function renderNode(node: Inline, values: readonly RenderValue[], surface: Surface): string {
  const inner = (children: readonly Inline[]) => renderNodes(children, values, surface);
  switch (node.kind) {
    case "text":
      return literal(node.text, surface);
    case "value":
      return valueText(values, node.index, surface);
    case "bold":
      return surface === "slack"
        ? `*${inner(node.children)}*`
        : surface === "teams"
          ? `**${inner(node.children)}**`
          : inner(node.children);
    case "italic":
      return surface === "plain" ? inner(node.children) : `_${inner(node.children)}_`;
    case "strike":
      // Teams' markdown subset has no strike-through.
      return surface === "slack" ? `~${inner(node.children)}~` : inner(node.children);
    case "code":
      // Teams shows inline code oddly, so what to type is bold there.
      return surface === "slack"
        ? `\`${inner(node.children)}\``
        : surface === "teams"
          ? `**${inner(node.children)}**`
          : inner(node.children);
    case "link": {
      const label = inner(node.children);
      const url = node.url
        .map((part) =>
          part.kind === "text" ? part.text : part.kind === "value" ? (values[part.index]?.text ?? "") : "",
        )
        .join("");
      if (!/^https?:\/\/[^\s]+$/.test(url)) return label;
      if (surface === "slack") return `<${url.replace(/&/g, "&amp;").replace(/[<>|]/g, encodeURIComponent)}|${label}>`;
      if (surface === "teams") return `[${label}](${url.replace(/[()<>]/g, encodeURIComponent)})`;
      return `${label} (${url})`;
    }
    case "mention":
    case "channel": {
      const raw = values[node.index]?.text ?? "";
      const id = node.kind === "mention" ? SLACK_USER : SLACK_CHANNEL;
      if (surface === "slack" && id.test(raw)) return node.kind === "mention" ? `<@${raw}>` : `<#${raw}>`;
      return valueText(values, node.index, surface);
    }
  }
}

/** The catalogue's own words on a surface: escaped like a value, bar what the markup already said. */
function literal(text: string, surface: Surface): string {
  if (surface === "slack") return escapeMrkdwn(text);
  // Not brackets (a link needs the catalogue's own [label](url)) nor line starts (its lists are meant).
  if (surface === "teams")
    return text
      .replace(/\/mentoring /g, "")
      .replace(/[\\`*~]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, "\\$&")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;");
  return text;
}
