import { describe, expect, it } from "vitest";
import { catalogues, escapingTranslator, markup, translator } from "../../src/i18n";
import { parseMarkup, placeholder, render } from "../../src/i18n/markup";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

const every = Object.entries(catalogues).flatMap(([language, catalogue]) =>
  flatten(catalogue as unknown as Tree).map(([key, text]) => [`${language}:${key}`, text] as const),
);

/** The issue's payloads, in both surfaces' markup. */
const HOSTILE = "<https://evil.example|Confirm> <!channel> <@UCOORD> [Go](https://evil.example) **urgent** `x` _y_";

describe("the catalogue markup", () => {
  it("is the only markup in the catalogues: no Slack-only links, mentions, channels or single-star bold", () => {
    const slackOnly = every.filter(([, text]) => /<https?:|<@|<#|<!|(?<![*\\])\*(?!\*)/.test(text)).map(([key]) => key);
    expect(slackOnly).toEqual([]);
  });

  it("leaves no mark unmatched in any catalogue string", () => {
    const stray = every
      .filter(([, text]) => {
        const texts: string[] = [];
        const walk = (nodes: ReturnType<typeof parseMarkup>) => {
          for (const node of nodes) {
            if (node.kind === "text") texts.push(node.text);
            if ("children" in node) walk(node.children);
          }
        };
        walk(parseMarkup(text.replace(/\{\{\w+\}\}/g, placeholder(0))));
        return texts.some((t) => /\*|`|~~/.test(t));
      })
      .map(([key]) => key);
    expect(stray).toEqual([]);
  });

  it("renders bold, code, links and commands for each surface", () => {
    const source = "Use `/mentoring apply` on **Monday**, _calmly_, ~~not~~ or [the page](https://x.org/a?b=1&c=2)";
    expect(render(source, [], "slack")).toBe(
      "Use `/mentoring apply` on *Monday*, _calmly_, ~not~ or <https://x.org/a?b=1&amp;c=2|the page>",
    );
    expect(render(source, [], "teams")).toBe(
      "Use **apply** on **Monday**, _calmly_, not or [the page](https://x.org/a?b=1&c=2)",
    );
    expect(render(source, [], "plain")).toBe(
      "Use /mentoring apply on Monday, calmly, not or the page (https://x.org/a?b=1&c=2)",
    );
  });

  it("keeps the catalogue's own angle brackets and underscores literal", () => {
    expect(render("`cohort show <name>` TANDEM_COORDINATORS", [], "slack")).toBe(
      "`cohort show &lt;name&gt;` TANDEM_COORDINATORS",
    );
    expect(render("`cohort show <name>` TANDEM_COORDINATORS", [], "teams")).toBe(
      "**cohort show &lt;name&gt;** TANDEM_COORDINATORS",
    );
  });

  it("makes a Slack user id a mention and a channel id a channel link, and anything else plain text", () => {
    const values = (text: string) => [{ text, ready: false }];
    expect(render(`@${placeholder(0)} joined`, values("U123ABC"), "slack")).toBe("<@U123ABC> joined");
    expect(render(`in #${placeholder(0)}`, values("C0CHANNEL"), "slack")).toBe("in <#C0CHANNEL>");
    expect(render(`@${placeholder(0)} joined`, values("<!channel>"), "slack")).toBe("&lt;!channel&gt; joined");
    expect(render(`@${placeholder(0)} joined`, values("Ana **B**"), "teams")).toBe("Ana \\*\\*B\\*\\* joined");
  });

  it("never reads a value as markup: a hostile value stays literal on every surface", () => {
    const slack = escapingTranslator("en", "slack")("cohorts.created", {
      name: HOSTILE,
      opens: HOSTILE,
      closes: "1 Dec",
    });
    expect(slack).toContain("&lt;https://evil.example|Confirm&gt; &lt;!channel&gt; &lt;@UCOORD&gt;");
    expect(slack).not.toMatch(/<https?:\/\/evil|<!channel>|<@UCOORD>/);
    expect(slack).toMatch(/^Cohort \*&lt;https/);

    const teams = escapingTranslator("en", "teams")("cohorts.created", { name: HOSTILE, opens: HOSTILE, closes: "1" });
    expect(teams).toContain("\\[Go\\](https://evil.example) \\*\\*urgent\\*\\* \\`x\\` \\_y\\_");
    expect(teams).not.toMatch(/(?<!\\)\]\(https:\/\/evil|(?<!\\)\*\*urgent|<https|<!channel>|<@UCOORD>/);
    expect(teams).toMatch(/^Cohort \*\*&lt;https/);
    expect(teams).toContain("announce ");
  });

  it("keeps a value's text out of a link's address and a link's address out of the label", () => {
    const slack = escapingTranslator("en", "slack")("apply.consentLink", { url: "https://x.org/p?a=1&b=2|<@U1>" });
    expect(slack).toBe("<https://x.org/p?a=1&amp;b=2%7C%3C@U1%3E|What is kept, and why>");
    // Not a web address: the label alone, never a javascript: link.
    expect(escapingTranslator("en", "teams")("apply.consentLink", { url: "javascript:alert(1)" })).toBe(
      "What is kept, and why",
    );
  });

  it("lets code-built markup through only when it is marked as such", () => {
    const t = escapingTranslator("en", "slack");
    expect(t("admin.added", { name: markup("<@U123>") })).toBe("<@U123> now coordinates programmes in Tandem.");
    expect(t("admin.added", { name: "<@U123>" })).toBe("&lt;@U123&gt; now coordinates programmes in Tandem.");
  });

  it("puts values in as given for callers that escaped them, without reading them as markup", () => {
    expect(translator("en", "teams")("help.unknown", { word: "**a**" })).toBe("I don't know the command ****a****.");
    expect(translator("en", "slack")("help.unknown", { word: "a&amp;b" })).toBe("I don't know the command `a&amp;b`.");
  });
});
