import { describe, expect, it } from "vitest";
import { helpView } from "../../src/domain/commands";
import { translator } from "../../src/i18n";
import type { AdaptiveCard } from "../../src/platforms/teams/cards/card";
import { introductionScreen } from "../../src/app/introduction-screen";
import { teamsReaderIn } from "../../src/platforms/teams/identify";
import { teamsScreen } from "../../src/platforms/teams/render-screen";
import { partnerChatLink } from "../../src/platforms/teams/sender";
import { logCard, plenaryCard, rhythmCard } from "../../src/platforms/teams/cards/rhythm";
import { helpCard } from "../../src/platforms/teams/cards/help";
import { settingsCard } from "../../src/platforms/teams/cards/settings";

/** Who asks, for the help views. */
const PARTICIPANT = { person: { id: "participant" }, isCoordinator: false };

describe("Teams cards", () => {
  it("turn the catalogue's inline code into bold, which Teams renders", () => {
    expect(translator("en", "teams")("help.footer", { prefix: "" })).toBe(
      "Type **help** whenever you want this list again.",
    );
  });

  it("build an Adaptive Card 1.5 for help with one fact per command", () => {
    const card = helpCard(helpView(PARTICIPANT), translator("es", "teams"));
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const facts = (
      card.body.find((e) => e.type === "FactSet") as unknown as { facts: { title: string; value: string }[] }
    ).facts;
    // Fact titles render as markdown: the placeholders are escaped so they show as typed, in the
    // reader's language; the command words stay as the dispatcher reads them.
    expect(facts.map((f) => f.title)).toEqual([
      "help",
      "settings",
      "language es|es-419|en",
      "timezone &lt;Región/Ciudad&gt;",
      "apply \\[cohorte\\]",
      "status",
      "session plan|log",
      "actions",
      "goals",
      "pause \\[AAAA-MM-DD\\]|resume",
      "support &lt;motivo&gt;",
      "evaluation",
      "mydata",
      "leave \\[cohorte\\]",
    ]);
    expect(facts[0]!.value).toBe("Muestra esta ayuda.");
  });

  it("show a settings error under its field and keep what was typed", () => {
    const card = settingsCard({ locale: "es", timeZone: "Marte" }, translator("es", "teams"), {
      timeZone: "zona mala",
    });
    const ids = card.body.map((e) => e.id as string | undefined);
    expect(ids.indexOf("timeZone.error")).toBe(ids.indexOf("timeZone") + 1);
    expect(card.body.find((e) => e.id === "timeZone.error")).toMatchObject({ text: "zona mala", color: "Attention" });
    expect(card.body.find((e) => e.id === "timeZone")).toMatchObject({ value: "Marte" });
    expect(card.actions?.[0]).toMatchObject({ type: "Action.Submit", data: { action: "settings.submit" } });
  });
});

describe("Teams cards for the programme's messages (pure)", () => {
  const en = translator("en", "teams");
  const base = { pairId: "p1", partnerName: "Lucía", items: [] };
  const actionsOf = (card: AdaptiveCard) =>
    (card.actions ?? []).map((a) => [a.title, (a.data as { action: string }).action]);

  it("render the catalogue's marks as Teams markdown, commands typed bare", () => {
    expect(en("cohorts.created", { name: "Piloto", opens: "1", closes: "2" })).toBe(
      "Cohort **Piloto** created. Applications open on 1 and close on 2. Announce it with **announce Piloto**.",
    );
    expect(en("apply.consentLink", { url: "https://x.org/a" })).toBe("[What is kept, and why](https://x.org/a)");
  });

  it("give each rhythm message Slack's buttons", () => {
    const when = "2026-12-01T10:00:00.000Z";
    expect(
      actionsOf(
        rhythmCard(
          {
            type: "proposal",
            pairId: "p1",
            sessionId: "s1",
            proposerName: "Jorge",
            startsAt: when,
            durationMinutes: 60,
            cohortName: "C",
          },
          en,
          "en",
          "UTC",
        ),
      ),
    ).toEqual([
      ["Accept", "session.accept"],
      ["Propose another time", "session.plan-open"],
    ]);
    expect(
      actionsOf(
        rhythmCard(
          { ...base, type: "reminder", sessionId: "s1", startsAt: when, durationMinutes: 60 },
          en,
          "en",
          "UTC",
        ),
      ),
    ).toEqual([
      ["Log a session", "session.log-open"],
      ["Reschedule", "session.plan-open"],
      ["Pause", "pair.pause"],
    ]);
    expect(
      actionsOf(
        rhythmCard(
          { type: "check-in", pairId: "p1", partnerName: "Lucía", sessionAt: when, askedAt: when },
          en,
          "en",
          "UTC",
        ),
      ),
    ).toEqual([
      ["Yes, we met", "session.check-in"],
      ["We moved it", "session.check-in"],
      ["Not yet", "session.check-in"],
    ]);
    expect(actionsOf(rhythmCard({ ...base, type: "nudge", cadenceDays: 14 }, en, "en", "UTC"))).toEqual([
      ["Plan a session", "session.plan-open"],
    ]);
  });

  it("give a plenary's start an I'm here button, and its reminder none", () => {
    const plenary = {
      plenaryId: "x",
      number: 2,
      cohortName: "C",
      startsAt: "2026-12-01T10:00:00.000Z",
      durationMinutes: 150,
    };
    expect(plenaryCard({ ...plenary, type: "reminder" }, en, "en", "UTC").actions).toBeUndefined();
    expect(actionsOf(plenaryCard({ ...plenary, type: "check-in" }, en, "en", "UTC"))).toEqual([
      ["I'm here", "plenary.check-in"],
    ]);
  });

  it("link each partner to a one-to-one chat with the other, by sign-in address, and say it is a chat with them", () => {
    const person = (personId: string, name: string) => ({
      personId,
      name,
      platformId: `aad-${personId}`,
      platform: "teams" as const,
      jobTitle: "",
      department: "",
    });
    const view = {
      pairId: "p",
      cohortName: "C",
      mode: "reverse" as const,
      mentor: person("ana", "Ana"),
      mentee: person("luis", "Luis"),
      reasons: [],
      skills: [],
      sessionMinutes: 60,
      cadenceDays: 14,
      minSessions: 4,
    };
    expect(partnerChatLink("luis.perez@contoso.com")).toBe(
      "https://teams.microsoft.com/l/chat/0/0?users=luis.perez%40contoso.com",
    );
    expect(partnerChatLink(undefined)).toBeUndefined();
    expect(partnerChatLink("aad-luis")).toBeUndefined();
    const reader = teamsReaderIn("en", "Europe/Madrid");
    const forAna = JSON.stringify(
      teamsScreen(
        introductionScreen(view, { personId: "ana", chatWithPartner: partnerChatLink("luis.perez@contoso.com") }),
        reader,
      ),
    );
    expect(forAna).toContain("💬 Chat with Luis");
    expect(forAna).toContain("users=luis.perez%40contoso.com");
    expect(forAna).not.toContain("topicName");
    // Teams never said the partner's address: no button that would open nothing useful.
    expect(JSON.stringify(teamsScreen(introductionScreen(view, { personId: "luis" }), reader))).not.toContain(
      "Action.OpenUrl",
    );
  });

  it("keep what was typed in the session log and put each message under its field", () => {
    const card = logCard(
      [
        { id: "a", name: "Ana" },
        { id: "b", name: "Luis" },
      ],
      { date: "2026-12-01", minutes: 60 },
      { pairId: "p" },
      en,
      { duration: "5", "actionItems.0.text": "Read" },
      { duration: "Between 15 and 480 minutes." },
    );
    const ids = card.body.map((e) => (e.id as string | undefined) ?? "");
    const duration = ids.indexOf("duration");
    expect(card.body[duration]).toMatchObject({ value: 5, errorMessage: "Between 15 and 480 minutes." });
    expect(card.body[duration + 1]).toMatchObject({
      type: "TextBlock",
      color: "Attention",
      text: "Between 15 and 480 minutes.",
    });
    expect(card.body.find((e) => e.id === "actionItems.0.text")).toMatchObject({ value: "Read" });
    expect(card.body.find((e) => e.id === "actionItems.0.owner")).toMatchObject({
      choices: [
        { title: "Ana", value: "a" },
        { title: "Luis", value: "b" },
      ],
    });
  });
});
