/**
 * What a person reads, from the text a platform receives: enough of each platform's rules to tell
 * whether a word the catalogue wrote (a placeholder such as `<name>`) reaches the screen as typed.
 * Markup marks are dropped, since the tests look at words, not at how they are styled.
 */

/**
 * Slack mrkdwn: a raw `<…>` is Slack's own syntax (a link, a mention, `<!here>`), shown as its label
 * or as a name, and anything else between angle brackets is not shown as typed; only `&lt;` and
 * `&gt;` show as angle brackets.
 */
export function slackShows(mrkdwn: string): string {
  return mrkdwn
    .replace(/<([^>|]*)\|([^>]*)>/g, "$2")
    .replace(/<@[A-Z0-9]+>/g, "@someone")
    .replace(/<#[A-Z0-9]+>/g, "#channel")
    .replace(/<![^>]*>/g, "@here")
    .replace(/<(https?:[^>]*)>/g, "$1")
    .replace(/<[^>]*>/g, "")
    .replace(/[`*~]/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * Teams markdown (message text, TextBlocks, facts): a raw `<…>` is read as an HTML tag (`<at>` a
 * mention) and dropped; a backslash shows the character after it; entities show as their character.
 */
export function teamsShows(markdown: string): string {
  return markdown
    .replace(/<\/?[A-Za-z][^>]*>/g, "")
    .replace(/\*\*/g, "")
    .replace(/\\(.)/g, "$1")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
