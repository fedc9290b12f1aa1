import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { TEST_DATA_DIR } from "../support/database";

/**
 * Issue 18: start-up memory. These packages are needed only on first use (a PDF, a chart, a
 * calendar file), or only with one platform or database; `npm start` must not load them at start.
 * esbuild hoists a bundled module's package imports to the top of whatever file holds it, so an
 * `await import()` in the source is lazy only if the bundle keeps the module in its own chunk.
 */
const LOADED_ON_FIRST_USE = [
  "botbuilder",
  "pg",
  "@prisma/adapter-pg",
  "pdfkit",
  "vega",
  "vega-lite",
  "@resvg/resvg-js",
  "ics",
];

/** The packages a bundle file and the files it statically imports import statically. */
function packagesLoadedAtStart(file: string, seen = new Set<string>()): Set<string> {
  const packages = new Set<string>();
  if (seen.has(file)) return packages;
  seen.add(file);
  // Only top-level static imports: `import(...)` is what a chunk loaded later looks like.
  for (const [, specifier] of readFileSync(file, "utf8").matchAll(/^import\s(?:[^;]*?\sfrom\s)?"([^"]+)";?$/gm)) {
    if (specifier!.startsWith(".")) {
      for (const name of packagesLoadedAtStart(resolve(dirname(file), specifier!), seen)) packages.add(name);
    } else if (!specifier!.startsWith("node:")) {
      packages.add(specifier!);
    }
  }
  return packages;
}

describe("npm start's bundle", () => {
  let atStart: Set<string>;

  beforeAll(() => {
    // Beside the test databases (removed after the run), so a developer's own dist/ is left alone.
    const bundle = join(TEST_DATA_DIR, `bundle-${randomUUID()}`, "main.js");
    execFileSync(process.execPath, ["scripts/build.mjs", bundle]);
    atStart = packagesLoadedAtStart(resolve(bundle));
  }, 60_000);

  it("loads at start what every request needs", () => {
    expect(atStart).toContain("@slack/bolt");
    expect(atStart).toContain("express");
  });

  it("loads the packages of files, charts, Teams and PostgreSQL only when first used", () => {
    expect(LOADED_ON_FIRST_USE.filter((name) => atStart.has(name))).toEqual([]);
  });
});
