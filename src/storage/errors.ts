/** True when an error means the database cannot be reached or is too busy, rather than a bug. */
export function isDatabaseUnavailable(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === "PrismaClientInitializationError" || name === "PrismaClientRustPanicError") return true;
  if (code && ["P1001", "P1002", "P1008", "P1017", "P2024", "P2037"].includes(code)) return true;
  return /SocketTimeout|database is locked|ECONNREFUSED|Connection terminated|connect ETIMEDOUT/i.test(message ?? "");
}
