import { describe, expect, it } from "vitest";
import { helpView } from "../../../src/domain/commands";
import { homeView } from "../../../src/domain/home";
import type { Person } from "../../../src/domain/people";
import { translator } from "../../../src/i18n";
import { helpMessage } from "../../../src/platforms/slack/views/help";
import { homeTab } from "../../../src/platforms/slack/views/home";
import { settingsModal } from "../../../src/platforms/slack/views/settings-modal";
import { escapeMrkdwn } from "../../../src/platforms/slack/views/text";

/** Who asks, for the help views: a coordinator sees their own section, a participant does not. */
const COORDINATOR = { person: { id: "coordinator" }, isCoordinator: true };
const PARTICIPANT = { person: { id: "participant" }, isCoordinator: false };

const person: Person = {
  id: "p1",
  platform: "slack",
  workspaceId: "T1",
  userId: "U1",
  displayName: "Ana <script>",
  locale: "es",
  localeChosen: false,
  timeZone: "Europe/Madrid",
  timeZoneChosen: true,
  isCoordinator: false,
  profileSyncedAt: null,
};

describe("Slack views", () => {
  it("escapes what people type before it reaches mrkdwn", () => {
    expect(escapeMrkdwn("a & <b> c")).toBe("a &amp; &lt;b&gt; c");
  });

  it("renders help with the usage line and description of each command", () => {
    const message = helpMessage(helpView(COORDINATOR), translator("en", "slack"));
    const text = JSON.stringify(message.blocks);
    expect(message.text).toBe("Tandem · help");
    expect(text).toContain("`/mentoring admin add|remove|list [@person]`\\nAdds, removes or lists coordinators.");
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it("puts an unknown word, escaped, first", () => {
    const message = helpMessage(helpView(PARTICIPANT, { word: "<@U1>" }), translator("es", "slack"));
    expect(JSON.stringify(message.blocks[0])).toContain("No conozco el comando `&lt;@U1&gt;`.");
  });

  it("renders the Home tab in the person's zone and language", () => {
    const view = homeView(person, { person, locale: "es", timeZone: "Europe/Madrid", isCoordinator: false });
    const home = homeTab(view, translator("es", "slack"), new Date("2026-07-01T10:00:00Z"));
    const text = JSON.stringify(home);
    expect(home.type).toBe("home");
    // The greeting is a plain-text header: the name as typed, not escaped (Slack would show "&lt;").
    expect(home.blocks[0]).toMatchObject({
      type: "header",
      text: { type: "plain_text", text: "Hola, Ana <script> 👋" },
    });
    expect(text).toContain("Europe/Madrid (ahora son las 12:00)");
    expect(text).toContain("elegida por ti");
    expect(home.blocks.length).toBeLessThanOrEqual(100);
  });

  it("pre-fills the settings modal with the current language and zone", () => {
    const modal = settingsModal({ locale: "en", timeZone: "America/Santiago" }, translator("en", "slack"));
    const [language, zone] = modal.blocks as any[];
    expect(language.element.initial_option.value).toBe("en");
    expect(zone.element.initial_value).toBe("America/Santiago");
    expect(modal.submit?.text).toBe("Save");
  });
});
