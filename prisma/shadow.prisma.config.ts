import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

// Used only to diff the schema against the migration history (new migrations, drift check). The
// adapter's executeRaw prepares one statement at a time, which cannot replay a multi-statement
// migration.sql into the in-memory shadow database, so those go through executeScript.
export default defineConfig({
  experimental: { adapter: true },
  schema: "schema.prisma",
  engine: "js",
  adapter: async () => {
    const factory = new PrismaBetterSQLite3({ url: ":memory:" });
    const connectToShadowDb = factory.connectToShadowDb.bind(factory);
    Object.assign(factory, {
      connectToShadowDb: async () => {
        const shadow = await connectToShadowDb();
        const executeRaw = shadow.executeRaw.bind(shadow);
        shadow.executeRaw = async (query) =>
          query.args.length === 0 ? (await shadow.executeScript(query.sql), 0) : executeRaw(query);
        return shadow;
      },
    });
    return factory;
  },
});
