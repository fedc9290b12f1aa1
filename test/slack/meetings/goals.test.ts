import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../../src/domain/pairing/proposal";
import type { Person } from "../../../src/domain/people";
import { startTestApp, type TestApp } from "../../support/app";
import { createSlackPerson, openCohortFor, pairUp } from "../../support/builders";
import type { SlackCall } from "../../support/fake-slack";
import { initialState } from "../../support/modal-state";
import { state, type SlackUserRef } from "../../support/slack-requests";

type View = { blocks: any[]; private_metadata: string; callback_id: string };

/**
 * The pair's goals through Slack, in Spanish: Ana and Luis write two goals (the form refusing an
 * empty title and a past date first, next to the fields, saving nothing), pick and prioritise
 * them, tick phases off and edit one; Luis sees the same goals. Nobody else (a person with no pair,
 * Ana's other mentee, a coordinator) gets anything of them, whatever ids they send.
 */
describe("a pair's goals (es-ES)", () => {
  let app: TestApp;
  let ana: Person;
  let luis: Person;
  let cohort: Cohort;
  let pair: PairRecord;
  let otherPair: PairRecord;
  const ids: Record<string, string> = {};
  const FIRST = "Usar documentos compartidos en vez de adjuntos";
  const SECOND = "Presentar con herramientas de vídeo";

  const goalsOfPair = () =>
    app.tandem.services.db.goal.findMany({ where: { pairId: pair.id }, orderBy: { createdAt: "asc" } });

  /** Where the calls to Slack stand now: what is waited for next must come after it. */
  const mark = () => app.slack.calls.length;
  const madeAfter = (since: number) => (call: SlackCall) => app.slack.calls.indexOf(call) >= since;

  async function opened(method: "views.open" | "views.push", callbackId: string, since: number): Promise<View> {
    const call = await app.slack.waitFor(method, (c) => c.args.view.callback_id === callbackId && madeAfter(since)(c));
    return call.args.view;
  }

  async function updated(viewId: string, since: number): Promise<View> {
    const call = await app.slack.waitFor("views.update", (c) => c.args.view_id === viewId && madeAfter(since)(c));
    return call.args.view;
  }

  /** A click inside a modal, as Slack sends it: the view's id, callback and metadata come along. */
  function clickInModal(
    user: SlackUserRef,
    view: { id: string; callback_id: string; private_metadata: string },
    action: { action_id: string; value: string },
  ) {
    return app.requests.blockAction(user, action, {
      container: { type: "view", view_id: view.id },
      view: { ...view, type: "modal", team_id: app.slack.teamId, state: { values: {} }, hash: "h", blocks: [] },
    });
  }

  /** Clicks a button of the board and returns the board Slack is asked to show next. */
  async function clickOnBoard(
    user: SlackUserRef,
    board: View & { id: string },
    actionId: string,
    goalId: string,
    extra: Record<string, unknown> = {},
  ) {
    const since = mark();
    const button = buttonsOf(board).find((b) => b.action_id === actionId && JSON.parse(b.value).goalId === goalId);
    if (!button) throw new Error(`no ${actionId} button for ${goalId}`);
    expect(JSON.parse(button.value)).toMatchObject(extra);
    await clickInModal(user, board, { action_id: actionId, value: button.value });
    return { ...(await updated(board.id, since)), id: board.id };
  }

  const buttonsOf = (view: View) => view.blocks.filter((b) => b.type === "actions").flatMap((b) => b.elements as any[]);
  const sections = (view: View) => view.blocks.filter((b) => b.type === "section").map((b) => b.text.text as string);
  const goalSections = (view: View) => sections(view).filter((text) => text.includes("fases hechas"));
  const headers = (view: View) => view.blocks.filter((b) => b.type === "header").map((b) => b.text.text as string);

  function goalForm(values: Record<string, string | null>, view: View) {
    const filled = initialState(view);
    for (const [field, value] of Object.entries(values))
      filled[field] = field === "timeBound" ? state.date(value) : state.text(value);
    return filled;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    const { services } = app.tandem;
    const coordinator = await createSlackPerson(services, "UCOORD", { name: "Carmen", locale: "es" });
    ana = await createSlackPerson(services, "UANA", { name: "Ana", locale: "es" });
    luis = await createSlackPerson(services, "ULUIS", { name: "Luis", locale: "es" });
    const teo = await createSlackPerson(services, "UTEO", { name: "Teo", locale: "es" });
    await createSlackPerson(services, "UEVA", { name: "Eva", locale: "en" });
    cohort = await openCohortFor(services, coordinator, "Mentoría Digital 2027", app.clock.now(), "es");
    const pilot = await openCohortFor(services, coordinator, "Piloto Hacienda", app.clock.now(), "es");
    pair = await pairUp(services, cohort, ana, luis);
    otherPair = await pairUp(services, pilot, ana, teo);
  });
  afterAll(() => app.stop());

  it("opens Luis's only pair straight away, empty, with the framework in Spanish", async () => {
    const since = mark();
    await app.requests.command({ id: "ULUIS" }, "metas");
    const board = await opened("views.open", "goals.board", since);
    expect(board.private_metadata).toBe(JSON.stringify({ pairId: pair.id }));
    const text = JSON.stringify(board.blocks);
    expect(text).toContain("Con <@UANA> · Mentoría Digital 2027 · Solo las veis vosotros dos.");
    expect(text).toContain("un primer paso fácil, la acción principal y convertirla en hábito");
    expect(text).toContain("Todavía no tenéis metas.");
    expect(buttonsOf(board).map((b) => b.action_id)).toEqual(["goals.add"]);
  });

  it("lets Ana, in two pairs, choose which pair's goals to open", async () => {
    const since = mark();
    await app.requests.command({ id: "UANA" }, "goals");
    const chooser = await opened("views.open", "goals.chooser", since);
    const lines = chooser.blocks
      .filter((b) => b.accessory)
      .map((b) => [b.text.text, JSON.parse(b.accessory.value).pairId]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ["*<@ULUIS>* · Mentoría Digital 2027", pair.id],
        ["*<@UTEO>* · Piloto Hacienda", otherPair.id],
      ]),
    );
    const button = chooser.blocks.find(
      (b) => b.accessory && JSON.parse(b.accessory.value).pairId === pair.id,
    ).accessory;
    await clickInModal(
      { id: "UANA" },
      { id: "VCHOOSER", callback_id: "goals.chooser", private_metadata: "" },
      { action_id: button.action_id, value: button.value },
    );
    const board = await updated("VCHOOSER", since);
    expect(board.callback_id).toBe("goals.board");
    expect(JSON.stringify(board.blocks)).toContain("Con <@ULUIS> · Mentoría Digital 2027");
  });

  it("refuses an empty title and a past target date next to their fields, saving nothing", async () => {
    const board = {
      id: "VBOARDANA",
      callback_id: "goals.board",
      private_metadata: JSON.stringify({ pairId: pair.id }),
    };
    const since = mark();
    await clickInModal({ id: "UANA" }, board, { action_id: "goals.add", value: JSON.stringify({ pairId: pair.id }) });
    const form = await opened("views.push", "goals.form", since);
    expect(JSON.parse(form.private_metadata)).toEqual({ pairId: pair.id, boardViewId: "VBOARDANA" });
    expect(form.blocks.filter((b) => b.type === "input").map((b) => b.block_id)).toEqual([
      "title",
      "specific",
      "measurable",
      "achievable",
      "relevant",
      "timeBound",
      "phase1",
      "phase2",
      "phase3",
    ]);
    expect(form.blocks.find((b) => b.block_id === "timeBound").element.type).toBe("datepicker");
    expect(JSON.stringify(form.blocks)).toContain("Fase 1 · Un primer paso fácil");

    const refused = await app.requests.viewSubmission(
      { id: "UANA" },
      {
        callback_id: "goals.form",
        private_metadata: form.private_metadata,
        values: goalForm({ title: "   ", timeBound: "2026-11-01", phase1: "Abrir el informe" }, form),
      },
    );
    expect(refused.json()).toEqual({
      response_action: "errors",
      errors: { title: "Pon un título a la meta.", timeBound: "La fecha objetivo ya pasó." },
    });
    expect(await goalsOfPair()).toEqual([]);
    expect(app.slack.callsTo("views.update").filter((c) => c.args.view_id === "VBOARDANA")).toEqual([]);

    const saved = await app.requests.viewSubmission(
      { id: "UANA" },
      {
        callback_id: "goals.form",
        private_metadata: form.private_metadata,
        values: goalForm(
          {
            title: FIRST,
            specific: "Pasar el informe semanal a un documento compartido",
            measurable: "Cuatro informes escritos juntos",
            achievable: "Luis ya tiene acceso a la unidad compartida",
            relevant: "El equipo pierde tiempo juntando versiones",
            timeBound: "2027-02-26",
            phase1: "Abrir el informe de la semana pasada en la unidad compartida",
            phase2: "Escribir el siguiente informe allí con un compañero",
            phase3: "Que sea la forma habitual del equipo",
          },
          form,
        ),
      },
    );
    expect(saved.status).toBe(200);
    expect(saved.body).toBe("");
    const after = await updated("VBOARDANA", since);
    expect(headers(after)).toEqual(["Escritas, sin elegir"]);
    expect(goalSections(after)).toEqual([
      [
        `*${FIRST}*`,
        "✅ SMART · 🗓️ para el 26 de febrero de 2027 · 0/3 fases hechas",
        "⬜ *1 · Primer paso:* Abrir el informe de la semana pasada en la unidad compartida",
        "⬜ *2 · Acción principal:* Escribir el siguiente informe allí con un compañero",
        "⬜ *3 · Hábito:* Que sea la forma habitual del equipo",
      ].join("\n"),
    ]);
  });

  it("saves a second goal with only a title and a first step, not SMART yet", async () => {
    const board = {
      id: "VBOARDANA",
      callback_id: "goals.board",
      private_metadata: JSON.stringify({ pairId: pair.id }),
    };
    const since = mark();
    await clickInModal({ id: "UANA" }, board, { action_id: "goals.add", value: JSON.stringify({ pairId: pair.id }) });
    const form = await opened("views.push", "goals.form", since);
    await app.requests.viewSubmission(
      { id: "UANA" },
      {
        callback_id: "goals.form",
        private_metadata: form.private_metadata,
        values: goalForm({ title: SECOND, phase1: "Instalar la aplicación de videollamadas" }, form),
      },
    );
    const after = await updated("VBOARDANA", since);
    const second = goalSections(after).find((text) => text.includes(SECOND))!;
    expect(second).toContain(
      "SMART a medias: falta específica, medible, alcanzable, relevante, plazo · 0/3 fases hechas",
    );
    expect(second).toContain("⬜ *2 · Acción principal:* _sin escribir_");
    const goals = await goalsOfPair();
    expect(goals.map((g) => [g.title, g.priority])).toEqual([
      [FIRST, null],
      [SECOND, null],
    ]);
    ids.first = goals[0]!.id;
    ids.second = goals[1]!.id;
    // Only the written phase can be ticked off.
    expect(
      buttonsOf(after)
        .filter((b) => b.action_id.startsWith("goals.phase:") && JSON.parse(b.value).goalId === ids.second)
        .map((b) => b.text.text),
    ).toEqual(["Marcar fase 1 hecha"]);
  });

  it("picks and prioritises the goals", async () => {
    let board = { ...(await currentBoard("UANA")), id: "VBOARDANA" };
    board = await clickOnBoard({ id: "UANA" }, board, "goals.pick", ids.second!);
    board = await clickOnBoard({ id: "UANA" }, board, "goals.pick", ids.first!);
    expect(headers(board)).toEqual(["Elegidas, por prioridad"]);
    expect(goalSections(board).map((text) => text.split("\n")[0])).toEqual([`*1.* *${SECOND}*`, `*2.* *${FIRST}*`]);
    // The first goal has no Up, the last no Down.
    const actionsOf = (goalId: string) =>
      buttonsOf(board)
        .filter((b) => JSON.parse(b.value).goalId === goalId)
        .map((b) => b.action_id);
    expect(actionsOf(ids.second!)).not.toContain("goals.up");
    expect(actionsOf(ids.first!)).not.toContain("goals.down");

    board = await clickOnBoard({ id: "UANA" }, board, "goals.up", ids.first!);
    expect(goalSections(board).map((text) => text.split("\n")[0])).toEqual([`*1.* *${FIRST}*`, `*2.* *${SECOND}*`]);
    board = await clickOnBoard({ id: "UANA" }, board, "goals.down", ids.first!);
    expect(goalSections(board).map((text) => text.split("\n")[0])).toEqual([`*1.* *${SECOND}*`, `*2.* *${FIRST}*`]);

    // Unpicking the first closes the gap: the other becomes number 1.
    board = await clickOnBoard({ id: "UANA" }, board, "goals.unpick", ids.second!);
    expect(headers(board)).toEqual(["Elegidas, por prioridad", "Escritas, sin elegir"]);
    expect(goalSections(board).map((text) => text.split("\n")[0])).toEqual([`*1.* *${FIRST}*`, `*${SECOND}*`]);
    board = await clickOnBoard({ id: "UANA" }, board, "goals.pick", ids.second!);
    expect(goalSections(board).map((text) => text.split("\n")[0])).toEqual([`*1.* *${FIRST}*`, `*2.* *${SECOND}*`]);
    expect((await goalsOfPair()).map((g) => [g.title, g.priority])).toEqual([
      [FIRST, 1],
      [SECOND, 2],
    ]);
  });

  it("ticks phases off, reopens one, and keeps them through an edit", async () => {
    let board = { ...(await currentBoard("UANA")), id: "VBOARDANA" };
    const phaseButton = (phase: number) => `goals.phase:${phase}`;
    board = await clickOnBoard({ id: "UANA" }, board, phaseButton(1), ids.first!, { phase: 1, done: true });
    board = await clickOnBoard({ id: "UANA" }, board, phaseButton(2), ids.first!, { phase: 2, done: true });
    board = await clickOnBoard({ id: "UANA" }, board, phaseButton(2), ids.first!, { phase: 2, done: false });
    const first = goalSections(board).find((text) => text.includes(FIRST))!;
    expect(first).toContain("1/3 fases hechas");
    expect(first).toContain("✅ *1 · Primer paso:*");
    expect(first).toContain("⬜ *2 · Acción principal:*");

    const since = mark();
    const edit = buttonsOf(board).find(
      (b) => b.action_id === "goals.edit" && JSON.parse(b.value).goalId === ids.first,
    )!;
    await clickInModal({ id: "UANA" }, board, { action_id: "goals.edit", value: edit.value });
    const form = await opened("views.push", "goals.form", since);
    const values = initialState(form);
    expect(values.title).toEqual(state.text(FIRST));
    expect(values.timeBound).toEqual(state.date("2027-02-26"));
    const saved = await app.requests.viewSubmission(
      { id: "UANA" },
      {
        callback_id: "goals.form",
        private_metadata: form.private_metadata,
        values: goalForm({ title: `${FIRST} (equipo)` }, form),
      },
    );
    expect(saved.body).toBe("");
    const after = await updated("VBOARDANA", since);
    const edited = goalSections(after).find((text) => text.includes(`${FIRST} (equipo)`))!;
    expect(edited.split("\n")[0]).toBe(`*1.* *${FIRST} (equipo)*`);
    expect(edited).toContain("✅ *1 · Primer paso:*");
  });

  it("shows Luis the same goals, in the same order, and lets him remove one", async () => {
    const board = { ...(await currentBoard("ULUIS")), id: "VBOARDLUIS" };
    expect(goalSections(board).map((text) => text.split("\n")[0])).toEqual([
      `*1.* *${FIRST} (equipo)*`,
      `*2.* *${SECOND}*`,
    ]);
    expect(goalSections(board)[0]).toContain("✅ *1 · Primer paso:*");
    const remove = buttonsOf(board).find(
      (b) => b.action_id === "goals.remove" && JSON.parse(b.value).goalId === ids.second,
    )!;
    expect(remove.confirm.text.text).toBe(`*${SECOND}* y sus fases se borrarán para los dos. No se puede deshacer.`);
    const after = await clickOnBoard({ id: "ULUIS" }, board, "goals.remove", ids.second!);
    expect(goalSections(after).map((text) => text.split("\n")[0])).toEqual([`*1.* *${FIRST} (equipo)*`]);
    expect((await goalsOfPair()).map((g) => g.title)).toEqual([`${FIRST} (equipo)`]);

    // Ana's board still offered the removed goal: clicking it says so and shows the goals as they are.
    const since = mark();
    await clickInModal(
      { id: "UANA" },
      { id: "VBOARDANA", callback_id: "goals.board", private_metadata: JSON.stringify({ pairId: pair.id }) },
      { action_id: "goals.pick", value: JSON.stringify({ goalId: ids.second }) },
    );
    const told = await app.slack.waitFor("chat.postMessage", (c) => c.args.channel === "UANA" && madeAfter(since)(c));
    expect(told.args.text).toBe("Esa meta ya no existe; quizá tu pareja la borró.");
    expect(goalSections(await updated("VBOARDANA", since))).toHaveLength(1);
  });

  it("opens the board from the Set goals button on the pair's introduction", async () => {
    const since = mark();
    const value = JSON.stringify({ pairId: pair.id });
    await app.requests.blockAction(
      { id: "ULUIS" },
      { action_id: "goals.open", value },
      {
        channel: { id: "GUANAULUIS" },
        container: { type: "message", channel_id: "GUANAULUIS", message_ts: "1.000001" },
      },
    );
    const board = await opened("views.open", "goals.board", since);
    expect(JSON.stringify(board.blocks)).toContain(FIRST);
  });

  describe("privacy: nobody outside the pair gets anything of its goals", () => {
    const boardOfPair = () => ({
      id: "VFORGED",
      callback_id: "goals.board",
      private_metadata: JSON.stringify({ pairId: pair.id }),
    });
    let since = 0;
    beforeAll(() => {
      since = mark();
    });

    /** A forged click from a message; returns what the person was told. */
    async function forgedClick(userId: string, action_id: string, value: object) {
      const responseUrl = app.slack.responseUrl();
      await app.requests.blockAction(
        { id: userId },
        { action_id, value: JSON.stringify(value) },
        { response_url: responseUrl, container: { type: "message", channel_id: `D${userId}`, message_ts: "1.000002" } },
      );
      const reply = await app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
      return String(reply.args.text);
    }

    it("tells a person with no pair, and a coordinator, that goals come with a pair", async () => {
      const eva = await app.requests.replyTo(await app.requests.command({ id: "UEVA" }, "goals"));
      expect(eva.text).toBe(
        "Goals are worked on in pairs. Once the coordinators introduce you to your mentoring partner, you can write them here together.",
      );
      const coordinator = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "objetivos"));
      expect(coordinator.text).toContain("Las metas se trabajan en pareja.");
    });

    it("shows Ana's other mentee only his own pair's goals", async () => {
      const started = mark();
      await app.requests.command({ id: "UTEO" }, "metas");
      const board = await opened("views.open", "goals.board", started);
      expect(board.private_metadata).toBe(JSON.stringify({ pairId: otherPair.id }));
      expect(JSON.stringify(board.blocks)).toContain("Todavía no tenéis metas.");
    });

    it("refuses forged buttons for the pair's goals to anyone else", async () => {
      for (const userId of ["UEVA", "UCOORD", "UTEO"]) {
        const notYours =
          userId === "UEVA"
            ? "Only the two people in a pair can see or change its goals."
            : "Solo las dos personas de una pareja pueden ver o cambiar sus metas.";
        expect(await forgedClick(userId, "goals.open", { pairId: pair.id })).toBe(notYours);
        expect(await forgedClick(userId, "goals.edit", { goalId: ids.first })).toBe(notYours);
        expect(await forgedClick(userId, "goals.add", { pairId: pair.id })).toBe(notYours);
        expect(await forgedClick(userId, "goals.phase:3", { goalId: ids.first, phase: 3, done: true })).toBe(notYours);
        expect(await forgedClick(userId, "goals.unpick", { goalId: ids.first })).toBe(notYours);
        expect(await forgedClick(userId, "goals.remove", { goalId: ids.first })).toBe(notYours);
        // From inside a modal (a board with the pair's id in its metadata) too.
        const started = mark();
        await clickInModal({ id: userId }, boardOfPair(), {
          action_id: "goals.down",
          value: JSON.stringify({ goalId: ids.first }),
        });
        const told = await app.slack.waitFor(
          "chat.postMessage",
          (c) => c.args.channel === userId && madeAfter(started)(c),
        );
        expect(told.args.text).toBe(notYours);
      }
    });

    it("refuses forged form submissions for the pair, saving nothing", async () => {
      for (const userId of ["UEVA", "UCOORD"]) {
        const values = { title: state.text("Intrusa"), phase1: state.text("x") };
        const created = await app.requests.viewSubmission(
          { id: userId },
          { callback_id: "goals.form", private_metadata: JSON.stringify({ pairId: pair.id }), values },
        );
        expect(Object.keys(created.json().errors)).toEqual(["title"]);
        const edited = await app.requests.viewSubmission(
          { id: userId },
          {
            callback_id: "goals.form",
            private_metadata: JSON.stringify({ pairId: pair.id, goalId: ids.first, boardViewId: "VBOARDANA" }),
            values,
          },
        );
        expect(created.json().errors.title).toBe(edited.json().errors.title);
        expect(edited.json().response_action).toBe("errors");
      }
    });

    it("left the pair's goals as they were, and sent none of their words to anyone else", async () => {
      const goals = await goalsOfPair();
      expect(goals.map((g) => [g.title, g.priority])).toEqual([[`${FIRST} (equipo)`, 1]]);
      const phases = (typeof goals[0]!.phases === "string" ? JSON.parse(goals[0]!.phases) : goals[0]!.phases) as {
        done: boolean;
      }[];
      expect(phases.map((p) => p.done)).toEqual([true, false, false]);

      const sentSince = app.slack.calls.filter((c) => madeAfter(since)(c));
      expect(sentSince.length).toBeGreaterThan(20);
      const leaked = sentSince.filter((c) =>
        /documentos compartidos|informe|Luis ya tiene acceso/.test(JSON.stringify(c.args)),
      );
      expect(leaked.map((c) => c.method)).toEqual([]);
      // Nor was anyone's modal changed to show them.
      expect(
        sentSince
          .filter((c) => c.method === "views.update" || c.method === "views.push")
          .map((c) => c.args.view?.callback_id),
      ).toEqual([]);
    });
  });

  /** The board as a partner opens it with the command now. */
  async function currentBoard(userId: string): Promise<View> {
    const since = mark();
    await app.requests.command({ id: userId }, "metas");
    if (userId === "UANA") {
      // Ana is in two pairs: the chooser first, then this pair.
      const chooser = await opened("views.open", "goals.chooser", since);
      const button = chooser.blocks.find(
        (b) => b.accessory && JSON.parse(b.accessory.value).pairId === pair.id,
      ).accessory;
      const viewId = `VCHOOSER${since}`;
      await clickInModal(
        { id: userId },
        { id: viewId, callback_id: "goals.chooser", private_metadata: "" },
        { action_id: button.action_id, value: button.value },
      );
      return updated(viewId, since);
    }
    return opened("views.open", "goals.board", since);
  }
});
