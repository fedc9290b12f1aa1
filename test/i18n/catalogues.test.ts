import { describe, expect, it } from "vitest";
import { catalogues, translator } from "../../src/i18n";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe("catalogues", () => {
  const es = flatten(catalogues.es as unknown as Tree);
  const en = flatten(catalogues.en as unknown as Tree);

  it("have the same keys in Spanish and English", () => {
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
  });

  it("use the same variables in both languages", () => {
    const mismatched = [...es.keys()].filter(
      (k) => JSON.stringify(variables(es.get(k)!)) !== JSON.stringify(variables(en.get(k) ?? "")),
    );
    expect(mismatched).toEqual([]);
  });

  it("have no empty message", () => {
    expect([...es, ...en].filter(([, text]) => text.trim() === "").map(([k]) => k)).toEqual([]);
  });

  it("interpolate without HTML escaping (Slack and Teams escape for themselves)", () => {
    expect(translator("en", "slack")("help.unknown", { word: "a&b" })).toBe("I don't know the command `a&b`.");
  });
});
