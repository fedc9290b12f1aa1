import { type Config, ConfigError, loadConfig, loadDotEnv } from "./config/env";
import { startTandem } from "./tandem";

/** `npm start`: read .env and the environment, migrate the database, serve Slack and Teams. */
async function main(): Promise<void> {
  loadDotEnv();
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example and the README for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }

  const tandem = await startTandem({ config });
  const { logger } = tandem.services;

  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));
  process.on("uncaughtException", (error) => logger.error({ err: error }, "uncaught exception"));

  const shutdown = (signal: string) => {
    logger.info({ signal }, "signal received");
    tandem.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Tandem could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
