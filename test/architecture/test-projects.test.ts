import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";
import { filesOf, projectOf, testFiles } from "../projects";

/** The relative modules a file imports, followed through every file they import in turn. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  if (!file.endsWith(".ts")) return seen;
  const text = readFileSync(file, "utf8");
  const specs = [
    ...text.matchAll(/(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ]
    .filter((m) => !/^(?:import|export)\s+type\s/.test(m[0]))
    .map((m) => m[1] ?? m[2]!);
  for (const spec of specs) {
    if (!spec.startsWith(".")) {
      seen.add(spec);
      continue;
    }
    const base = normalize(join(dirname(file), spec));
    const resolved = [`${base}.ts`, join(base, "index.ts"), base].find((candidate) => existsSync(candidate));
    if (resolved) reachable(resolved, seen);
  }
  return seen;
}

describe("test projects (test/projects.ts)", () => {
  it("keeps the fast project pure: no app, no database, no child process, even through a helper", () => {
    const heavy = [
      normalize("src/tandem.ts"),
      normalize("src/storage/prisma-client.ts"),
      normalize("test/support/app.ts"),
      normalize("test/support/database.ts"),
      normalize("test/support/processes.ts"),
      "node:child_process",
    ];
    const offenders = filesOf("fast").flatMap((file) =>
      heavy.filter((module) => reachable(normalize(file)).has(module)).map((module) => `${file} loads ${module}`),
    );
    expect(offenders).toEqual([]);
  });

  it("gives every test file a project that some npm script runs", () => {
    const files = testFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => !projectOf(file))).toEqual([]);
    expect(filesOf("fast").length).toBeGreaterThan(20);
    expect(filesOf("process")).toContain("test/process/start.test.ts");
  });
});
