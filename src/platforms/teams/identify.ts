import { TeamsInfo, TurnContext, type Activity } from "botbuilder";
import type { PersonKey, Viewer } from "../../domain/people";
import { translator, type Translate } from "../../i18n";
import type { Services } from "../../services";

export interface TeamsViewer extends Viewer {
  t: Translate;
}

/** People are keyed by their Entra ID object id when Teams sends it (admins know it), else the channel id. */
export function teamsPersonKey(activity: Partial<Activity>): PersonKey {
  const tenant = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    platform: "teams",
    workspaceId: tenant ?? "default",
    userId: activity.from?.aadObjectId ?? activity.from?.id ?? "unknown",
  };
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
    await services.conversationRefs.save(person.id, reference);
  }
  const viewer = services.people.viewer(person);
  return { ...viewer, t: translator(viewer.locale) };
}

/**
 * The person an @mention names (never the bot), keyed as Tandem keys people: Teams' member lookup
 * gives their Entra ID object id; without it (a chat the bot cannot read) the channel id stands.
 */
export async function mentionedPerson(context: TurnContext): Promise<{ name: string; key: PersonKey } | undefined> {
  const mention = TurnContext.getMentions(context.activity).find((m) => m.mentioned.id !== context.activity.recipient?.id);
  if (!mention) return undefined;
  let aadObjectId: string | undefined;
  try {
    aadObjectId = (await TeamsInfo.getMember(context, mention.mentioned.id)).aadObjectId;
  } catch {
    aadObjectId = undefined;
  }
  return { name: mention.mentioned.name, key: teamsPersonKey({ ...context.activity, from: { id: mention.mentioned.id, name: mention.mentioned.name, aadObjectId } }) };
}
