import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defaultCohortSettings, type Cohort } from "../../../src/domain/cohorts/cohort";
import type { Person } from "../../../src/domain/people";
import { starterSkills } from "../../../src/domain/skills-catalogue";
import { formatDateTime } from "../../../src/i18n";
import { startTestApp, type TestApp } from "../../support/app";
import { asCoordinator, createSlackPerson, openCohortFor, pairUp, submittedApplicant } from "../../support/builders";
import { initialState } from "../../support/modal-state";
import { state } from "../../support/slack-requests";

/**
 * The cohort's plenaries through Slack, in a Spanish cohort run from Madrid: the coordinator
 * generates the plan (7, every 15 days, weekdays at 10:00 Madrid) and moves one (a past date is
 * refused next to the field); everyone in the cohort, and nobody else, is reminded once on their
 * working day before at 10:00 their time; "I'm here" counts only while the plenary is on; the
 * coordinator corrects attendance; attendanceOf counts what was held. Only coordinators may run it.
 */
describe("plenary sessions of a cohort (es)", () => {
  let app: TestApp;
  let cohort: Cohort;
  const people: Record<string, Person> = {};

  const ZONES: Record<string, string> = {
    ULUCIA: "Europe/Madrid",
    UPEDRO: "Europe/Madrid",
    UJORGE: "America/Santiago",
    UANA: "Europe/London",
  };
  const IN_COHORT = Object.keys(ZONES).sort();
  const OUTSIDE = ["UCOORD", "UOTRO", "UOTRA"];
  const EXPECTED_DAYS = [
    "2026-12-21",
    "2027-01-05",
    "2027-01-20",
    "2027-02-04",
    "2027-02-19",
    "2027-03-08",
    "2027-03-22",
  ];

  /** Every plenary message as it went out: to whom, which plenary, and at what instant (fake clock). */
  const notices: {
    user: string;
    kind: "reminder" | "check-in";
    number: number;
    at: Date;
    text: string;
    blocks: any[];
  }[] = [];
  const buttonValue = (blocks: any[], actionId: string) =>
    JSON.parse(
      blocks
        .flatMap((b: any) => [...(b.elements ?? []), ...(b.accessory ? [b.accessory] : [])])
        .find((e: any) => e.action_id === actionId).value,
    );

  async function runJobsNotingPlenaries(): Promise<void> {
    const start = app.slack.calls.length;
    await app.runJobs();
    for (const call of app.slack.calls.slice(start)) {
      const text = String(call.args.text ?? "");
      if (call.method !== "chat.postMessage" || !text.startsWith("🏛️")) continue;
      const number = Number(/(?:plenaria|plenary) (\d+)/i.exec(text)?.[1]);
      const kind = /Recordatorio|Reminder/.test(text) ? "reminder" : "check-in";
      notices.push({
        user: String(call.args.channel).replace(/^D/, ""),
        kind,
        number,
        at: app.clock.now(),
        text,
        blocks: call.args.blocks,
      });
    }
  }

  /** Moves the fake clock from due job to due job, as the scheduler would, up to `until`. */
  async function walkTo(until: Date): Promise<void> {
    for (;;) {
      const next = await app.tandem.services.db.job.findFirst({
        where: { state: "pending" },
        orderBy: { runAt: "asc" },
      });
      if (!next || next.runAt > until) break;
      if (next.runAt > app.clock.now()) app.clock.set(next.runAt);
      await runJobsNotingPlenaries();
    }
    app.clock.set(until);
    await runJobsNotingPlenaries();
  }

  async function click(user: string, action_id: string, payload: object) {
    const responseUrl = app.slack.responseUrl();
    const callsBefore = app.slack.calls.length;
    await app.requests.blockAction(
      { id: user },
      { action_id, value: JSON.stringify(payload) },
      { response_url: responseUrl, channel: { id: `D${user}` } },
    );
    return { responseUrl, callsBefore };
  }
  const responseTo = (responseUrl: string) =>
    app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
  const modalOpened = (callbackId: string, after: number) =>
    app.slack.waitFor(
      "views.open",
      (c) => c.args.view.callback_id === callbackId && app.slack.calls.indexOf(c) >= after,
    );
  const submit = (user: string, view: any, values: Record<string, Record<string, unknown>>) =>
    app.requests.viewSubmission(
      { id: user },
      { callback_id: view.callback_id, private_metadata: view.private_metadata, values },
    );
  const plenaries = () =>
    app.tandem.services.plenaries.list(cohort).then((list) => list.plenaries.map((item) => item.plenary));
  const plenary = async (number: number) => (await plenaries()).find((p) => p.number === number)!;
  const local = (at: Date, user: string) => DateTime.fromJSDate(at, { zone: ZONES[user] });

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "ULUCIA", real_name: "Lucía", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UPEDRO", real_name: "Pedro", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UJORGE", real_name: "Jorge", locale: "es-CL", tz: "America/Santiago" });
    app.slack.addUser({ id: "UANA", real_name: "Ana", locale: "en-GB", tz: "Europe/London" });
    app.slack.addUser({ id: "UOTRO", real_name: "Otro", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UOTRA", real_name: "Otra", locale: "es-ES", tz: "Europe/Madrid" });
    const { services } = app.tandem;
    const coordinator = await services.people.identify(
      { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
      async () => ({ displayName: "Carmen", locale: "es-ES", timeZone: "Europe/Madrid" }),
    );
    // A Spanish cohort run from Madrid: applications until 14 December, from Monday 21 December 2026 for 15 weeks.
    const created = await services.cohorts.create(coordinator, {
      ...defaultCohortSettings(app.clock.now(), "Europe/Madrid", "es"),
      name: "Mentoría Digital",
      objective: "Competencias digitales",
      sponsorRequired: false,
      skills: starterSkills("es"),
    });
    if (!created.ok) throw new Error("no cohort");
    const opened = await services.cohorts.openApplications(asCoordinator(coordinator), created.cohort.id);
    if (!opened.ok) throw new Error(opened.reason);
    cohort = opened.cohort;
    const apply = (
      userId: string,
      name: string,
      locale: string,
      role: "mentor" | "mentee",
      ratings: Record<string, number>,
      learn: string[],
    ) =>
      submittedApplicant(
        services,
        cohort,
        { workspaceId: app.slack.teamId, userId, name, locale },
        {
          role,
          ratings,
          learn,
          department: role === "mentor" ? "Tecnología" : "Finanzas",
          languages: ["es", "en"],
          timeZone: ZONES[userId],
        },
      );
    await apply("ULUCIA", "Lucía", "es-ES", "mentor", { "generative-ai": 5 }, ["e-government"]);
    await apply("UANA", "Ana", "en-GB", "mentor", { spreadsheets: 5 }, ["e-government"]);
    await apply("UJORGE", "Jorge", "es-CL", "mentee", { "generative-ai": 1 }, ["generative-ai"]);
    await apply("UPEDRO", "Pedro", "es-ES", "mentee", { spreadsheets: 1 }, ["spreadsheets"]);
    const proposed = await services.pairing.propose(cohort, coordinator);
    if (!proposed.ok) throw new Error(proposed.reason);
    const approved = await services.pairing.approve(proposed.proposal.id, cohort, asCoordinator(coordinator));
    if (!approved.ok) throw new Error(approved.reason);
    expect(approved.pairs).toHaveLength(2);
    // Two people paired in another cohort: never told about this cohort's plenaries.
    const other = await openCohortFor(services, coordinator, "Otra cohorte", app.clock.now(), "es");
    await pairUp(
      services,
      other,
      await createSlackPerson(services, "UOTRO", { name: "Otro", locale: "es" }),
      await createSlackPerson(services, "UOTRA", { name: "Otra", locale: "es" }),
    );
    for (const user of [...IN_COHORT, ...OUTSIDE])
      people[user] = (await services.people.find({ platform: "slack", workspaceId: app.slack.teamId, userId: user }))!;
    await runJobsNotingPlenaries();
  });
  afterAll(() => app.stop());

  it("is for coordinators only: anyone else is told so plainly and changes nothing", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "ULUCIA" }, "plenarias"));
    expect(reply.text).toBe(
      "`/mentoring plenary` es para quienes coordinan el programa. Si crees que deberías poder usarlo, pide a un coordinador que te añada con `admin add`.",
    );
    const forged = await click("ULUCIA", "plenary.generate", { cohortId: cohort.id });
    expect((await responseTo(forged.responseUrl)).args.text).toContain("es para quienes coordinan el programa");
    expect(await plenaries()).toEqual([]);
  });

  it("offers to generate the plan, which makes 7 plenaries every 15 days on weekdays at 10:00 Madrid", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "plenarias digital"));
    const shown = JSON.stringify(reply.blocks);
    expect(shown).toContain(
      "Mentoría Digital aún no tiene plenarias. El plan propone 7, cada 15 días desde el inicio, de 150 min, en día laborable a las 10:00 (Europe/Madrid).",
    );
    const generate = buttonValue(reply.blocks!, "plenary.generate");
    expect(generate).toEqual({ cohortId: cohort.id });

    const { responseUrl } = await click("UCOORD", "plenary.generate", generate);
    const generated = (await responseTo(responseUrl)).args;
    expect(generated.replace_original).toBe(true);
    expect(generated.text).toBe(
      "✅ He creado 7 plenarias para Mentoría Digital. Todas las personas de la cohorte recibirán un recordatorio el día laborable anterior a cada una.",
    );

    const plan = await plenaries();
    expect(plan.map((p) => p.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(plan.map((p) => DateTime.fromJSDate(p.startsAt, { zone: "Europe/Madrid" }).toISODate())).toEqual(
      EXPECTED_DAYS,
    );
    for (const p of plan) {
      const madrid = DateTime.fromJSDate(p.startsAt, { zone: "Europe/Madrid" });
      expect(madrid.toFormat("HH:mm")).toBe("10:00");
      expect(madrid.weekday).toBeLessThanOrEqual(5);
      expect(p.durationMinutes).toBe(150);
    }
    // Fifteen days apart, except where a weekend moved one to the Monday after.
    const gaps = plan
      .slice(1)
      .map((p, i) => Math.round((p.startsAt.getTime() - plan[i]!.startsAt.getTime()) / 86_400_000));
    expect(gaps).toEqual([15, 15, 15, 15, 17, 14]);
    // Listed in the coordinator's zone, each with Edit, and the people counted.
    const listed = JSON.stringify(generated.blocks);
    expect(listed).toContain(`*Plenaria 1* · ${formatDateTime(plan[0]!.startsAt, "es", "Europe/Madrid")} (150 min)`);
    expect(listed).toContain("Hay 4 personas en la cohorte");
    expect(generated.blocks.filter((b: any) => b.accessory?.action_id === "plenary.edit")).toHaveLength(7);
  });

  it("reminds everyone in the cohort once, on their working day before at 10:00 their time, and nobody else", async () => {
    const first = await plenary(1);
    // Up to Monday 21 December, 09:30 in Madrid: the first plenary starts at 10:00.
    await walkTo(new Date(first.startsAt.getTime() - 30 * 60_000));
    const reminders = notices.filter((n) => n.kind === "reminder" && n.number === 1);
    expect(reminders.map((n) => n.user).sort()).toEqual(IN_COHORT);
    for (const reminder of reminders) {
      const at = local(reminder.at, reminder.user);
      // Friday 18 December at 10:00 in each one's own zone (Santiago's plenary day starts at 06:00).
      expect(at.toFormat("yyyy-MM-dd HH:mm")).toBe("2026-12-18 10:00");
    }
    expect(notices.filter((n) => OUTSIDE.includes(n.user))).toEqual([]);
    expect(notices.filter((n) => n.kind === "check-in")).toEqual([]);
    // Each in their own language and zone.
    const lucia = reminders.find((n) => n.user === "ULUCIA")!;
    expect(lucia.text).toBe(
      `🏛️ Recordatorio: plenaria 1 de Mentoría Digital el *${formatDateTime(first.startsAt, "es", "Europe/Madrid")}* (150 min), con todas las personas de la cohorte.`,
    );
    const ana = reminders.find((n) => n.user === "UANA")!;
    expect(ana.text).toBe(
      `🏛️ Reminder: plenary 1 of Mentoría Digital on *${formatDateTime(first.startsAt, "en", "Europe/London")}* (150 min), with everyone in the cohort.`,
    );
    expect(ana.text).toContain("9:00");
    expect(reminders.find((n) => n.user === "UJORGE")!.text).toContain("6:00");
  });

  it("refuses a check-in before the plenary starts, and from anyone outside the cohort", async () => {
    const first = await plenary(1);
    const early = await click("ULUCIA", "plenary.check-in", { plenaryId: first.id });
    expect((await responseTo(early.responseUrl)).args.text).toBe(
      `La plenaria 1 aún no ha empezado (empieza el ${formatDateTime(first.startsAt, "es", "Europe/Madrid")}). Podrás registrar tu asistencia mientras se celebra.`,
    );
    expect(await app.tandem.services.plenaries.attendanceOf(people.ULUCIA!.id, cohort.id)).toEqual({
      attended: 0,
      held: 0,
    });
  });

  it("sends 'I'm here' at the start (once each is awake), and counts a check-in while the plenary is on", async () => {
    const first = await plenary(1);
    // To 12:05 Madrid: Jorge's day starts at 08:00 Santiago (12:00 Madrid), before the end at 12:30.
    await walkTo(new Date(first.startsAt.getTime() + 125 * 60_000));
    const checkIns = notices.filter((n) => n.kind === "check-in" && n.number === 1);
    expect(checkIns.map((n) => n.user).sort()).toEqual(IN_COHORT);
    for (const n of checkIns)
      expect(n.at.toISOString()).toBe(n.user === "UJORGE" ? "2026-12-21T11:00:00.000Z" : first.startsAt.toISOString());
    expect(local(checkIns.find((n) => n.user === "UJORGE")!.at, "UJORGE").toFormat("HH:mm")).toBe("08:00");

    const mine = (user: string) => buttonValue(checkIns.find((n) => n.user === user)!.blocks, "plenary.check-in");
    const lucia = await click("ULUCIA", "plenary.check-in", mine("ULUCIA"));
    const done = (await responseTo(lucia.responseUrl)).args;
    expect(done.replace_original).toBe(true);
    expect(done.text).toBe("✅ Asistencia registrada: plenaria 1 de Mentoría Digital. ¡Gracias!");
    const ana = await click("UANA", "plenary.check-in", mine("UANA"));
    expect((await responseTo(ana.responseUrl)).args.text).toBe(
      "✅ Attendance recorded: plenary 1 of Mentoría Digital. Thank you!",
    );
    const jorge = await click("UJORGE", "plenary.check-in", mine("UJORGE"));
    expect((await responseTo(jorge.responseUrl)).args.text).toContain("✅ Asistencia registrada");
    const again = await click("ULUCIA", "plenary.check-in", mine("ULUCIA"));
    expect((await responseTo(again.responseUrl)).args.text).toBe("Tu asistencia a la plenaria 1 ya estaba registrada.");
    const outsider = await click("UOTRO", "plenary.check-in", mine("ULUCIA"));
    expect((await responseTo(outsider.responseUrl)).args.text).toBe(
      "Esa plenaria es de una cohorte de la que no formas parte.",
    );

    // After 12:30 Madrid it is over.
    await walkTo(new Date(first.startsAt.getTime() + 151 * 60_000));
    const late = await click("UPEDRO", "plenary.check-in", mine("UPEDRO"));
    expect((await responseTo(late.responseUrl)).args.text).toBe(
      "La plenaria 1 ya terminó, así que este botón ya no registra asistencia. Si estuviste, pide a coordinación que la corrija.",
    );
    const records = await app.tandem.services.db.plenaryAttendance.findMany({ where: { plenaryId: first.id } });
    expect(records.map((r) => [r.personId, r.attended, r.source]).sort()).toEqual(
      [
        [people.ULUCIA!.id, true, "self"],
        [people.UANA!.id, true, "self"],
        [people.UJORGE!.id, true, "self"],
      ].sort(),
    );
  });

  it("lets the coordinator correct attendance, starting from who checked in; outsiders are refused", async () => {
    const first = await plenary(1);
    const list = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "plenarias digital"));
    const row = JSON.stringify(
      list.blocks!.find((b: any) => b.type === "section" && String(b.text?.text).startsWith("*Plenaria 1*")),
    );
    expect(row).toContain("Asistencia: 3 de 4");
    const notYet = await click("UCOORD", "plenary.attendance", { plenaryId: (await plenary(3)).id });
    expect((await responseTo(notYet.responseUrl)).args.text).toBe(
      "La plenaria 3 aún no ha empezado; podrás pasar lista cuando empiece.",
    );

    const { callsBefore } = await click(
      "UCOORD",
      "plenary.attendance",
      buttonValue(list.blocks!, "plenary.attendance"),
    );
    const modal = (await modalOpened("plenary.attendance", callsBefore)).args.view;
    const group = modal.blocks.find((b: any) => b.block_id === "attendance:0").element;
    expect(group.type).toBe("checkboxes");
    expect(group.options.map((o: any) => o.text.text)).toEqual(["Ana", "Jorge", "Lucía", "Pedro"]);
    expect(group.initial_options.map((o: any) => o.value).sort()).toEqual(
      [people.UANA!.id, people.UJORGE!.id, people.ULUCIA!.id].sort(),
    );
    expect(group.initial_options[0].description.text).toBe("Lo registró con «Estoy aquí»");

    const forged = await submit("UCOORD", modal, {
      "attendance:0": state.checkboxes([people.ULUCIA!.id, people.UOTRO!.id]),
    });
    expect(forged.json()).toEqual({
      response_action: "errors",
      errors: { "attendance:0": "Solo se puede marcar a personas de la cohorte." },
    });
    const stranger = await submit("ULUCIA", modal, { "attendance:0": state.checkboxes([people.ULUCIA!.id]) });
    expect(stranger.json().errors["attendance:0"]).toContain("es para quienes coordinan el programa");
    expect(await app.tandem.services.db.plenaryAttendance.count({ where: { plenaryId: first.id } })).toBe(3);

    // Pedro was there without pressing the button; Ana had to leave at once.
    const saved = await submit("UCOORD", modal, {
      "attendance:0": state.checkboxes([people.ULUCIA!.id, people.UJORGE!.id, people.UPEDRO!.id]),
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toBe("");
    const told = await app.slack.waitFor(
      "chat.postMessage",
      (c) => c.args.channel === "UCOORD" && String(c.args.text).startsWith("✅ Asistencia a la plenaria 1"),
    );
    expect(told.args.text).toBe("✅ Asistencia a la plenaria 1 de Mentoría Digital guardada: 3 de 4 personas.");
    const records = await app.tandem.services.db.plenaryAttendance.findMany({ where: { plenaryId: first.id } });
    const byPerson = Object.fromEntries(records.map((r) => [r.personId, [r.attended, r.source, r.recordedById]]));
    const coordinatorId = people.UCOORD!.id;
    expect(byPerson).toEqual({
      [people.ULUCIA!.id]: [true, "self", people.ULUCIA!.id],
      [people.UJORGE!.id]: [true, "self", people.UJORGE!.id],
      [people.UPEDRO!.id]: [true, "coordinator", coordinatorId],
      [people.UANA!.id]: [false, "coordinator", coordinatorId],
    });
  });

  it("moves one plenary: a past date or one after the cohort is refused next to the field, nothing saved", async () => {
    const second = await plenary(2);
    // Wednesday 30 December: each person's reminder for Tuesday 5 January (on Monday the 4th) is already queued.
    await walkTo(new Date("2026-12-30T09:00:00Z"));
    const queued = await app.tandem.services.db.job.findMany({ where: { kind: "plenary.remind", state: "pending" } });
    const oldReminders = queued.filter((job) => JSON.stringify(job.payload).includes(second.id));
    expect(oldReminders).toHaveLength(4);
    for (const job of oldReminders) expect(job.runAt.toISOString().slice(0, 10)).toBe("2027-01-04");
    const late = await click("ULUCIA", "plenary.edit", { plenaryId: second.id });
    expect((await responseTo(late.responseUrl)).args.text).toContain("es para quienes coordinan el programa");

    const { callsBefore } = await click("UCOORD", "plenary.edit", { plenaryId: second.id });
    const modal = (await modalOpened("plenary.edit", callsBefore)).args.view;
    const filled = initialState(modal);
    expect(filled).toEqual({
      date: state.date("2027-01-05"),
      time: state.time("10:00"),
      duration: state.number("150"),
    });

    const past = await submit("UCOORD", modal, { ...filled, date: state.date("2026-12-29") });
    expect(past.json()).toEqual({
      response_action: "errors",
      errors: { date: "Esa fecha y hora ya pasaron; elige una en el futuro." },
    });
    const afterCohort = await submit("UCOORD", modal, { ...filled, date: state.date("2027-06-01") });
    expect(afterCohort.json()).toEqual({
      response_action: "errors",
      errors: { date: "La sesión terminaría después del final de la cohorte." },
    });
    const tooShort = await submit("UCOORD", modal, { ...filled, duration: state.number("5") });
    expect(tooShort.json()).toEqual({
      response_action: "errors",
      errors: { duration: "La duración debe ser un número entero de minutos entre 15 y 480." },
    });
    const notCoordinator = await submit("ULUCIA", modal, { ...filled, date: state.date("2027-01-08") });
    expect(notCoordinator.json().errors.date).toContain("es para quienes coordinan el programa");
    expect((await plenary(2)).startsAt).toEqual(second.startsAt);

    // Thursday 7 January 2027, 16:00 Madrid, two hours.
    const moved = await submit("UCOORD", modal, {
      date: state.date("2027-01-07"),
      time: state.time("16:00"),
      duration: state.number("120"),
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toBe("");
    const after = await plenary(2);
    expect(after.startsAt.toISOString()).toBe("2027-01-07T15:00:00.000Z");
    expect(after.durationMinutes).toBe(120);
    const told = await app.slack.waitFor(
      "chat.postMessage",
      (c) => c.args.channel === "UCOORD" && String(c.args.text).startsWith("✅ Plenaria 2"),
    );
    expect(told.args.text).toContain(formatDateTime(after.startsAt, "es", "Europe/Madrid"));
  });

  it("generating again keeps every plenary as it is, the moved one included", async () => {
    const before = await plenaries();
    const reply = await app.requests.replyTo(
      await app.requests.command({ id: "UCOORD" }, "plenarias mentoria digital plan"),
    );
    expect(reply.text).toBe(
      "El plan de Mentoría Digital ya estaba hecho: no he creado ninguna plenaria nueva y las que había siguen como estaban.",
    );
    expect(await plenaries()).toEqual(before);
  });

  it("reminds of the moved plenary at its new time only, and attendanceOf counts what has been held", async () => {
    const second = await plenary(2);
    // During the moved plenary (Thursday 7 January, 16:30 Madrid) Lucía checks in.
    await walkTo(new Date(second.startsAt.getTime() + 30 * 60_000));
    const checkIn = notices.find((n) => n.kind === "check-in" && n.number === 2 && n.user === "ULUCIA")!;
    expect(checkIn.at).toEqual(second.startsAt);
    const { responseUrl } = await click("ULUCIA", "plenary.check-in", buttonValue(checkIn.blocks, "plenary.check-in"));
    expect((await responseTo(responseUrl)).args.text).toContain("✅ Asistencia registrada: plenaria 2");
    await walkTo(new Date(second.startsAt.getTime() + 3 * 3_600_000));

    const reminders = notices.filter((n) => n.kind === "reminder" && n.number === 2);
    expect(reminders.map((n) => n.user).sort()).toEqual(IN_COHORT);
    // Wednesday 6 January, the working day before the new date, never the 4th (before the old one).
    for (const reminder of reminders)
      expect(local(reminder.at, reminder.user).toFormat("yyyy-MM-dd HH:mm")).toBe("2027-01-06 10:00");
    expect(reminders[0]!.text).toContain("(120 min)");
    // Nothing twice, nothing to anyone outside the cohort, nothing about plenaries still ahead.
    const seen = notices.map((n) => `${n.user}:${n.kind}:${n.number}`);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(
      IN_COHORT.flatMap((user) => [
        `${user}:check-in:1`,
        `${user}:check-in:2`,
        `${user}:reminder:1`,
        `${user}:reminder:2`,
      ]).sort(),
    );

    const { plenaries: service } = app.tandem.services;
    expect(await service.attendanceOf(people.ULUCIA!.id, cohort.id)).toEqual({ attended: 2, held: 2 });
    expect(await service.attendanceOf(people.UJORGE!.id, cohort.id)).toEqual({ attended: 1, held: 2 });
    expect(await service.attendanceOf(people.UPEDRO!.id, cohort.id)).toEqual({ attended: 1, held: 2 });
    expect(await service.attendanceOf(people.UANA!.id, cohort.id)).toEqual({ attended: 0, held: 2 });

    const summary = await app.requests.replyTo(
      await app.requests.command({ id: "UCOORD" }, "plenarias digital asistencia"),
    );
    const text = JSON.stringify(summary.blocks);
    expect(text).toContain("2 plenarias celebradas hasta ahora; para el certificado hace falta al menos un 85 %.");
    expect(text).toContain("Lucía: 2 de 2 (100 %)");
    expect(text).toContain("⚠️ Ana: 0 de 2 (0 %)");
    expect(text).toContain("⚠️ Jorge: 1 de 2 (50 %)");
  });

  it("reminds people paired after the plan was worked out, on the day before", async () => {
    const third = await plenary(3);
    // Wednesday 13 January: the notices for Wednesday the 20th were worked out on the 12th.
    await walkTo(new Date("2027-01-13T12:00:00Z"));
    expect(notices.filter((n) => n.number === 3)).toEqual([]);
    const { services } = app.tandem;
    app.slack.addUser({ id: "UNURIA", real_name: "Nuria", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UBRUNO", real_name: "Bruno", locale: "es-ES", tz: "Europe/Madrid" });
    await pairUp(
      services,
      cohort,
      await createSlackPerson(services, "UNURIA", { name: "Nuria", locale: "es" }),
      await createSlackPerson(services, "UBRUNO", { name: "Bruno", locale: "es" }),
    );
    await walkTo(new Date(third.startsAt.getTime() - 60 * 60_000));
    const reminders = notices.filter((n) => n.kind === "reminder" && n.number === 3);
    expect(reminders.map((n) => n.user).sort()).toEqual([...IN_COHORT, "UBRUNO", "UNURIA"].sort());
    for (const reminder of reminders)
      expect(
        DateTime.fromJSDate(reminder.at, { zone: ZONES[reminder.user] ?? "Europe/Madrid" }).toFormat(
          "yyyy-MM-dd HH:mm",
        ),
      ).toBe("2027-01-19 10:00");
  });
});
