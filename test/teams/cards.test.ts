import { describe, expect, it } from "vitest";
import { helpView } from "../../src/domain/commands";
import { translator } from "../../src/i18n";
import { fromSlackMarkup } from "../../src/platforms/teams/cards/card";
import { helpCard } from "../../src/platforms/teams/cards/help";
import { settingsCard } from "../../src/platforms/teams/cards/settings";

describe("Teams cards", () => {
  it("turn Slack's inline code into bold, which Teams renders", () => {
    expect(fromSlackMarkup("type `help` now")).toBe("type **help** now");
  });

  it("build an Adaptive Card 1.5 for help with one fact per command", () => {
    const card = helpCard(helpView(false), translator("es"));
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const facts = (card.body.find((e) => e.type === "FactSet") as unknown as { facts: { title: string; value: string }[] }).facts;
    expect(facts.map((f) => f.title)).toEqual(["help", "settings", "language es|en", "timezone <Region/City>", "apply [cohort]", "status", "session plan|log", "actions", "goals", "pause [YYYY-MM-DD]|resume", "support <why>", "evaluation", "mydata", "leave [cohort]"]);
    expect(facts[0]!.value).toBe("Muestra esta ayuda.");
  });

  it("show a settings error under its field and keep what was typed", () => {
    const card = settingsCard({ locale: "es", timeZone: "Marte" }, translator("es"), { timeZone: "zona mala" });
    const ids = card.body.map((e) => (e.id as string | undefined) ?? (e.text as string | undefined));
    expect(ids.indexOf("zona mala")).toBe(ids.indexOf("timeZone") + 1);
    expect(card.body.find((e) => e.id === "timeZone")).toMatchObject({ value: "Marte" });
    expect(card.actions?.[0]).toMatchObject({ type: "Action.Submit", data: { action: "settings.submit" } });
  });
});
