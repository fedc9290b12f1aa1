/** Block Kit ids shared by the views that create elements and the listeners that handle them. */
export const ACTION_IDS = {
  openSettings: "settings.open",
  showHelp: "help.show",
} as const;

export const VIEW_IDS = {
  settings: "settings",
} as const;

export const BLOCK_IDS = {
  settingsLanguage: "settings_language",
  settingsTimeZone: "settings_time_zone",
} as const;
