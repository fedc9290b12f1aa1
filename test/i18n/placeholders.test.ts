import { describe, expect, it } from "vitest";
import { ARG_PLACEHOLDERS, COMMANDS, helpView, usageParts } from "../../src/domain/commands";
import type { Locale } from "../../src/domain/locale";
import { catalogues, regional, translator } from "../../src/i18n";
import { placeholder, render, type Surface } from "../../src/i18n/markup";
import { helpMessage } from "../../src/platforms/slack/views/help";
import { helpCard } from "../../src/platforms/teams/cards/help";
import { slackTexts, teamsTexts } from "../support/hostile-text";
import { slackShows, teamsShows } from "../support/shown-text";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : flatten(value, `${prefix}${key}.`),
  );
}

const every = Object.entries({ ...catalogues, ...regional }).flatMap(([language, catalogue]) =>
  flatten(catalogue as unknown as Tree).map(([key, text]) => [`${language}:${key}`, text] as const),
);

/** Every value a string takes, as one typed word: what matters here is the catalogue's own text. */
const VALUE = "Pilot";

/** A catalogue string on a surface, each `{{value}}` filled in. */
function rendered(source: string, surface: Surface): string {
  const names = [...source.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);
  const swapped = source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => placeholder(names.indexOf(name)));
  return render(
    swapped,
    names.map(() => ({ text: VALUE, ready: false })),
    surface,
  );
}

const COORDINATOR = { person: { id: "coordinator" }, isCoordinator: true };
const LOCALES: Locale[] = ["en", "es", "es-419"];

describe("what to type, as the catalogues write it", () => {
  // `cohort show <name>`, `certificate [cohort] … @person`, `pause YYYY-MM-DD`: the angle brackets
  // are Slack's link and mention syntax and HTML tags to Teams, so a renderer that let them through
  // raw would hide the very word the person has to replace.
  const codeSpans = every.flatMap(([key, source]) =>
    [...source.matchAll(/`([^`]+)`/g)].map((m) => ({ key, source, typed: m[1]!.replace(/\{\{\w+\}\}/g, VALUE) })),
  );

  it("finds the usage lines with placeholders (so the check below checks something)", () => {
    const withPlaceholders = codeSpans.filter((s) => /<[^>]+>|\[[^\]]+\]|YYYY|AAAA/.test(s.typed));
    expect(withPlaceholders.map((s) => s.key)).toEqual(
      expect.arrayContaining([
        "en:cohorts.usage",
        "es:cohorts.usage",
        "en:certificates.usage",
        "es:rhythm.pause.usage",
      ]),
    );
  });

  it("shows every code span as typed in Slack, placeholders and all", () => {
    const hidden = codeSpans.filter(({ source, typed }) => !slackShows(rendered(source, "slack")).includes(typed));
    expect(hidden.map(({ key, typed }) => `${key}: ${typed}`)).toEqual([]);
  });

  it("shows every code span as typed in Teams (bare, as Teams types commands), placeholders and all", () => {
    const hidden = codeSpans.filter(
      ({ source, typed }) => !teamsShows(rendered(source, "teams")).includes(typed.replace(/\/mentoring /g, "")),
    );
    expect(hidden.map(({ key, typed }) => `${key}: ${typed}`)).toEqual([]);
  });

  it("writes the Spanish placeholders in Spanish and the command words as the dispatcher reads them", () => {
    for (const locale of ["es", "es-419"] as const) {
      const slack = slackShows(translator(locale, "slack")("cohorts.usage"));
      expect(slack).toContain("cohort show <nombre>");
      expect(slack).toContain("cohort extend <nombre> AAAA-MM-DD");
      const teams = teamsShows(translator(locale, "teams")("certificates.usage", { prefix: "" }));
      expect(teams).toContain("certificado [cohorte] preview|issue|reissue @persona");
      expect(teamsShows(translator(locale, "teams")("admin.usage", { prefix: "" }))).toContain("admin add @persona");
      expect(teamsShows(translator(locale, "teams")("rhythm.pause.usage"))).toContain("pause AAAA-MM-DD");
    }
  });
});

describe("help's usage lines", () => {
  it("name only known placeholders in the command table", () => {
    const unknown = COMMANDS.flatMap((c) =>
      usageParts(c.args ?? "").flatMap((part) =>
        "text" in part && /[{}]/.test(part.text) ? [`${c.name}: ${c.args}`] : [],
      ),
    );
    expect(unknown).toEqual([]);
  });

  it("have a word for every placeholder in every language", () => {
    for (const locale of LOCALES)
      for (const name of ARG_PLACEHOLDERS)
        expect(translator(locale, "plain")(`help.placeholders.${name}`), `${locale}: ${name}`).not.toMatch(
          /^help\.|[<>[\]`*_]/,
        );
  });

  const EXPECTED: Record<Locale, string[]> = {
    en: [
      "timezone <Region/City>",
      "apply [cohort]",
      "pause [YYYY-MM-DD]|resume",
      "support <why>",
      "admin add|remove|list [@person]",
      "cohort new|list|show|status|edit|open|close|extend|finish [name]",
      "plenary [cohort] plan|list|attendance",
      "certificate [cohort] preview|issue|reissue @person",
    ],
    es: [
      "timezone <Región/Ciudad>",
      "apply [cohorte]",
      "pause [AAAA-MM-DD]|resume",
      "support <motivo>",
      "admin add|remove|list [@persona]",
      "cohort new|list|show|status|edit|open|close|extend|finish [nombre]",
      "plenary [cohorte] plan|list|attendance",
      "certificate [cohorte] preview|issue|reissue @persona",
    ],
    "es-419": [],
  };
  EXPECTED["es-419"] = EXPECTED.es;

  it.each(LOCALES)("show the placeholders in %s on Slack and Teams, as the person reads them", (locale) => {
    const view = helpView(COORDINATOR);
    const slack = slackTexts(helpMessage(view, translator(locale, "slack")))
      .map(slackShows)
      .join("\n");
    const teams = teamsTexts({ attachments: [{ content: helpCard(view, translator(locale, "teams")) }] })
      .map(teamsShows)
      .join("\n");
    for (const line of EXPECTED[locale]) {
      expect(slack).toContain(`/mentoring ${line}`);
      expect(teams).toContain(line);
    }
  });
});
