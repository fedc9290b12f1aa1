import type { WebClient } from "@slack/web-api";
import type { Locale } from "../../domain/locale";
import type { Viewer } from "../../domain/people";
import { escapingTranslator, translator, type EscapingTranslate, type Translate } from "../../i18n";
import type { Services } from "../../services";

export interface SlackViewer extends Viewer {
  t: Translate;
  /** For text replies: `t` with every variable escaped for this surface (markup only via `markup()`). */
  tEscaped: EscapingTranslate;
  surface: "slack";
}

/** Whom a message is written for: a language and a zone (a channel's call is in the cohort's). */
export type SlackReader = Pick<SlackViewer, "locale" | "timeZone" | "t" | "tEscaped">;

export function slackReaderIn(locale: Locale, timeZone: string): SlackReader {
  return { locale, timeZone, t: translator(locale, "slack"), tEscaped: escapingTranslator(locale, "slack") };
}

/**
 * The person behind a Slack request, with their language and zone. users.info (with the locale)
 * is called on first contact and once a day after; the rest of the time the database answers.
 */
export async function identifySlackUser(
  services: Services,
  client: WebClient,
  teamId: string,
  userId: string,
): Promise<SlackViewer> {
  const person = await services.people.identify({ platform: "slack", workspaceId: teamId, userId }, async () => {
    const { user } = await client.users.info({ user: userId, include_locale: true });
    return {
      displayName: user?.profile?.display_name || user?.real_name || user?.name,
      locale: user?.locale,
      timeZone: user?.tz,
    };
  });
  const viewer = services.people.viewer(person);
  return {
    ...viewer,
    t: translator(viewer.locale, "slack"),
    tEscaped: escapingTranslator(viewer.locale, "slack"),
    surface: "slack",
  };
}

/** Parses a user reference from a slash command: `<@U123|ana>`, `<@U123>` or a bare id. */
export function parseUserMention(text: string): string | undefined {
  const mention = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(text.trim());
  if (mention) return mention[1];
  const bare = /^([UW][A-Z0-9]{6,})$/.exec(text.trim());
  return bare?.[1];
}
