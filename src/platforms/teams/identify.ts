import { TeamsInfo, TurnContext, type Activity } from "./transport";
import type { Locale } from "../../domain/locale";
import type { PersonKey, Viewer } from "../../domain/people";
import { escapingTranslator, translator, type EscapingTranslate, type Translate } from "../../i18n";
import { tenantOf } from "./trust";
import type { Services } from "../../services";

export interface TeamsViewer extends Viewer {
  t: Translate;
  /** For text replies: `t` with every variable escaped for this surface (markup only via `markup()`). */
  tEscaped: EscapingTranslate;
  surface: "teams";
}

/** Whom a card is written for: a language and a zone (a channel's call is in the cohort's). */
export type TeamsReader = Pick<TeamsViewer, "locale" | "timeZone" | "t" | "tEscaped">;

export function teamsReaderIn(locale: Locale, timeZone: string): TeamsReader {
  return { locale, timeZone, t: translator(locale, "teams"), tEscaped: escapingTranslator(locale, "teams") };
}

/**
 * A Teams person is their tenant and Entra object id. The activity's gate (trust.ts) has already
 * refused any activity without both; the channel's own `from.id` is never a person's id.
 */
export function teamsPersonKey(activity: Partial<Activity>): PersonKey {
  const tenant = tenantOf(activity);
  const userId = activity.from?.aadObjectId;
  if (!tenant || !userId) throw new Error("a Teams activity without tenant or Entra object id reached the bot");
  return { platform: "teams", workspaceId: tenant, userId };
}

/**
 * The person behind an activity. Teams sends name, locale and time zone with every activity, so the
 * profile is refreshed for free; in personal chat the conversation reference is kept for later.
 */
export async function identifyTeamsUser(services: Services, context: TurnContext): Promise<TeamsViewer> {
  const { activity } = context;
  const person = await services.people.identifyWithProfile(teamsPersonKey(activity), {
    displayName: activity.from?.name,
    locale: activity.locale,
    timeZone: activity.localTimezone,
  });
  if (activity.conversation?.conversationType === "personal" || activity.conversation?.conversationType === undefined) {
    // Without the activity id, proactive messages start a new message instead of replying to an old one.
    const { activityId: _activityId, ...reference } = TurnContext.getConversationReference(activity);
    const saved = (await services.conversationRefs.get(person.id)) as { user?: { userPrincipalName?: string } } | null;
    // Teams' chat links take sign-in addresses, which activities do not carry: asked once, then kept.
    const userPrincipalName = saved?.user?.userPrincipalName ?? (await signInAddress(context));
    await services.conversationRefs.save(person.id, { ...reference, user: { ...reference.user, userPrincipalName } });
  }
  const viewer = services.people.viewer(person);
  return {
    ...viewer,
    t: translator(viewer.locale, "teams"),
    tEscaped: escapingTranslator(viewer.locale, "teams"),
    surface: "teams",
  };
}

/**
 * The person an @mention names (never the bot), keyed as Tandem keys people: by the Entra object
 * id Teams' member look-up gives. Without it (a chat the bot cannot read) nobody is named.
 */
export async function mentionedPerson(context: TurnContext): Promise<{ name: string; key: PersonKey } | undefined> {
  const mention = TurnContext.getMentions(context.activity).find(
    (m) => m.mentioned.id !== context.activity.recipient?.id,
  );
  if (!mention) return undefined;
  let aadObjectId: string | undefined;
  try {
    aadObjectId = (await TeamsInfo.getMember(context, mention.mentioned.id)).aadObjectId;
  } catch {
    aadObjectId = undefined;
  }
  const tenant = tenantOf(context.activity);
  if (!aadObjectId || !tenant) return undefined;
  return { name: mention.mentioned.name, key: { platform: "teams", workspaceId: tenant, userId: aadObjectId } };
}

/** The sender's user principal name from Teams' member details; "" when Teams does not say. */
async function signInAddress(context: TurnContext): Promise<string> {
  try {
    return (await TeamsInfo.getMember(context, context.activity.from.id)).userPrincipalName ?? "";
  } catch {
    return "";
  }
}
