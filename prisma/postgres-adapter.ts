import { PrismaPg } from "@prisma/adapter-pg";

/**
 * A PrismaPg factory for the Prisma CLI (migrate deploy / diff / status), with two fixes:
 * - prisma/orm#27403: @prisma/adapter-pg 6.x cannot decode the catalog types `name` (OID 19) and
 *   `"char"` (OID 18) that the schema engine reads ("Column type 'name' could not be
 *   deserialized"); such columns are reported as text (OID 25).
 * - The shadow database (for `migrate diff --from-migrations`) is created beside the real one;
 *   pg lets a connection string override the database name, so the pool gets discrete fields.
 */
export function cliPostgresAdapter(url: string): PrismaPg {
  const factory = new PrismaPg({ ...poolFields(url), max: 2, idleTimeoutMillis: 200 });
  const connect = factory.connect.bind(factory);
  const connectToShadowDb = factory.connectToShadowDb.bind(factory);
  Object.assign(factory, {
    connect: async () => patchNameType(await connect()),
    connectToShadowDb: async () => patchNameType(await connectToShadowDb()),
  });
  return factory;
}

function poolFields(url: string) {
  const parsed = new URL(url);
  return {
    host: decodeURIComponent(parsed.hostname),
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: decodeURIComponent(parsed.pathname.replace(/^\//, "")) || "postgres",
    ssl: ["require", "verify-ca", "verify-full"].includes(parsed.searchParams.get("sslmode") ?? "") ? { rejectUnauthorized: false } : undefined,
  };
}

const CATALOG_TEXT_TYPES = new Set([18, 19]);

// biome-ignore lint/suspicious/noExplicitAny: patches the adapter's private query method
function patchNameType<T>(queryable: T): T {
  const q = queryable as any;
  const performIO = q.performIO.bind(q);
  q.performIO = async (...args: unknown[]) => {
    const result = await performIO(...args);
    for (const field of result?.fields ?? []) if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = 25;
    return result;
  };
  if (q.startTransaction) {
    const startTransaction = q.startTransaction.bind(q);
    q.startTransaction = async (...args: unknown[]) => patchNameType(await startTransaction(...args));
  }
  return queryable;
}
