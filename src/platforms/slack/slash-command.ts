/** The one slash command, as declared in manifests/slack.json. */
export const SLASH_COMMAND = "/mentoring";
