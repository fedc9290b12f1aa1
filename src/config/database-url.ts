// Shared by the app and prisma.config.ts, so the CLI and the bot always open the same database.
export const DEFAULT_DATABASE_URL = "file:./data/tandem.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function databaseProvider(url: string): DatabaseProvider | undefined {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  return undefined;
}

/** The file path of a `file:` URL, as better-sqlite3 opens it (relative to the working directory). */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
