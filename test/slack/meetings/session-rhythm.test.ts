import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../../src/domain/pairing/proposal";
import type { Person } from "../../../src/domain/people";
import { startTestApp, type TestApp } from "../../support/app";
import { madridSantiagoPair } from "../../support/builders";

/**
 * Phase 4 through Slack, in Spanish: Lucía (mentor, Madrid) and Jorge (mentee, Santiago) plan a
 * session in both their working hours, one proposes and the other accepts (the .ics arrives), each
 * is reminded at a sensible local time with the open action items, "did you meet?" opens the log,
 * the log refuses bad input next to each field, action items come back until done, two misses in a
 * row tell the coordinator, and the private notes never reach anyone.
 */
describe("the fortnightly rhythm of a pair (es)", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;
  const NOTES = "Notas privadas: Jorge teme quedarse atrás con la IA";
  let luciaPerson: Person;
  const lucia = () => luciaPerson;

  const sentTo = (user: string, since = 0) =>
    app.slack
      .callsTo("chat.postMessage")
      .filter((c) => c.at >= since && (c.args.channel === `D${user}` || c.args.channel === user));
  const value = (blocks: any[], actionId: string) =>
    JSON.parse(
      blocks
        .flatMap((b: any) => b.elements ?? (b.accessory ? [b.accessory] : []))
        .find((e: any) => e.action_id === actionId).value,
    );
  const click = async (user: string, action_id: string, payload: object) => {
    const responseUrl = app.slack.responseUrl();
    const since = Date.now();
    await app.requests.blockAction(
      { id: user },
      { action_id, value: JSON.stringify(payload) },
      { response_url: responseUrl, channel: { id: `D${user}` } },
    );
    return { responseUrl, since };
  };
  const responseTo = (responseUrl: string) =>
    app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
  const modalOpened = (callbackId: string, since: number) =>
    app.slack.waitFor("views.open", (c) => c.args.view.callback_id === callbackId && c.at >= since);
  const submit = (user: string, view: any, values: Record<string, Record<string, unknown>>) =>
    app.requests.viewSubmission(
      { id: user },
      { callback_id: view.callback_id, private_metadata: view.private_metadata, values },
    );
  const ZONES: Record<string, string> = { ULUCIA: "Europe/Madrid", UJORGE: "America/Santiago" };
  /** Reminders as they go out, with the local hour (on the fake clock) each partner got theirs. */
  const reminders: { user: string; hour: number }[] = [];
  async function runJobsNotingReminders(): Promise<void> {
    const since = Date.now();
    await app.runJobs();
    for (const user of Object.keys(ZONES)) {
      if (sentTo(user, since).some((c) => String(c.args.text).startsWith("⏰")))
        reminders.push({ user, hour: DateTime.fromJSDate(app.clock.now(), { zone: ZONES[user] }).hour });
    }
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "ULUCIA", real_name: "Lucía", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UJORGE", real_name: "Jorge", locale: "es-CL", tz: "America/Santiago" });
    app.slack.addUser({ id: "UOTRO", real_name: "Otro", locale: "es-ES", tz: "Europe/Madrid" });
    const { services } = app.tandem;
    ({
      cohort,
      pair,
      lucia: luciaPerson,
    } = await madridSantiagoPair(services, app.slack.teamId, app.clock.now(), "Mentoría Digital"));
    await app.runJobs();
    // The programme starts: Monday 21 December 2026 (Madrid).
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 9 }).toJSDate());
  });
  afterAll(() => app.stop());

  it("shows the pair with no date yet, and the introduction offers to plan the first session", async () => {
    const intro = app.slack.callsTo("chat.postMessage").find((c) => String(c.args.text).startsWith("🤝"))!;
    expect(JSON.stringify(intro.args.blocks)).toContain('"action_id":"session.plan"');
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UJORGE" }, "sesion"));
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain("*Con Lucía* · Mentoría Digital");
    expect(text).toContain("Aún no hay fecha para su próxima sesión.");
    expect(text).toContain("Sesiones registradas: 0 de al menos 4");
  });

  it("offers slots inside both partners' working hours, each in both zones, and refuses a past time", async () => {
    const { since } = await click("UJORGE", "session.plan", { pairId: pair.id });
    const modal = (await modalOpened("session.plan", since)).args.view;
    const options = modal.blocks.find((b: any) => b.block_id === "slot").element.options as {
      text: { text: string };
      value: string;
    }[];
    expect(options.length).toBeGreaterThan(10);
    for (const option of options) {
      const madrid = DateTime.fromISO(option.value, { zone: "Europe/Madrid" });
      const santiago = DateTime.fromISO(option.value, { zone: "America/Santiago" });
      expect(madrid.hour).toBeGreaterThanOrEqual(9);
      expect(madrid.plus({ minutes: 60 }).hour * 60 + madrid.plus({ minutes: 60 }).minute).toBeLessThanOrEqual(17 * 60);
      expect(santiago.hour).toBeGreaterThanOrEqual(9);
      expect(santiago.weekday).toBeLessThanOrEqual(5);
    }
    // Jorge reads them in Santiago's time, with Lucía's Madrid time beside each.
    const first = DateTime.fromISO(options[0]!.value);
    expect(options[0]!.text.text).toContain(
      `Lucía: ${first.setZone("Europe/Madrid").setLocale("es").toLocaleString(DateTime.TIME_SIMPLE)}`,
    );

    const past = await submit("UJORGE", modal, {
      slot: { value: { type: "static_select", selected_option: null } },
      custom: {
        value: { type: "datetimepicker", selected_date_time: Math.floor(app.clock.now().getTime() / 1000) - 3600 },
      },
    });
    expect(past.json()).toEqual({
      response_action: "errors",
      errors: { custom: "Esa fecha y hora ya pasaron; elige una en el futuro." },
    });
    const nothing = await submit("UJORGE", modal, {
      slot: { value: { type: "static_select", selected_option: null } },
      custom: { value: { type: "datetimepicker", selected_date_time: null } },
    });
    expect(nothing.json()).toEqual({
      response_action: "errors",
      errors: { slot: "Elige un horario, o indica una fecha y hora." },
    });

    const chosen = options[2]!;
    const sent = await submit("UJORGE", modal, {
      slot: { value: { type: "static_select", selected_option: { value: chosen.value } } },
    });
    expect(sent.status).toBe(200);
    const told = await app.slack.waitFor(
      "chat.postMessage",
      (c) => c.args.channel === "UJORGE" && String(c.args.text).startsWith("📅 Propuesto a Lucía"),
    );
    expect(told.args.text).toContain(
      DateTime.fromISO(chosen.value, { zone: "America/Santiago" }).setLocale("es").toLocaleString(DateTime.TIME_SIMPLE),
    );
  });

  it("asks the partner to accept; only the partner can; the calendar file goes to both", async () => {
    const before = Date.now();
    await app.runJobs();
    const proposal = sentTo("ULUCIA", before).find((c) => String(c.args.text).startsWith("📅 Jorge propone"))!;
    expect(proposal).toBeDefined();
    const sessionId = value(proposal.args.blocks, "session.accept").sessionId as string;
    const waiting = await app.requests.replyTo(await app.requests.command({ id: "UJORGE" }, "sesion"));
    expect(JSON.stringify(waiting.blocks)).toMatch(/Propuesta: \*[^*]+\*, a la espera de que Lucía la acepte/);
    const toAccept = await app.requests.replyTo(await app.requests.command({ id: "ULUCIA" }, "sesion"));
    expect(JSON.stringify(toAccept.blocks)).toMatch(/Jorge propuso el \*[^*]+\*: acéptala desde su mensaje/);

    const own = await click("UJORGE", "session.accept", { sessionId });
    expect((await responseTo(own.responseUrl)).args.text).toBe(
      "Tú propusiste este horario; tiene que aceptarlo tu pareja.",
    );
    const outsider = await click("UOTRO", "session.accept", { sessionId });
    expect((await responseTo(outsider.responseUrl)).args.text).toBe(
      "Eso pertenece a una pareja de la que no formas parte, así que no puedo mostrarlo ni cambiarlo.",
    );

    const accepted = await click("ULUCIA", "session.accept", { sessionId });
    const reply = await responseTo(accepted.responseUrl);
    expect(reply.args.replace_original).toBe(true);
    expect(reply.args.text).toMatch(/^✅ Sesión del \*.+\* con Jorge confirmada/);
    await app.slack.waitFor("files.completeUploadExternal");
    await runJobsNotingReminders();
    const ics = app.slack.uploads.find((u) => u.filename === "tandem-session.ics")!;
    const content = ics.content.toString("utf8");
    expect(content).toContain("BEGIN:VEVENT");
    expect(content).toContain("Sesión de mentoría: Lucía y Jorge");
    expect(sentTo("UJORGE").some((c) => String(c.args.text).startsWith("✅ Lucía aceptó la sesión"))).toBe(true);

    const overview = await app.requests.replyTo(await app.requests.command({ id: "ULUCIA" }, "sesion"));
    expect(JSON.stringify(overview.blocks)).toContain("Próxima sesión: *");
  });

  it("reminds each partner once, at a sensible local time, before the session", async () => {
    const session = (await app.tandem.services.sessions.nextSession(pair.id))!;
    // Walk the clock up to the session, running due jobs as the scheduler would.
    while (app.clock.now() < session.startsAt) {
      await runJobsNotingReminders();
      app.clock.advance(30 * 60_000);
    }
    // Lucía (Madrid, at work when it was accepted) at once; Jorge when his day starts in Santiago.
    expect(reminders.map((r) => r.user).sort()).toEqual(["UJORGE", "ULUCIA"]);
    expect(reminders.find((r) => r.user === "UJORGE")!.hour).toBe(9);
    for (const { hour } of reminders) {
      expect(hour).toBeGreaterThanOrEqual(8);
      expect(hour).toBeLessThan(21);
    }
    const reminder = sentTo("ULUCIA").find((c) => String(c.args.text).startsWith("⏰"))!;
    expect(JSON.stringify(reminder.args.blocks)).toContain("No hay acciones pendientes.");
    expect(JSON.stringify(reminder.args.blocks)).toContain('"action_id":"session.log"');
  });

  let logView: any;
  it("asks 'did you meet?' after the session, and yes opens the log", async () => {
    app.clock.advance(3 * 3_600_000);
    const since = Date.now();
    await app.runJobs();
    const question = sentTo("UJORGE", since).find((c) =>
      String(c.args.text).startsWith("👋 ¿Se reunieron Lucía y tú"),
    )!;
    expect(question).toBeDefined();
    expect(sentTo("ULUCIA", since).some((c) => String(c.args.text).startsWith("👋"))).toBe(true);
    const met = value(question.args.blocks, "session.check-in:met");
    const { responseUrl, since: clicked } = await click("UJORGE", "session.check-in:met", met);
    expect((await responseTo(responseUrl)).args.text).toBe("¡Genial! Registra la sesión mientras la tienes fresca.");
    logView = (await modalOpened("session.log", clicked)).args.view;
    // The same question answered again (by Lucía) changes nothing.
    const again = await click("ULUCIA", "session.check-in:met", met);
    expect((await responseTo(again.responseUrl)).args.text).toBe(
      "Esta pregunta ya tiene respuesta (o ha caducado); no ha cambiado nada.",
    );
  });

  it("refuses a bad log next to each field and saves nothing; then saves it with its action items", async () => {
    const today = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" });
    const tomorrow = today.plus({ days: 1 }).toISODate()!;
    const jorge = pair.menteePersonId;
    const bad = await submit("UJORGE", logView, {
      date: { value: { type: "datepicker", selected_date: tomorrow } },
      duration: { value: { type: "number_input", value: "5" } },
      "actionItems.0.text": { value: { type: "plain_text_input", value: "Probar Copilot en Excel" } },
      "actionItems.0.owner": { value: { type: "static_select", selected_option: null } },
      "actionItems.0.dueDate": { value: { type: "datepicker", selected_date: "2026-01-01" } },
    });
    expect(bad.json()).toEqual({
      response_action: "errors",
      errors: {
        date: "No se puede registrar una sesión en una fecha que aún no ha llegado.",
        duration: "La duración debe ser un número entero de minutos entre 15 y 480.",
        "actionItems.0.owner": "Elige quién se encarga de esta acción.",
      },
    });
    expect(await app.tandem.services.sessions.heldCount(pair.id)).toBe(0);

    const ok = await submit("UJORGE", logView, {
      date: { value: { type: "datepicker", selected_date: today.toISODate() } },
      duration: { value: { type: "number_input", value: "60" } },
      topics: { value: { type: "plain_text_input", value: "IA generativa y trámites" } },
      privateNotes: { value: { type: "plain_text_input", value: NOTES } },
      "actionItems.0.text": { value: { type: "plain_text_input", value: "Probar Copilot en Excel" } },
      "actionItems.0.owner": { value: { type: "static_select", selected_option: { value: jorge } } },
      "actionItems.0.dueDate": { value: { type: "datepicker", selected_date: today.plus({ days: 7 }).toISODate() } },
      "actionItems.1.text": { value: { type: "plain_text_input", value: "Compartir el flujo de firma electrónica" } },
      "actionItems.1.owner": { value: { type: "static_select", selected_option: { value: pair.mentorPersonId } } },
      "actionItems.1.dueDate": { value: { type: "datepicker", selected_date: today.plus({ days: 10 }).toISODate() } },
    });
    expect(ok.status).toBe(200);
    await app.slack.waitFor(
      "chat.postMessage",
      (c) => c.args.channel === "UJORGE" && String(c.args.text).startsWith("✅ Sesión del"),
    );
    expect(await app.tandem.services.sessions.heldCount(pair.id)).toBe(1);
  });

  it("lets the partner edit the log later, with what was saved filled in", async () => {
    const overview = await app.requests.replyTo(await app.requests.command({ id: "ULUCIA" }, "sesion"));
    expect(JSON.stringify(overview.blocks)).toContain("Última sesión registrada:");
    const { since } = await click("ULUCIA", "session.log-edit", value(overview.blocks!, "session.log-edit"));
    const view = (await modalOpened("session.log", since)).args.view;
    const element = (blockId: string) => view.blocks.find((b: any) => b.block_id === blockId).element;
    expect(element("privateNotes").initial_value).toBe(NOTES);
    expect(element("actionItems.0.text").initial_value).toBe("Probar Copilot en Excel");
    expect(element("actionItems.1.owner").initial_option.value).toBe(pair.mentorPersonId);
    // Someone outside the pair cannot open it, even with the right ids.
    const forged = await click("UOTRO", "session.log-edit", value(overview.blocks!, "session.log-edit"));
    expect((await responseTo(forged.responseUrl)).args.text).toContain("no formas parte");

    const state = (blockId: string, type: string, key: string, v: unknown) => ({
      [blockId]: { value: { type, [key]: v } },
    });
    const edited = await submit("ULUCIA", view, {
      ...state("date", "datepicker", "selected_date", element("date").initial_date),
      ...state("duration", "number_input", "value", "75"),
      ...state("topics", "plain_text_input", "value", "IA generativa, trámites y firma electrónica"),
      ...state("privateNotes", "plain_text_input", "value", NOTES),
      ...state("actionItems.0.text", "plain_text_input", "value", "Probar Copilot en Excel"),
      ...state("actionItems.0.owner", "static_select", "selected_option", { value: pair.menteePersonId }),
      ...state("actionItems.0.dueDate", "datepicker", "selected_date", element("actionItems.0.dueDate").initial_date),
      ...state("actionItems.1.text", "plain_text_input", "value", "Compartir el flujo de firma electrónica"),
      ...state("actionItems.1.owner", "static_select", "selected_option", { value: pair.mentorPersonId }),
      ...state("actionItems.1.dueDate", "datepicker", "selected_date", element("actionItems.1.dueDate").initial_date),
    });
    expect(edited.status).toBe(200);
    await app.slack.waitForNext(
      "chat.postMessage",
      (c) => c.args.channel === "ULUCIA" && String(c.args.text).startsWith("✅ Sesión del"),
    );
    const sessions = (await app.tandem.services.sessions.sessions(lucia(), pair.id))!.filter(
      (s) => s.status === "held",
    );
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!).toMatchObject({ durationMinutes: 75, topics: "IA generativa, trámites y firma electrónica" });
  });

  it("lists the action items with Done, for both partners, until done", async () => {
    const lucia = await app.requests.replyTo(await app.requests.command({ id: "ULUCIA" }, "acciones"));
    const text = JSON.stringify(lucia.blocks);
    expect(text).toContain("Probar Copilot en Excel — *Jorge*");
    expect(text).toContain("Compartir el flujo de firma electrónica — *tú*");
    const mine = lucia.blocks!.find((b: any) => String(b.text?.text).startsWith("Compartir"));
    const { responseUrl } = await click("ULUCIA", "action-item.done", JSON.parse(mine.accessory.value));
    const after = await responseTo(responseUrl);
    expect(JSON.stringify(after.args.blocks)).not.toContain("Compartir el flujo");
    expect(JSON.stringify(after.args.blocks)).toContain("Probar Copilot en Excel");
    // Someone outside the pair sees none of it and cannot tick it.
    const other = await app.requests.replyTo(await app.requests.command({ id: "UOTRO" }, "acciones"));
    expect(other.text).toBe(
      "Todavía no estás en una pareja de mentoría. Las sesiones, acciones y metas empiezan cuando coordinación te presente a tu pareja.",
    );
    const item = JSON.parse(lucia.blocks!.find((b: any) => String(b.text?.text).startsWith("Probar")).accessory.value);
    const forged = await click("UOTRO", "action-item.done", item);
    expect((await responseTo(forged.responseUrl)).args.text).toContain("no formas parte");
  });

  it("shows the pair on the Home tab: progress, open action items with Done, buttons", async () => {
    const home = async () => {
      const published = app.slack.waitForNext("views.publish", (c) => c.args.user_id === "UJORGE");
      await app.requests.event({ type: "app_home_opened", user: "UJORGE", channel: "DUJORGE", tab: "home" });
      return JSON.stringify((await published).args.view.blocks);
    };
    const before = await home();
    expect(before).toContain("*Tu mentoría*");
    expect(before).toContain("*Con Lucía* · Mentoría Digital");
    expect(before).toContain("Sesiones registradas: 1 de al menos 4");
    expect(before).toContain("Probar Copilot en Excel — *tú*");
    expect(before).toContain('"action_id":"session.plan"');
    const item = JSON.parse(before).find((b: any) => String(b.text?.text).includes("Probar Copilot")).accessory.value;
    const republished = app.slack.waitForNext("views.publish", (c) => c.args.user_id === "UJORGE");
    await app.requests.blockAction(
      { id: "UJORGE" },
      { action_id: "action-item.done", value: item },
      { container: { type: "view", view_id: "VHOME" } },
    );
    const after = JSON.stringify((await republished).args.view.blocks);
    expect(after).not.toContain("Probar Copilot en Excel");
    // Back to open, for the rest of the story.
    await app.tandem.services.actionItems.setActionItemDone(
      (await app.tandem.services.people.findById(pair.menteePersonId))!,
      JSON.parse(item).itemId,
      false,
    );
  });

  it("puts the pair at risk for the coordinator after two 'not yet' in a row", async () => {
    const { services } = app.tandem;
    const jorge = (await services.people.findById(pair.menteePersonId))!;
    const lucia = (await services.people.findById(pair.mentorPersonId))!;
    const slot = services.sessions.slots(((await services.sessions.pairFor(jorge, pair.id)) as any).context)[0]!;
    const proposed = await services.sessions.propose(jorge, pair.id, slot);
    if (!proposed.ok) throw new Error(String(proposed.reason));
    await services.sessions.accept(lucia, proposed.session.id);
    // Reminders carry the open action item now.
    app.clock.set(new Date(slot.getTime() - 60_000));
    const remindedSince = Date.now();
    await app.runJobs();
    const reminder = sentTo("UJORGE", remindedSince).find((c) => String(c.args.text).startsWith("⏰"))!;
    expect(JSON.stringify(reminder.args.blocks)).toContain("Probar Copilot en Excel — tú");

    const answerNotYet = async () => {
      const since = Date.now();
      await app.runJobs();
      const question = sentTo("UJORGE", since).find((c) => String(c.args.text).startsWith("👋"))!;
      const { responseUrl } = await click(
        "UJORGE",
        "session.check-in:not-yet",
        value(question.args.blocks, "session.check-in:not-yet"),
      );
      return (await responseTo(responseUrl)).args.text as string;
    };
    app.clock.advance(4 * 3_600_000);
    expect(await answerNotYet()).toMatch(/^Anotado\. Volveré a preguntar el /);
    expect(sentTo("UCOORD").some((c) => String(c.args.text).startsWith("⚠️"))).toBe(false);
    app.clock.advanceDays(3.2);
    await answerNotYet();
    await app.runJobs();
    const warned = app.slack
      .callsTo("chat.postMessage")
      .filter((c) => String(c.args.text).startsWith("⚠️ La pareja Lucía – Jorge (Mentoría Digital) lleva 2 sesiones"));
    expect(warned).toHaveLength(1);
  });

  it("never sends the private notes to anyone, coordinators included", async () => {
    await app.runJobs();
    // The notes went out once: into the log form Lucía opened herself to edit it. Nowhere else:
    // no message, update, reply, Home tab, file or notice, to anyone.
    const carrying = app.slack.calls.filter((c) => JSON.stringify(c.args).includes("Jorge teme quedarse atrás"));
    expect(carrying.map((c) => [c.method, c.args.view?.callback_id])).toEqual([["views.open", "session.log"]]);
  });
});
