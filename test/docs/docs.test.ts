import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { envSchema } from "../../src/config/env";
import { COMMANDS } from "../../src/domain/commands";

/**
 * The README and the manual in docs/ follow the code: every variable the configuration reads, every
 * command people can type, and every link a reader can follow. A variable or a command added to the
 * code fails here until someone says, in the docs, what it does.
 */

function markdownFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : path.endsWith(".md") ? [path] : [];
    });
}

const DOCS = ["README.md", ...markdownFiles("docs")];
const read = (path: string) => readFileSync(path, "utf8");

/** The text a reader sees as prose: fenced code blocks removed (a `#` or `[x](y)` there is code). */
function prose(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[ \t]*$/gm, "");
}

/** The variable names in the first column of a table's rows: "| `NAME` | …". */
function tableVariables(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([A-Z][A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1]!);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = heading!
      .toLowerCase()
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
      .trim()
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** Every inline link's target in the prose, inline code left out. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown).replace(/`[^`\n]*`/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]!);
}

describe("the documentation", () => {
  const variables = Object.keys(envSchema.shape);

  it("lists exactly the configuration's environment variables in the README's table", () => {
    const listed = tableVariables(read("README.md"));
    expect(variables.filter((name) => !listed.includes(name))).toEqual([]);
    expect(listed.filter((name) => !variables.includes(name))).toEqual([]);
  });

  it("explains every environment variable in docs/operations.md", () => {
    const listed = tableVariables(read("docs/operations.md"));
    expect(variables.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it("gives every command its own section in docs/commands.md, with all the words that run it", () => {
    const commands = read("docs/commands.md");
    const missing = COMMANDS.flatMap((spec) => [
      ...(new RegExp(`^#{2,4} \`${spec.name}\``, "m").test(commands) ? [] : [`section for ${spec.name}`]),
      ...(spec.aliases ?? []).filter((alias) => !commands.includes(`\`${alias}\``)).map((a) => `${spec.name}: ${a}`),
    ]);
    expect(missing).toEqual([]);
  });

  it("links only to files and headings that exist", () => {
    const broken = DOCS.flatMap((file) =>
      linkTargets(read(file))
        .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target))
        .flatMap((target) => {
          const [path = "", anchor] = target.split("#");
          const resolved = path === "" ? file : normalize(join(dirname(file), decodeURIComponent(path)));
          if (!existsSync(resolved)) return [`${file}: ${target} (no such file)`];
          if (anchor && resolved.endsWith(".md") && !anchors(read(resolved)).has(anchor))
            return [`${file}: ${target} (no such heading)`];
          return [];
        }),
    );
    expect(broken).toEqual([]);
  });

  it("reaches every page of docs/ from another page, each named in kebab case", () => {
    const linked = new Set(
      DOCS.flatMap((file) =>
        linkTargets(read(file))
          .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
          .map((target) => normalize(join(dirname(file), target.split("#")[0]!)))
          .filter((target) => target !== file),
      ),
    );
    const pages = DOCS.filter((file) => file !== "README.md");
    expect(pages.filter((page) => !linked.has(page))).toEqual([]);
    expect(pages.filter((page) => !/^(README|[a-z0-9]+(-[a-z0-9]+)*)\.md$/.test(page.split("/").at(-1)!))).toEqual([]);
  });
});
