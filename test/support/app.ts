import { loadConfig } from "../../src/config/env";
import type { Clock } from "../../src/domain/clock";
import { startTandem, type Tandem } from "../../src/tandem";
import { freshDatabaseUrl } from "./database";
import { FakeClock } from "./fake-clock";
import { FakeSlack } from "./fake-slack";
import { FakeTeamsConnector, TeamsActivities } from "./fake-teams";
import { capturedLogger } from "./log-capture";
import { SlackRequests, TEST_SIGNING_SECRET } from "./slack-requests";

export const TEST_BOT_TOKEN = "xoxb-0000000000-test-bot-token-abcdef";

export interface TestAppOptions {
  /** A FakeClock by default; pass systemClock for tests that run the real cron tick. */
  clock?: Clock;
  /** How a send waits for its slot (by default it does not: the fake clock stands still). */
  sleep?: (ms: number) => Promise<void>;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** Leave Slack unconfigured (no tokens). */
  withoutSlack?: boolean;
  /** Run the real cron tick instead of driving jobs by hand. */
  startScheduler?: boolean;
  databaseUrl?: string;
}

export interface TestApp {
  tandem: Tandem;
  slack: FakeSlack;
  teams: FakeTeamsConnector;
  requests: SlackRequests;
  activities: TeamsActivities;
  clock: FakeClock;
  log: ReturnType<typeof capturedLogger>;
  databaseUrl: string;
  /** Waits until every request and handler in progress has finished (fails after 5 s). */
  settled: () => Promise<void>;
  /** Runs every job that is due now (on the fake clock). */
  runJobs: () => ReturnType<Tandem["worker"]["drain"]>;
  stop: () => Promise<void>;
}

/**
 * The running app, in this process, on a fresh database, talking to a fake Slack and a fake Teams
 * connector on loopback. Tests drive it only through HTTP, as Slack and Teams would.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const slack = await new FakeSlack().start();
  const teams = await new FakeTeamsConnector().start();
  const clock = (options.clock ?? new FakeClock()) as FakeClock;
  const databaseUrl = options.databaseUrl ?? (await freshDatabaseUrl());
  const env: Record<string, string> = {
    NODE_ENV: "test",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    DATABASE_URL: databaseUrl,
    TANDEM_DEFAULT_LOCALE: "en",
    TANDEM_DEFAULT_TIME_ZONE: "Europe/Madrid",
    // Teams is driven through its local, unauthenticated mode, the fake connector on loopback standing in for Teams.
    TEAMS_ALLOW_ANONYMOUS: "true",
    // The clock stands still unless a test moves it: pace only the tests that are about pacing.
    SLACK_SEND_RATE: "1000",
    TEAMS_SEND_RATE: "1000",
    ...(options.withoutSlack
      ? {}
      : { SLACK_BOT_TOKEN: TEST_BOT_TOKEN, SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET, SLACK_API_URL: slack.apiUrl }),
    ...options.env,
  };
  const config = loadConfig(env);
  const log = capturedLogger(config.logLevel, [TEST_BOT_TOKEN, TEST_SIGNING_SECRET]);
  const tandem = await startTandem({
    config,
    clock,
    logger: log.logger,
    migrate: false,
    startScheduler: options.startScheduler ?? false,
    sleep: options.sleep ?? (() => Promise.resolve()),
  });
  return {
    tandem,
    slack,
    teams,
    requests: new SlackRequests(tandem.url, slack),
    activities: new TeamsActivities(tandem.url, teams),
    clock,
    log,
    databaseUrl,
    runJobs: () => tandem.worker.drain(),
    async settled() {
      if (!(await tandem.idle(5_000))) throw new Error("the app was still busy after 5 s");
    },
    async stop() {
      await tandem.stop();
      await slack.stop();
      await teams.stop();
    },
  };
}
