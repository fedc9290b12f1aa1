import { pathToFileURL } from "node:url";
import { databaseProvider } from "../src/config/database-url";
import { loadDotEnv } from "../src/config/env";
import { Prisma } from "../src/generated/prisma/client";
import { applyMigrations } from "../src/storage/migrate";
import { openDatabase, type Database } from "../src/storage/prisma-client";

/**
 * `npm run db:copy -- --from file:./data/tandem.db --to postgresql://…`: moves a deployment from
 * SQLite to PostgreSQL (or between any two Tandem databases). The target is migrated first and
 * must be empty; rows are copied in pages, parents before children, and the counts are compared.
 */
export const COPY_ORDER: Prisma.ModelName[] = [
  "Person",
  "Job",
  "Delivery",
  "SendBudget",
  "ProcessedEvent",
  "Cohort",
  "Application",
  "MatchProposal",
  "MatchConstraint",
  "Pair",
  "PairSession",
  "ActionItem",
  "Goal",
  "Plenary",
  "PlenaryAttendance",
  "HelpRequest",
  "Evaluation",
  "Certificate",
  "AuditEntry",
];
const PAGE = 500;

type Delegate = {
  count(): Promise<number>;
  findMany(args: {
    take: number;
    skip?: number;
    cursor?: Record<string, unknown>;
    orderBy: Record<string, "asc"> | Record<string, "asc">[];
  }): Promise<Record<string, unknown>[]>;
  createMany(args: { data: Record<string, unknown>[] }): Promise<{ count: number }>;
};

const ID_FIELD: Partial<Record<Prisma.ModelName, string>> = { Delivery: "key", SendBudget: "key" };
/** Models keyed by several columns: paged by offset in key order (the source is not being written). */
const COMPOSITE_KEY: Partial<Record<Prisma.ModelName, string[]>> = { PlenaryAttendance: ["plenaryId", "personId"] };
/** Optional Json columns: Prisma wants Prisma.DbNull, not null, to write a NULL there. */
const NULLABLE_JSON: Partial<Record<Prisma.ModelName, string[]>> = { Person: ["conversationRef"] };

function delegate(db: Database, model: Prisma.ModelName): Delegate {
  return (db as unknown as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
}

export interface CopyReport {
  model: Prisma.ModelName;
  rows: number;
}

export async function copyDatabase(
  fromUrl: string,
  toUrl: string,
  log: (line: string) => void = () => undefined,
): Promise<CopyReport[]> {
  if (fromUrl === toUrl) throw new Error("--from and --to are the same database");
  await applyMigrations(toUrl);
  const source = await openDatabase(fromUrl);
  const target = await openDatabase(toUrl);
  try {
    for (const model of COPY_ORDER) {
      const existing = await delegate(target, model).count();
      if (existing > 0)
        throw new Error(`The target already holds data (${existing} ${model} rows): copy into an empty database.`);
    }
    const report: CopyReport[] = [];
    for (const model of COPY_ORDER) {
      const id = ID_FIELD[model] ?? "id";
      const from = delegate(source, model);
      const to = delegate(target, model);
      let cursor: unknown;
      let copied = 0;
      for (;;) {
        const composite = COMPOSITE_KEY[model];
        const page = composite
          ? await from.findMany({
              take: PAGE,
              skip: copied,
              orderBy: composite.map((column) => ({ [column]: "asc" as const })),
            })
          : await from.findMany({
              take: PAGE,
              ...(cursor === undefined ? {} : { skip: 1, cursor: { [id]: cursor } }),
              orderBy: { [id]: "asc" },
            });
        if (page.length === 0) break;
        copied += (await to.createMany({ data: page.map((row) => withJsonNulls(row, NULLABLE_JSON[model] ?? [])) }))
          .count;
        cursor = page[page.length - 1]![id];
      }
      const expected = await from.count();
      const actual = await to.count();
      if (expected !== actual) throw new Error(`${model}: copied ${actual} rows of ${expected}`);
      report.push({ model, rows: copied });
      log(`${model}: ${copied} rows`);
    }
    return report;
  } finally {
    await source.$disconnect();
    await target.$disconnect();
  }
}

/** A null read from an optional Json column must be written back as a database NULL. */
function withJsonNulls(row: Record<string, unknown>, jsonFields: string[]): Record<string, unknown> {
  const copy = { ...row };
  for (const field of jsonFields) if (copy[field] === null) copy[field] = Prisma.DbNull;
  return copy;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<void> {
  loadDotEnv();
  const from = argument("from") ?? "file:./data/tandem.db";
  const to = argument("to") ?? process.env.DATABASE_URL;
  if (!to || !databaseProvider(to) || !databaseProvider(from)) {
    process.stderr.write(
      "Usage: npm run db:copy -- --from file:./data/tandem.db --to postgresql://user:pass@host:5432/db\n",
    );
    process.exit(1);
  }
  process.stdout.write(`Copying ${from} → ${to.replace(/\/\/[^@]*@/, "//…@")}\n`);
  await copyDatabase(from, to, (line) => process.stdout.write(`  ${line}\n`));
  process.stdout.write("Done. Point DATABASE_URL at the new database and restart Tandem.\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
