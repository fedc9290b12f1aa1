import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import { startTestApp, type TestApp } from "../support/app";
import type { SentActivity, TeamsUser } from "../support/fake-teams";
import { teamsPair } from "../support/teams-builders";
import { button, buttonTitles, cardOf, cardText, errorsOf, input } from "../support/teams-cards";

const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };
const NOTES = "Private notes: Jorge fears falling behind with AI";

/**
 * Phase 4 in Teams: both partners only use Teams. The introduction opens their group chat, a
 * session is planned and accepted from cards, the reminder arrives as a card with Slack's buttons,
 * "did you meet?" brings the log, the log refuses bad input field by field and then saves, the
 * action item is ticked off, the pair pauses, and the private notes reach nobody else.
 */
describe("a Teams pair's fortnightly rhythm", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;

  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  /** Ids of the activities the test posted: what the bot sends otherwise, it sends on its own. */
  const posted = new Set<string>();
  const proactive = (user: TeamsUser, test: (a: SentActivity) => boolean = () => true) =>
    app.teams.waitFor((a) => a.conversationId === chatOf(user) && !posted.has(a.replyToId ?? "") && test(a));
  const cardWith = (text: string) => (a: SentActivity) => JSON.stringify(cardOf(a.activity) ?? {}).includes(text);
  async function answer(activity: Record<string, any>): Promise<Record<string, any>[]> {
    posted.add(activity.id);
    return app.activities.repliesTo(activity);
  }
  const press = (user: TeamsUser, data: Record<string, unknown>, inputs: Record<string, unknown> = {}) =>
    answer(app.activities.submit(user, { ...data, ...inputs }, { locale: user === lucia ? "es-ES" : "en-US" }));
  const say = (user: TeamsUser, text: string) =>
    answer(app.activities.message(user, text, { locale: user === lucia ? "es-ES" : "en-US" }));

  beforeAll(async () => {
    app = await startTestApp();
    ({ cohort, pair } = await teamsPair(app, lucia, jorge, "Digital Mentoring"));
    await app.runJobs();
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 9 }).toJSDate());
  });
  afterAll(() => app.stop());

  it("introduces each partner in their own chat and language, with a button that opens a chat with the other", async () => {
    const toJorge = await proactive(jorge, cardWith("Chat with Lucía"));
    const toLucia = await proactive(lucia, cardWith("Chatear con Jorge"));
    const linkOf = (card: any) =>
      card.body.flatMap((e: any) => e.actions ?? []).find((a: any) => a.type === "Action.OpenUrl").url as string;
    const url = new URL(linkOf(cardOf(toJorge.activity)!));
    expect(`${url.origin}${url.pathname}`).toBe("https://teams.microsoft.com/l/chat/0/0");
    // Teams' chat links take sign-in addresses, which Teams gave when each of them opened Tandem.
    expect(url.searchParams.get("users")).toBe("lucia@contoso.example");
    expect(url.searchParams.has("topicName")).toBe(false);
    expect(new URL(linkOf(cardOf(toLucia.activity)!)).searchParams.get("users")).toBe("jorge@contoso.example");
    expect(buttonTitles(cardOf(toLucia.activity)!)).toContain("📅 Planificar la primera sesión");
  });

  it("plans a session from a card: a past time is refused under the field, a slot is proposed", async () => {
    const [overview] = await say(jorge, "session");
    expect(cardText(cardOf(overview!)!)).toContain("No date set for your next session yet.");
    const [plan] = await press(jorge, button(cardOf(overview!)!, "Plan a session"));
    const card = cardOf(plan!)!;
    const slots = input(card, "slot").choices as { title: string; value: string }[];
    expect(slots.length).toBeGreaterThan(5);
    for (const slot of slots) {
      const santiago = DateTime.fromISO(slot.value, { zone: "America/Santiago" });
      expect(santiago.hour).toBeGreaterThanOrEqual(9);
      expect(DateTime.fromISO(slot.value, { zone: "Europe/Madrid" }).hour).toBeGreaterThanOrEqual(9);
    }
    const yesterday = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" }).minus({ days: 1 });
    const [refused] = await press(jorge, button(card, "Propose"), { date: yesterday.toISODate(), time: "10:00" });
    const again = cardOf(refused!)!;
    expect(errorsOf(again)).toEqual({ date: "That date and time has already passed; pick one in the future." });
    expect(input(again, "date").value).toBe(yesterday.toISODate());
    expect(input(again, "time").value).toBe("10:00");

    const [proposed] = await press(jorge, button(again, "Propose"), { slot: slots[2]!.value });
    expect(proposed!.text).toMatch(/^📅 Proposed to Lucía: \*\*.+\*\*\. I will tell you when they accept\.$/);
  });

  it("asks Lucía to accept with a card; she accepts and Jorge is told", async () => {
    await app.runJobs();
    const proposal = await proactive(lucia, cardWith("Jorge propone"));
    const card = cardOf(proposal.activity)!;
    expect(buttonTitles(card)).toEqual(["Aceptar", "Proponer otra hora"]);
    const [own] = await press(jorge, button(card, "Aceptar"));
    expect(own!.text).toBe("You proposed this time; your partner needs to accept it.");
    const [accepted] = await press(lucia, button(card, "Aceptar"));
    expect(accepted!.text).toMatch(/^✅ Sesión del \*\*.+\*\* con Jorge confirmada/);
    await app.runJobs();
    await proactive(jorge, (a) => String(a.activity.text).startsWith("✅ Lucía accepted the session"));
  });

  it("reminds each partner with a card carrying Log, Reschedule and Pause", async () => {
    const session = (await app.tandem.services.sessions.nextSession(pair.id))!;
    while (app.clock.now() < session.startsAt) {
      await app.runJobs();
      app.clock.advance(30 * 60_000);
    }
    const reminder = await proactive(jorge, cardWith("⏰ Reminder: mentoring session with Lucía"));
    const card = cardOf(reminder.activity)!;
    expect(buttonTitles(card)).toEqual(["Log a session", "Reschedule", "Pause"]);
    expect(cardText(card)).toContain("No open action items.");
    expect(reminder.activity.summary).toMatch(/^⏰ Reminder: mentoring session with Lucía/);
    expect(reminder.activity.text).toBeUndefined();
    await proactive(lucia, cardWith("⏰ Recordatorio"));
  });

  it("asks 'did you meet?' after the session; yes brings the log, which refuses bad input and saves nothing", async () => {
    for (let i = 0; i < 8; i++) {
      app.clock.advance(60 * 60_000);
      await app.runJobs();
    }
    const checkIn = await proactive(jorge, cardWith("Did you and Lucía meet"));
    const [logNow, form] = await press(jorge, button(cardOf(checkIn.activity)!, "Yes, we met"));
    expect(logNow!.text).toBe("Great! Log the session while it is fresh.");
    const log = cardOf(form!)!;
    const owners = input(log, "actionItems.0.owner").choices as { title: string; value: string }[];
    expect(owners.map((o) => o.title)).toEqual(["Jorge", "Lucía"]);

    const tomorrow = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" }).plus({ days: 1 }).toISODate()!;
    const [refused] = await press(jorge, button(log, "Save"), {
      date: tomorrow,
      duration: "5",
      topics: "AI tools",
      privateNotes: NOTES,
      "actionItems.0.text": "Try Copilot on a report",
      "actionItems.0.owner": "",
      "actionItems.0.dueDate": "2020-01-01",
    });
    const errors = errorsOf(cardOf(refused!)!);
    expect(errors).toMatchObject({
      date: "A session cannot be logged for a date that has not come yet.",
      "actionItems.0.owner": expect.any(String),
    });
    expect(Object.keys(errors)).toContain("duration");
    expect(input(cardOf(refused!)!, "privateNotes").value).toBe(NOTES);
    expect(input(cardOf(refused!)!, "actionItems.0.text").value).toBe("Try Copilot on a report");
    expect(await app.tandem.services.sessions.heldCount(pair.id)).toBe(0);

    const today = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" });
    const [saved] = await press(jorge, button(log, "Save"), {
      date: today.toISODate(),
      duration: "60",
      topics: "AI tools",
      privateNotes: NOTES,
      "actionItems.0.text": "Try Copilot on a report",
      "actionItems.0.owner": owners[0]!.value,
      "actionItems.0.dueDate": today.plus({ days: 7 }).toISODate(),
    });
    expect(saved!.text).toMatch(/^✅ Session of .+ logged, with 1 action item\. Lucía can see it too\.$/);
    expect(await app.tandem.services.sessions.heldCount(pair.id)).toBe(1);
  });

  it("lists the open action item with Done for either partner, and ticks it off", async () => {
    const [list] = await say(lucia, "acciones");
    const card = cardOf(list!)!;
    expect(cardText(card)).toContain("Try Copilot on a report — **Jorge**");
    const [after] = await press(lucia, button(card, "Hecho"));
    expect(cardText(cardOf(after!)!)).toContain("No hay acciones pendientes.");
  });

  it("pauses the pair from a card: a bad date is refused under the field, then Lucía is told", async () => {
    const [card] = await say(jorge, "pause");
    const pause = cardOf(card!)!;
    // Two weeks from today in Jorge's zone, as Slack's form offers it.
    const twoWeeks = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" }).plus({ days: 14 });
    expect(input(pause, "until").value).toBe(twoWeeks.toISODate());
    const [refused] = await press(jorge, button(pause, "Pause"), { until: "soon" });
    expect(errorsOf(cardOf(refused!)!)).toEqual({ until: "That is not a date (use the date picker)." });
    const until = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" }).plus({ days: 10 }).toISODate()!;
    const [paused] = await press(jorge, button(pause, "Pause"), { until });
    expect(paused!.text).toMatch(/^⏸️ Reminders paused until .+\. Lucía has been told\.$/);
    await app.runJobs();
    await proactive(lucia, (a) => String(a.activity.text).startsWith("⏸️ Jorge"));
    // A Pause button on a card posted before the shared names still opens the form.
    const [reopened] = await press(jorge, { action: "pair.pause-open", pairId: pair.id });
    expect(input(cardOf(reopened!)!, "until").value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A button that arrives without what it should carry says so, and changes nothing.
    const [stale] = await press(jorge, { action: "pair.resume" });
    expect(stale!.text).toMatch(/^That button or form is out of date/);
    expect((await app.tandem.services.rhythm.rhythmOf(pair.id))!.pausedUntil).not.toBeNull();
  });

  it("lets Lucía open the saved log to edit it, and resume the pair from the overview", async () => {
    const [overview] = await say(lucia, "sesion");
    const card = cardOf(overview!)!;
    expect(cardText(card)).toContain("⏸️ En pausa hasta");
    const [form] = await press(lucia, button(card, "Editar último registro"));
    expect(input(cardOf(form!)!, "privateNotes").value).toBe(NOTES);
    expect(input(cardOf(form!)!, "topics").value).toBe("AI tools");
    const [resumed] = await press(lucia, button(card, "Reanudar"));
    expect(resumed!.text).toBe("▶️ Los recordatorios vuelven a estar activos. Se lo he dicho a Jorge.");
  });

  it("asks the coordinators for help: they hear who and why, never the notes", async () => {
    const [sent] = await say(jorge, "support we cannot find a time");
    expect(sent!.text).toBe("🆘 Sent to the coordinators; they will get in touch.");
    await app.runJobs();
    const toCoordinator = await app.slack.waitFor("chat.postMessage", (c) =>
      String(c.args.text).includes("we cannot find a time"),
    );
    expect(String(toCoordinator.args.text)).toContain("Jorge");
    expect(JSON.stringify(app.slack.callsTo("chat.postMessage"))).not.toContain(NOTES);
  });

  it("never lets the private notes reach anyone but the partner who asks for them", async () => {
    const withNotes = app.teams.sent.filter((a) => JSON.stringify(a.activity).includes(NOTES));
    expect(withNotes.length).toBeGreaterThan(0);
    expect(
      withNotes.every(
        (a) => [chatOf(jorge), chatOf(lucia)].includes(a.conversationId) && posted.has(a.replyToId ?? ""),
      ),
    ).toBe(true);
    // Proactive messages (reminders, notices) never carry them.
    expect(
      app.teams.sent
        .filter((a) => !posted.has(a.replyToId ?? ""))
        .some((a) => JSON.stringify(a.activity).includes(NOTES)),
    ).toBe(false);
    // Someone outside the pair pressing a forged button learns nothing.
    const outsider: TeamsUser = { id: "29:otro", aadObjectId: "aad-otro", name: "Otro" };
    const [refused] = await press(outsider, {
      action: "session.log-open",
      pairId: pair.id,
      sessionId: "x",
      edit: true,
    });
    expect(refused!.text).toBe("That belongs to a pair you are not in, so I cannot show or change it.");
  });
});
