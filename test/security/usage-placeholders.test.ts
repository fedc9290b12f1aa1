import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app";
import type { TeamsUser } from "../support/fake-teams";
import { slackTexts, teamsTexts } from "../support/hostile-text";
import { slackShows, teamsShows } from "../support/shown-text";
import { installTeamsUser } from "../support/teams-builders";

/**
 * Usage lines name what the person fills in with placeholders such as `<name>` and `[cohort]`,
 * which Slack would read as a link or mention and Teams as an HTML tag. Typed through the real
 * endpoints by a coordinator in English and one in Spanish, each placeholder has to reach the
 * screen as typed, in the reader's language.
 */

const carmenTeams: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const anaTeams: TeamsUser = { id: "29:ana", aadObjectId: "aad-ana", name: "Ana Pérez" };

/** Typed words, and what each coordinator must read in the answer (Teams writes commands bare). */
const CASES: { words: string; en: string[]; es: string[] }[] = [
  {
    words: "cohort",
    en: ["cohort show <name>", "cohort extend <name> YYYY-MM-DD", "cohort finish <name>"],
    es: ["cohort show <nombre>", "cohort extend <nombre> AAAA-MM-DD", "cohort finish <nombre>"],
  },
  {
    words: "certificate",
    en: ["certificate [cohort] preview|issue|reissue @person"],
    es: ["certificado [cohorte] preview|issue|reissue @persona"],
  },
  { words: "admin", en: ["admin add @person"], es: ["admin add @persona"] },
  { words: "pause someday", en: ["pause YYYY-MM-DD"], es: ["pause AAAA-MM-DD"] },
  {
    words: "help",
    en: ["timezone <Region/City>", "pause [YYYY-MM-DD]|resume", "support <why>", "plenary [cohort] plan"],
    es: ["timezone <Región/Ciudad>", "pause [AAAA-MM-DD]|resume", "support <motivo>", "plenary [cohorte] plan"],
  },
];

describe("usage placeholders, as each platform shows them", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCARMEN,UANA,teams:aad-carmen,teams:aad-ana" } });
    app.slack.addUser({ id: "UCARMEN", real_name: "Carmen Ruiz", locale: "en-US", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UANA", real_name: "Ana Pérez", locale: "es-ES", tz: "Europe/Madrid" });
    await installTeamsUser(app, carmenTeams, { locale: "en-US", timeZone: "Europe/Madrid" });
    await installTeamsUser(app, anaTeams, { locale: "es-ES", timeZone: "Europe/Madrid" });
  });
  afterAll(() => app.stop());

  /** The Slack reply's texts as sent (mrkdwn) and as Slack shows them. */
  async function slack(user: string, words: string): Promise<{ sent: string; shown: string }> {
    const reply = await app.requests.replyTo(await app.requests.command({ id: user }, words));
    const texts = slackTexts(reply);
    return { sent: texts.join("\n"), shown: texts.map(slackShows).join("\n") };
  }

  /** The Teams replies' texts as sent (markdown) and as Teams shows them. */
  async function teams(user: TeamsUser, locale: string, words: string): Promise<{ sent: string; shown: string }> {
    const replies = await app.activities.repliesTo(app.activities.message(user, words, { locale }));
    const texts = replies.flatMap(teamsTexts);
    return { sent: texts.join("\n"), shown: texts.map(teamsShows).join("\n") };
  }

  // Each language's people, and the raw placeholders that must never be sent unescaped.
  const LANGUAGES = [
    {
      language: "English",
      slackUser: "UCARMEN",
      teamsUser: carmenTeams,
      locale: "en-US",
      lines: "en",
      raw: /<(name|why|Region)/,
    },
    {
      language: "Spanish",
      slackUser: "UANA",
      teamsUser: anaTeams,
      locale: "es-ES",
      lines: "es",
      raw: /<(nombre|motivo|Región)/,
    },
  ] as const;

  it.each(LANGUAGES.flatMap((language) => CASES.map((c) => ({ ...language, ...c }))))(
    "`$words` shows its placeholders in $language on Slack and Teams, command words unchanged",
    async (c) => {
      const onSlack = await slack(c.slackUser, c.words);
      const onTeams = await teams(c.teamsUser, c.locale, c.words);
      for (const line of c[c.lines]) {
        expect(onSlack.shown, onSlack.sent).toContain(line);
        expect(onTeams.shown, onTeams.sent).toContain(line);
      }
      // Sent as entities: a raw "<name>" is Slack's link syntax and an HTML tag to Teams.
      expect(onSlack.sent).not.toMatch(c.raw);
      expect(onTeams.sent).not.toMatch(c.raw);
    },
  );
});
