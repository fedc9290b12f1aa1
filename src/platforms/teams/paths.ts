/** Where Teams (the Bot Framework) posts activities. A module of its own so naming it loads no botbuilder. */
export const TEAMS_MESSAGES_PATH = "/api/messages";
