/** SQLite hands Json columns back as text; PostgreSQL as objects. */
export const fromJson = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;
