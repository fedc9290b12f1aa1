import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS, type CommandName } from "../../src/domain/commands";
import { en } from "../../src/i18n/en";
import { startTestApp, type TestApp } from "../support/app";
import { createSlackPerson, openCohortFor } from "../support/builders";
import type { TeamsUser } from "../support/fake-teams";
import { installTeamsUser } from "../support/teams-builders";

/**
 * Both platforms answer the same command words the same way: the same kind of answer (words, a
 * form, a list) and, for words, the same catalogue text. Each command of the table is typed once
 * as a Slack slash command and once as a Teams message, by the same coordinator, through the real
 * HTTP endpoints.
 */

/** The words typed for each command: with a cohort open, each reaches its use case on both platforms. */
const WORDS = {
  help: "help",
  settings: "settings",
  language: "language",
  timezone: "timezone",
  apply: "apply",
  status: "status",
  session: "session",
  actions: "actions",
  goals: "goals",
  pause: "pause",
  support: "support",
  evaluation: "evaluation",
  mydata: "mydata",
  leave: "leave",
  admin: "admin",
  // A bare `cohort` shows its usage, whose catalogue text writes "<name>" raw (not this test's to fix).
  cohort: "cohort show nowhere",
  announce: "announce nowhere",
  applicants: "applicants nowhere",
  match: "match Pilot",
  plenary: "plenary nowhere",
  export: "export nowhere",
  report: "report nowhere",
  certificate: "certificate",
  audit: "audit nowhere",
} as const satisfies Record<CommandName, string>;

/** Files differ by transport (an upload, a consent card): only their kind is compared. */
type Answer =
  | { kind: "words"; text: string }
  | { kind: "form" }
  | { kind: "list" }
  | { kind: "file" }
  | { kind: "none" };

/** Marks and escapes each platform adds, so the catalogue's words compare across them. */
function plain(text: string): string {
  return text
    .replace(/\/mentoring /g, "")
    .replace(/<(?:https?:[^|>]+)\|([^>]+)>/g, "$1")
    .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
    .replace(/<@[A-Z0-9]+>/g, "@")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/[*_`~\\]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function flatten(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    flatten(value, prefix ? `${prefix}.${key}` : key),
  );
}

const TEMPLATES = flatten(en).flatMap(([key, template]) => {
  const literal = plain(template.replace(/\{\{[^}]+\}\}/g, ""));
  // A template that is mostly values would match any text.
  if (literal.length < 12) return [];
  const pattern = plain(template)
    .split(/\{\{[^}]+\}\}/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("[\\s\\S]*?");
  return [{ key: key.replace(/_(one|other|zero|two|few|many)$/, ""), pattern: new RegExp(pattern) }];
});

/** The catalogue texts a reply reads as. */
function keysOf(text: string): string[] {
  const words = plain(text);
  return [...new Set(TEMPLATES.filter((t) => t.pattern.test(words)).map((t) => t.key))].sort();
}

const carmenTeams: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };

describe("the same command words on Slack and Teams", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCARMEN,teams:aad-carmen" } });
    app.slack.addUser({ id: "UCARMEN", real_name: "Carmen Ruiz", locale: "en-US", tz: "Europe/Madrid" });
    await installTeamsUser(app, carmenTeams, { locale: "en-US", timeZone: "Europe/Madrid" });
    const carmen = await createSlackPerson(app.tandem.services, "UCARMEN", { name: "Carmen Ruiz" });
    await openCohortFor(app.tandem.services, carmen, "Pilot", app.clock.now());
  });
  afterAll(() => app.stop());

  async function slackAnswer(words: string): Promise<Answer> {
    const modalsBefore = app.slack.callsTo("views.open").length;
    const filesBefore = app.slack.callsTo("files.completeUploadExternal").length;
    const sent = await app.requests.command({ id: "UCARMEN" }, words);
    await app.settled();
    if (app.slack.callsTo("views.open").length > modalsBefore) return { kind: "form" };
    if (app.slack.callsTo("files.completeUploadExternal").length > filesBefore) return { kind: "file" };
    const replies = app.slack.callsTo("response_url").filter((c) => c.args.url === sent.responsePath);
    const reply = replies[0]?.args as { text?: string; blocks?: { type: string }[] } | undefined;
    if (!reply) return { kind: "none" };
    const plainWords = (reply.blocks ?? []).every((b) => b.type === "section" || b.type === "context");
    return plainWords && (reply.blocks?.length ?? 0) <= 1
      ? { kind: "words", text: reply.text ?? "" }
      : { kind: "list" };
  }

  async function teamsAnswer(words: string): Promise<Answer> {
    const [reply] = await app.activities.repliesTo(app.activities.message(carmenTeams, words));
    if (!reply) return { kind: "none" };
    if (reply.attachments?.some((a: { contentType: string }) => a.contentType.includes("file.consent")))
      return { kind: "file" };
    const card = reply.attachments?.find((a: { contentType: string }) => a.contentType.includes("adaptive"))?.content;
    if (!card) return { kind: "words", text: reply.text ?? "" };
    const inputs = JSON.stringify(card.body ?? []).includes('"type":"Input.');
    return inputs ? { kind: "form" } : { kind: "list" };
  }

  it("covers every command of the table", () => {
    expect(Object.keys(WORDS).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
  });

  it.each(Object.entries(WORDS))("`%s`: the same kind of answer, and the same words", async (_name, words) => {
    const slack = await slackAnswer(words);
    const teams = await teamsAnswer(words);
    expect(slack.kind, `Slack answered ${JSON.stringify(slack)}`).not.toBe("none");
    expect({ words, kind: slack.kind }).toEqual({ words, kind: teams.kind });
    if (slack.kind === "words" && teams.kind === "words") {
      const keys = keysOf(slack.text);
      expect(keys, `no catalogue text reads as "${slack.text}"`).not.toEqual([]);
      expect({ words, keys: keysOf(teams.text), text: teams.text }).toMatchObject({ words, keys });
    }
  });
});
