import { DateTime } from "luxon";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../../src/domain/cohorts/cohort";
import { roundOpensAt } from "../../../src/domain/evaluation/rounds";
import type { PairRecord } from "../../../src/domain/pairing/proposal";
import type { Person } from "../../../src/domain/people";
import { startTestApp, type TestApp } from "../../support/app";
import { madridSantiagoPair, pairUp } from "../../support/builders";

/** The marker written into every pair's topics and notes: it must never leave the pair. */
const MARKER = "MARCADOR-PRIVADO-7f3a";

async function pdfText(content: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/**
 * Phase 5 through Slack, in Spanish: the mid-programme pulse and the final evaluation (skills rated
 * again), the coordinator's status with its chart and Nudge buttons, the CSV export, the PDF
 * report, closing the cohort with certificates (and kind words to those who fell short), preview,
 * issue and re-issue, the audit log, a person's data and leaving. A marker in every pair's notes
 * never reaches anything the coordinator gets.
 */
describe("evaluation, reports, certificates and data rights (es)", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;
  let quiet: PairRecord;
  let leaving: PairRecord;
  let lucia: Person;
  let jorge: Person;

  const dmTo = (user: string) =>
    app.slack.callsTo("chat.postMessage").filter((c) => c.args.channel === `D${user}` || c.args.channel === user);
  const textsTo = (user: string) => dmTo(user).map((c) => String(c.args.text));
  const uploadsTo = (user: string) => app.slack.uploads.filter((u) => u.channel === `D${user}`);
  const buttonValue = (blocks: any[], actionId: string) =>
    JSON.parse(
      blocks
        .flatMap((b: any) => b.elements ?? (b.accessory ? [b.accessory] : []))
        .find((e: any) => e.action_id === actionId).value,
    );
  const command = async (user: string, text: string) =>
    app.requests.replyTo(await app.requests.command({ id: user }, text));
  const click = async (user: string, action_id: string, value: object) => {
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: user },
      { action_id, value: JSON.stringify(value) },
      { response_url: responseUrl, channel: { id: `D${user}` } },
    );
    return responseUrl;
  };
  const responseTo = (responseUrl: string) =>
    app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
  const radio = (value: string) => ({ value: { type: "radio_buttons", selected_option: { value } } });
  const select = (value: string) => ({ value: { type: "static_select", selected_option: { value } } });
  const typed = (value: string) => ({ value: { type: "plain_text_input", value } });
  async function openQuestionnaire(user: string): Promise<any> {
    const request = [...dmTo(user)]
      .reverse()
      .find((c) => JSON.stringify(c.args.blocks ?? []).includes("evaluation.open"))!;
    const opened = app.slack.waitForNext("views.open", (c) => c.args.view.callback_id === "evaluation");
    await click(user, "evaluation.open", buttonValue(request.args.blocks, "evaluation.open"));
    return (await opened).args.view;
  }
  const submit = (user: string, view: any, values: Record<string, Record<string, unknown>>) =>
    app.requests.viewSubmission(
      { id: user },
      { callback_id: view.callback_id, private_metadata: view.private_metadata, values },
    );

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    for (const [id, name, tz] of [
      ["UCOORD", "Carmen", "Europe/Madrid"],
      ["ULUCIA", "Lucía", "Europe/Madrid"],
      ["UJORGE", "Jorge", "America/Santiago"],
      ["UANA", "Ana", "Europe/Madrid"],
      ["ULUIS", "Luis", "Europe/Madrid"],
      ["UMARTA", "Marta", "Europe/Madrid"],
      ["UPABLO", "Pablo", "Europe/Madrid"],
      ["UOTRO", "Otro", "Europe/Madrid"],
    ] as const) {
      app.slack.addUser({ id, real_name: name, locale: "es-ES", tz });
    }
    const { services } = app.tandem;
    ({ cohort, pair, lucia, jorge } = await madridSantiagoPair(
      services,
      app.slack.teamId,
      app.clock.now(),
      "Mentoría Digital",
    ));
    const person = (userId: string, name: string) =>
      services.people.identifyWithProfile(
        { platform: "slack", workspaceId: app.slack.teamId, userId },
        { displayName: name, locale: "es", timeZone: "Europe/Madrid" },
      );
    quiet = await pairUp(services, cohort, await person("UANA", "Ana"), await person("ULUIS", "Luis"));
    leaving = await pairUp(services, cohort, await person("UMARTA", "Marta"), await person("UPABLO", "Pablo"));
    await app.runJobs();
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ hours: 9 }).toJSDate());
  });
  afterAll(() => app.stop());

  it("asks everyone in a pair for the mid-programme check at half the programme, and nobody else", async () => {
    app.clock.set(roundOpensAt(cohort, "pulse"));
    await app.runJobs();
    for (const user of ["ULUCIA", "UJORGE", "UANA", "ULUIS", "UMARTA", "UPABLO"]) {
      const asked = dmTo(user).filter((c) => String(c.args.text).startsWith("📋"));
      expect(asked, user).toHaveLength(1);
      expect(asked[0]!.args.text).toContain("*Mentoría Digital* va por la mitad");
    }
    expect(textsTo("UOTRO").some((t) => t.startsWith("📋"))).toBe(false);
    expect(textsTo("UCOORD").some((t) => t.startsWith("📋"))).toBe(false);
  });

  it("refuses a half-filled form field by field, keeps nothing, then saves and thanks", async () => {
    const form = await openQuestionnaire("UJORGE");
    expect(form.title.text).toBe("Control de mitad");
    expect(form.blocks.map((b: any) => b.block_id).filter(Boolean)).toEqual([
      "satisfaction",
      "objectiveProgress",
      "learned",
      "stillNeeded",
      "recommend",
      "comments",
    ]);

    const refused = await submit("UJORGE", form, { learned: typed("Prompts"), stillNeeded: typed("") });
    const errors = refused.json().errors as Record<string, string>;
    expect(errors).toEqual({
      satisfaction: "Elige un valor de 1 a 5.",
      objectiveProgress: "Elige un valor de 1 a 5.",
      recommend: "Elige una respuesta.",
    });
    const [saved] = await app.tandem.services.evaluations.ofPerson(jorge.id);
    expect(saved!.submittedAt).toBeNull();

    const thanks = app.slack.waitForNext(
      "chat.postMessage",
      (c) => c.args.channel === "UJORGE" || c.args.channel === "DUJORGE",
    );
    const accepted = await submit("UJORGE", form, {
      satisfaction: radio("4"),
      objectiveProgress: radio("3"),
      learned: typed("Usar asistentes de IA"),
      recommend: radio("yes"),
    });
    expect(accepted.body).toBe("");
    expect((await thanks).args.text).toContain(
      "🙏 ¡Gracias! Tu control de mitad de programa de *Mentoría Digital* está guardada",
    );
  });

  it("does not open someone else's questionnaire", async () => {
    const request = dmTo("UJORGE").find((c) => JSON.stringify(c.args.blocks ?? []).includes("evaluation.open"))!;
    const responseUrl = await click("UOTRO", "evaluation.open", buttonValue(request.args.blocks, "evaluation.open"));
    expect((await responseTo(responseUrl)).args.text).toBe("Ese cuestionario es de otra persona.");
  });

  it("reminds those who have not answered every three days, and not those who have; the Home tab shows what waits", async () => {
    app.clock.advance(3 * 86_400_000);
    await app.runJobs();
    const home = async (user: string) => {
      const published = app.slack.waitForNext("views.publish", (c) => c.args.user_id === user);
      await app.requests.event({ type: "app_home_opened", user, channel: `D${user}`, tab: "home" });
      return JSON.stringify((await published).args.view.blocks);
    };
    expect(await home("ULUCIA")).toContain('"action_id":"evaluation.open"');
    expect(await home("UJORGE")).not.toContain('"action_id":"evaluation.open"');
    expect(
      dmTo("ULUCIA").filter((c) => String(c.args.text).startsWith("📝 Tu control de mitad de programa")),
    ).toHaveLength(1);
    expect(dmTo("UJORGE").filter((c) => String(c.args.text).startsWith("📝 Tu control"))).toHaveLength(0);
  });

  it("lets a participant leave with a confirmation; partner and coordinator are told kindly, the data goes", async () => {
    const { services } = app.tandem;
    // Pablo's pair wrote notes too; they go with him.
    await services.sessions.log(
      (await services.people.findById(leaving.menteePersonId))!,
      leaving.id,
      {
        date: DateTime.fromJSDate(app.clock.now()).minus({ days: 2 }).toISODate(),
        duration: "60",
        topics: MARKER,
        privateNotes: MARKER,
        actionItems: [],
      },
      "Europe/Madrid",
    );
    const opened = app.slack.waitForNext("views.open", (c) => c.args.view.callback_id === "form:leave");
    await app.requests.command({ id: "UPABLO" }, "salir");
    const modal = (await opened).args.view;
    expect(JSON.stringify(modal.blocks)).toContain("No se puede deshacer");
    const tooLong = await submit("UPABLO", modal, { cohort: select(cohort.id), reason: typed("x".repeat(501)) });
    expect(tooLong.json().errors).toEqual({ reason: "Por favor, no pases de 500 caracteres." });

    const done = await submit("UPABLO", modal, { cohort: select(cohort.id), reason: typed("Cambio de puesto") });
    expect(done.body).toBe("");
    await app.slack.waitFor("chat.postMessage", (c) =>
      String(c.args.text).startsWith("Has salido de *Mentoría Digital*"),
    );
    await app.runJobs();
    expect(textsTo("UMARTA").find((t) => t.startsWith("Pablo ha dejado"))).toContain(
      "En sus palabras: «Cambio de puesto»",
    );
    expect(textsTo("UCOORD").find((t) => t.startsWith("Pablo ha dejado"))).toContain("Ya se avisó a su pareja");

    const ended = (await services.pairing.findPair(leaving.id))!;
    expect(ended.status).toBe("ended");
    const sessions = await services.db.pairSession.findMany({ where: { pairId: leaving.id } });
    expect(sessions.every((s) => s.privateNotes === "" && s.topics === "")).toBe(true);
    const pulse = (await services.evaluations.ofCohort(cohort.id)).filter((e) => e.kind === "pulse");
    expect(pulse).toHaveLength(6);
    expect(pulse.filter((e) => e.personId === null)).toHaveLength(1);
    const mine = await services.dataRights.myData((await services.people.findById(leaving.menteePersonId))!);
    expect(JSON.stringify(mine)).not.toContain(MARKER);
  });

  it("shows the coordinator the cohort's status, the pairs at risk with Nudge, and the chart in the DM", async () => {
    const { services } = app.tandem;
    // Lucía and Jorge meet four times, write their notes, pick a goal and do its plan; Ana and Luis never meet.
    const start = DateTime.fromJSDate(cohort.startsAt, { zone: "America/Santiago" });
    for (let week = 0; week < 4; week++) {
      const logged = await services.sessions.log(
        jorge,
        pair.id,
        {
          date: start.plus({ weeks: 2 * week + 1 }).toISODate(),
          duration: "60",
          topics: MARKER,
          privateNotes: `${MARKER} semana ${week}`,
          actionItems: [],
        },
        "America/Santiago",
      );
      expect(logged.ok).toBe(true);
    }
    const goal = await services.goals.create(
      jorge,
      pair.id,
      {
        title: `Usar IA ${MARKER}`,
        specific: "x",
        measurable: "x",
        achievable: "x",
        relevant: "x",
        timeBound: "",
        phase1: "x",
        phase2: "x",
        phase3: "x",
      },
      "America/Santiago",
    );
    if (!goal.ok) throw new Error("goal");
    await services.goals.pick(jorge, goal.goal.id);
    await services.goals.setPhaseDone(jorge, goal.goal.id, 1, true);
    await services.goals.setPhaseDone(lucia, goal.goal.id, 2, true);
    const coordinator = (await services.people.find({
      platform: "slack",
      workspaceId: app.slack.teamId,
      userId: "UCOORD",
    }))!;
    await services.plenaries.generate(cohort.id);
    for (const plenary of (await services.plenaries.list(cohort)).plenaries.filter(
      (p) => p.plenary.startsAt <= app.clock.now(),
    )) {
      await services.plenaries.correctAttendance(coordinator, plenary.plenary.id, [lucia.id, jorge.id]);
    }

    const reply = await command("UCOORD", "cohorte estado Mentoría Digital");
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain("Mentoría Digital · estado");
    expect(text).toContain("*Parejas*: 3 · sesiones realizadas 5 de");
    expect(text).toContain("Parejas que necesitan atención* (1)");
    expect(text).toContain("Ana – Luis: 0/");
    expect(text).toContain("tres semanas sin sesión");
    expect(text).toContain("*Cuestionarios*: mitad de programa 1/6 (17 %)");
    expect(text).not.toContain(MARKER);
    const chart = await app.slack.waitFor(
      "files.completeUploadExternal",
      (c) => String(c.args.channel_id) === "DUCOORD",
    );
    expect(chart).toBeTruthy();
    const png = app.slack.uploads.find((u) => u.channel === "DUCOORD" && u.filename.endsWith(".png"))!;
    expect(png.content.subarray(1, 4).toString()).toBe("PNG");

    const nudge = buttonValue(reply.blocks!, "cohort.nudge");
    expect(nudge).toEqual({ pairId: quiet.id });
    const refused = await click("UOTRO", "cohort.nudge", nudge);
    expect((await responseTo(refused)).args.text).toContain("es para quienes coordinan el programa");
    const responseUrl = await click("UCOORD", "cohort.nudge", nudge);
    expect((await responseTo(responseUrl)).args.text).toBe("👋 Ana y Luis recibieron tu recordatorio.");
    await app.runJobs();
    for (const user of ["UANA", "ULUIS"]) {
      const message = dmTo(user).find((c) =>
        String(c.args.text).includes("que coordina *Mentoría Digital*, pregunta"),
      )!;
      expect(buttonValue(message.args.blocks, "session.plan")).toEqual({ pairId: quiet.id });
    }
    expect(textsTo("ULUCIA").some((t) => t.includes("que coordina *Mentoría Digital*, pregunta"))).toBe(false);
  });

  it("asks the final evaluation with the skills each person set out to learn, rated again", async () => {
    app.clock.set(roundOpensAt(cohort, "final"));
    await app.runJobs();
    expect(
      dmTo("UJORGE").filter((c) => String(c.args.text).startsWith("🎓 *Mentoría Digital* está por terminar")),
    ).toHaveLength(1);
    expect(dmTo("UPABLO").filter((c) => String(c.args.text).startsWith("🎓"))).toHaveLength(0);

    const form = await openQuestionnaire("UJORGE");
    expect(form.title.text).toBe("Evaluación final");
    const skill = form.blocks.find((b: any) => b.block_id === "skill:generative-ai");
    expect(skill.label.text).toBe("Asistentes de inteligencia artificial (al postular dijiste 1 · Ninguno)");
    const refused = await submit("UJORGE", form, {
      satisfaction: radio("5"),
      objectiveProgress: radio("4"),
      learned: typed(""),
      recommend: radio("yes"),
    });
    expect(refused.json().errors).toEqual({
      learned: "Escribe al menos unas palabras.",
      "skill:generative-ai": "Valora esta habilidad de 1 a 5.",
    });
    const saved = await submit("UJORGE", form, {
      satisfaction: radio("5"),
      objectiveProgress: radio("4"),
      learned: typed("Redactar con IA y revisar"),
      stillNeeded: typed("Más práctica"),
      recommend: radio("yes"),
      "skill:generative-ai": select("4"),
    });
    expect(saved.body).toBe("");

    const luciaForm = await openQuestionnaire("ULUCIA");
    const luciaSkills = luciaForm.blocks
      .filter((b: any) => String(b.block_id).startsWith("skill:"))
      .map((b: any) => b.block_id);
    expect(luciaSkills).toEqual(["skill:e-government"]);
    const ok = await submit("ULUCIA", luciaForm, {
      satisfaction: radio("4"),
      objectiveProgress: radio("4"),
      learned: typed("Cómo funciona la institución"),
      recommend: radio("maybe"),
      "skill:e-government": select("3"),
    });
    expect(ok.body).toBe("");
  });

  it("exports the records as CSV files in the coordinator's DM, with names unless the cohort says anonymous", async () => {
    const before = app.slack.uploads.length;
    const reply = await command("UCOORD", "exportar Mentoría Digital");
    expect(reply.text).toContain("Las notas nunca se exportan");
    const files = app.slack.uploads.slice(before);
    expect(files.map((f) => f.filename)).toEqual([
      "mentoria-digital-postulaciones.csv",
      "mentoria-digital-parejas.csv",
      "mentoria-digital-sesiones.csv",
      "mentoria-digital-asistencia.csv",
      "mentoria-digital-cuestionarios.csv",
    ]);
    expect(files.every((f) => f.channel === "DUCOORD")).toBe(true);
    const [applications, pairs, sessions, attendance, evaluations] = files.map((f) => f.content.toString("utf8"));
    expect(applications!.startsWith("\uFEFFNombre,Rol,Departamento")).toBe(true);
    expect(pairs).toContain("Lucía,Jorge,active,4,");
    expect(sessions!.trim().split("\n")).toHaveLength(1 + 4 + 1);
    expect(attendance).toContain("Lucía");
    expect(evaluations).toContain("final,mentee,Jorge,");
    expect(evaluations).toContain("Redactar con IA y revisar");
    expect(evaluations).toContain("Asistentes de inteligencia artificial: 1→4");
    for (const file of files) expect(file.content.toString("utf8")).not.toContain(MARKER);

    const { services } = app.tandem;
    const updated = await services.cohorts.update(cohort.id, { ...cohort, anonymousEvaluations: true });
    if (!updated.ok) throw new Error("update");
    const again = app.slack.uploads.length;
    await command("UCOORD", "exportar Mentoría Digital");
    expect(JSON.stringify((await command("UCOORD", "cohorte ver Mentoría Digital")).blocks)).toContain(
      "Evaluaciones anónimas",
    );
    const anonymous = app.slack.uploads
      .slice(again)
      .find((f) => f.filename.endsWith("cuestionarios.csv"))!
      .content.toString("utf8");
    expect(anonymous).toContain("final,mentee,,");
    expect(anonymous).not.toMatch(/Jorge|Lucía/);
    expect(anonymous).toContain("Redactar con IA y revisar");
  });

  it("sends the final report as a PDF in the cohort's language, with learning measured per skill", async () => {
    const before = app.slack.uploads.length;
    const reply = await command("UCOORD", "informe Mentoría Digital");
    expect(reply.text).toBe("📄 El informe de *Mentoría Digital* está en tu mensaje directo (PDF, en Español).");
    const pdf = app.slack.uploads.slice(before).find((f) => f.filename.endsWith(".pdf"))!;
    expect(pdf.channel).toBe("DUCOORD");
    const text = await pdfText(pdf.content);
    expect(text).toContain("Informe del programa");
    expect(text).toContain("Mentoría Digital");
    expect(text).toContain("Parejas: 3");
    expect(text).toContain("Sesiones realizadas: 5");
    expect(text).toContain("Evaluación final");
    // Marta, whose partner left, is still asked.
    expect(text).toContain("Respondieron: 2 de 5 (40 %)");
    // Anonymous: one mentee's skill figures would be Jorge's own ratings, so they are left out.
    expect(text).not.toMatch(/Asistentes de inteligencia artificial Mentees 1 1\.0 4\.0/);
    expect(text).toContain("Evaluaciones anónimas: 4 filas con menos de 3 personas no se muestran");
    expect(text).toContain("Aprendió: Redactar con IA y revisar");
    expect(text).toContain("anónimo");
    expect(text).not.toContain("Jorge");
    expect(text).not.toContain(MARKER);
  });

  it("closes the cohort: certificates to those who qualify, what was missing to the others", async () => {
    const { services } = app.tandem;
    const coordinator = (await services.people.find({
      platform: "slack",
      workspaceId: app.slack.teamId,
      userId: "UCOORD",
    }))!;
    for (const plenary of (await services.plenaries.list(cohort)).plenaries.filter(
      (p) => p.plenary.startsAt <= app.clock.now(),
    )) {
      await services.plenaries.correctAttendance(coordinator, plenary.plenary.id, [lucia.id, jorge.id]);
    }
    const reply = await command("UCOORD", "cohorte terminar Mentoría Digital");
    expect(reply.text).toContain("✅ *Mentoría Digital* está terminada");
    await app.runJobs();
    const luciaCertificate = uploadsTo("ULUCIA").find((u) => u.filename.endsWith(".pdf"))!;
    expect(luciaCertificate.comment).toContain("🎓 ¡Felicidades!");
    const luciaText = await pdfText(luciaCertificate.content);
    expect(luciaText).toContain("Certificado");
    expect(luciaText).toContain("Lucía");
    expect(luciaText).toContain("participó como Mentor Digital en");
    expect(luciaText).toContain("4 sesiones de mentoría · 100 % de asistencia a plenarias");
    expect(await pdfText(uploadsTo("UJORGE").find((u) => u.filename.endsWith(".pdf"))!.content)).toContain(
      "participó como mentee en",
    );

    for (const user of ["UANA", "ULUIS"]) {
      expect(uploadsTo(user).filter((u) => u.filename.endsWith(".pdf"))).toHaveLength(0);
      const shortfall = textsTo(user).find((t) => t.startsWith("*Mentoría Digital* ha terminado"))!;
      expect(shortfall).toContain("4 sesiones de mentoría (realizaste 0)");
      expect(shortfall).toContain("la evaluación final respondida");
    }
    // Marta's partner left: she took part all the same, and hears how it ended.
    expect(textsTo("UMARTA").find((t) => t.startsWith("*Mentoría Digital* ha terminado"))).toContain(
      "4 sesiones de mentoría (realizaste 1)",
    );
    expect(uploadsTo("UPABLO")).toHaveLength(0);
    await app.runJobs();
    expect(uploadsTo("ULUCIA").filter((u) => u.filename.endsWith(".pdf"))).toHaveLength(1);
  });

  it("lets the coordinator preview, issue and re-issue a certificate", async () => {
    const preview = await command("UCOORD", "certificado preview <@UANA|ana> Mentoría Digital");
    expect(preview.text).toContain("*Ana* · Mentoría Digital: falta");
    expect(preview.text).toContain("Todavía no se ha emitido el certificado.");
    const previewPdf = [...uploadsTo("UCOORD")].reverse().find((u) => u.filename.endsWith(".pdf"))!;
    expect(await pdfText(previewPdf.content)).toContain("VISTA PREVIA");

    const issued = await command("UCOORD", "certificado issue <@UANA>");
    expect(issued.text).toContain("🎓 Certificado de *Ana* emitido (versión 1) y enviado.");
    expect(issued.text).toContain("Emitido aunque faltaba");
    await app.runJobs();
    expect(uploadsTo("UANA").filter((u) => u.filename.endsWith(".pdf"))).toHaveLength(1);

    const noneYet = await command("UCOORD", "certificado reissue <@ULUIS>");
    expect(noneYet.text).toBe("Luis todavía no tiene certificado: usa `issue`.");
    const reissued = await command("UCOORD", "certificado reissue <@ULUCIA>");
    expect(reissued.text).toContain("(versión 2)");
    await app.runJobs();
    const second = uploadsTo("ULUCIA").filter((u) => u.filename.endsWith(".pdf"));
    expect(second).toHaveLength(2);
    expect(second[1]!.comment).toContain("versión 2");
    expect(await pdfText(second[1]!.content)).toContain("(versión 2)");

    const usage = await command("UCOORD", "certificado <@ULUCIA>");
    expect(usage.text).toContain("Uso: `/mentoring certificado [cohorte] preview|issue|reissue @persona`");
    const notCoordinator = await command("ULUCIA", "certificado preview <@ULUCIA>");
    expect(notCoordinator.text).toContain("es para quienes coordinan el programa");
  });

  it("keeps an audit log of what coordinators did", async () => {
    const reply = await command("UCOORD", "auditoria");
    const text = JSON.stringify(reply.blocks);
    for (const action of [
      "aprobó las parejas de Mentoría Digital",
      "corrigió la asistencia de la plenaria 1",
      "envió un recordatorio a Ana y Luis",
      "exportó los registros de Mentoría Digital",
      "descargó el informe de Mentoría Digital",
      "terminó Mentoría Digital (5 participantes)",
      "revisó el certificado de Ana",
      "emitió el certificado de Ana",
      "volvió a emitir el certificado de Lucía (Mentoría Digital, versión 2)",
    ]) {
      expect(text).toContain(action);
    }
    expect(text).toContain("*Carmen*");
  });

  it("shows the coordinator's cohorts on the Home tab, with the way to their status", async () => {
    // A cohort under way (the finished one has gone from the Home tab): a second run of the programme.
    const { services } = app.tandem;
    const published = app.slack.waitForNext("views.publish", (c) => c.args.user_id === "UCOORD");
    await app.requests.event({ type: "app_home_opened", user: "UCOORD", channel: "DUCOORD", tab: "home" });
    const home = JSON.stringify((await published).args.view.blocks);
    expect(home).not.toContain("Tus cohortes");
    await services.db.cohort.update({ where: { id: cohort.id }, data: { finishedAt: null } });
    const again = app.slack.waitForNext("views.publish", (c) => c.args.user_id === "UCOORD");
    await app.requests.event({ type: "app_home_opened", user: "UCOORD", channel: "DUCOORD", tab: "home" });
    const view = (await again).args.view;
    expect(JSON.stringify(view.blocks)).toContain("*Mentoría Digital* · 3 parejas · 5/");
    const status = app.slack.waitForNext("response_url", (c) =>
      JSON.stringify(c.args.blocks ?? []).includes("Mentoría Digital · estado"),
    );
    await click("UCOORD", "cohort.status", buttonValue(view.blocks, "cohort.status"));
    expect(JSON.stringify((await status).args.blocks)).not.toContain(MARKER);
    await services.db.cohort.update({ where: { id: cohort.id }, data: { finishedAt: app.clock.now() } });
  });

  it("never lets the pairs' notes reach the coordinator: not in a message, a file, a report or the audit log", async () => {
    const { services } = app.tandem;
    // Every coordinator command that shows a cohort, on top of those run above.
    for (const text of [
      "cohorte ver Mentoría Digital",
      "cohorte lista",
      "postulantes Mentoría Digital",
      "plenaria Mentoría Digital list",
      "plenaria Mentoría Digital attendance",
      "emparejar Mentoría Digital",
      "auditoria Mentoría Digital",
    ]) {
      const reply = await command("UCOORD", text);
      expect(JSON.stringify(reply), text).not.toContain(MARKER);
    }
    const toCoordinator = app.slack.calls.filter(
      (c) => JSON.stringify(c.args).includes("UCOORD") || c.method === "response_url",
    );
    for (const call of toCoordinator) expect(JSON.stringify(call.args)).not.toContain(MARKER);
    for (const upload of app.slack.uploads.filter((u) => u.channel !== "DULUCIA" && u.channel !== "DUJORGE")) {
      const text = upload.filename.endsWith(".pdf") ? await pdfText(upload.content) : upload.content.toString("utf8");
      expect(text, upload.filename).not.toContain(MARKER);
    }
    for (const upload of app.slack.uploads.filter((u) => u.filename.endsWith(".pdf")))
      expect(await pdfText(upload.content)).not.toContain(MARKER);
    expect(JSON.stringify(await services.db.auditEntry.findMany())).not.toContain(MARKER);
    // The notes are still there for the pair itself.
    expect(
      (await services.db.pairSession.findMany({ where: { pairId: pair.id } })).some((s) =>
        s.privateNotes.includes(MARKER),
      ),
    ).toBe(true);
  });

  it("sends a person everything Tandem holds about them, their own pair's notes included", async () => {
    await command("UJORGE", "misdatos");
    const file = await app.slack.waitFor("files.completeUploadExternal", (c) => c.args.channel_id === "DUJORGE");
    expect(file).toBeTruthy();
    const upload = uploadsTo("UJORGE").find((u) => u.filename.endsWith(".json"))!;
    expect(upload.comment).toContain("📦 Aquí tienes todo lo que guardo sobre ti");
    const data = JSON.parse(upload.content.toString("utf8"));
    expect(data.person).toMatchObject({ userId: "UJORGE", displayName: "Jorge" });
    expect(data.applications[0]).toMatchObject({ cohort: "Mentoría Digital", status: "matched" });
    expect(data.pairs[0]).toMatchObject({ cohort: "Mentoría Digital", role: "mentee", partner: "Lucía" });
    expect(data.pairs[0].sessions).toHaveLength(4);
    expect(data.pairs[0].sessions[0].privateNotes).toContain(MARKER);
    expect(data.evaluations.map((e: any) => e.kind).sort()).toEqual(["final", "pulse"]);
    expect(data.certificates).toHaveLength(1);
    expect(uploadsTo("UCOORD").some((u) => u.content.toString("utf8").includes("UJORGE"))).toBe(false);
  });
});
