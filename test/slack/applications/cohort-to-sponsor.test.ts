import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { es } from "../../../src/i18n/es";
import { startTestApp, type TestApp } from "../../support/app";
import { initialState, optionValues } from "../../support/modal-state";
import { state } from "../../support/slack-requests";

/**
 * Phases 1 and 2 end to end, in Spanish, through signed requests: a coordinator creates and
 * announces a cohort, three people apply (one fixing mistakes, one resuming a draft), a manager
 * endorses one and declines another, the third withdraws, and `applicants` shows exactly that.
 */
describe("a cohort, from the coordinator's form to sponsored applications (es-ES)", () => {
  let app: TestApp;
  let cohortId = "";
  const applicationOf: Record<string, string> = {};
  const COHORT = "Mentoría Digital 2027";

  const person = (id: string, name: string) =>
    app.slack.addUser({ id, real_name: name, display_name: name, locale: "es-ES", tz: "Europe/Madrid" });
  const dm = (userId: string) => app.slack.messages.filter((m) => m.channel === `D${userId}`);
  const lastDm = (userId: string) => dm(userId).at(-1);
  const postedTo = (channel: string, test: (text: string) => boolean) =>
    app.slack.waitFor("chat.postMessage", (c) => c.args.channel === channel && test(String(c.args.text)));

  async function openedView(callbackId: string, since: number) {
    const call = await app.slack.waitFor("views.open", (c) => c.args.view.callback_id === callbackId && c.at >= since);
    return call.args.view as { blocks: any[]; private_metadata: string; callback_id: string };
  }

  /** A person fills step 1 with their answers and sends it; returns Slack's answer. */
  async function sendProfile(
    userId: string,
    view: { blocks: any[]; private_metadata: string },
    answers: Record<string, Record<string, unknown>>,
  ) {
    return app.requests.viewSubmission(
      { id: userId },
      {
        callback_id: "application.profile",
        private_metadata: view.private_metadata,
        values: { ...initialState(view), ...answers },
      },
    );
  }

  /** Step 2: every skill rated, from 1 up and around. */
  async function sendRatings(userId: string, skillsView: { blocks: any[]; private_metadata: string }) {
    const values: Record<string, Record<string, unknown>> = {};
    skillsView.blocks
      .filter((b) => b.type === "input")
      .forEach((b, i) => (values[b.block_id] = state.select(String((i % 5) + 1))));
    return app.requests.viewSubmission(
      { id: userId },
      { callback_id: "application.skills", private_metadata: skillsView.private_metadata, values },
    );
  }

  function profileAnswers(sponsor: string, department: string, role: string) {
    return {
      role: state.radio(role),
      jobTitle: state.text("Técnica de gestión"),
      department: state.text(department),
      sponsorUserId: state.user(sponsor),
      strengths: state.text("Organización y trato con la ciudadanía"),
      learnSkills: state.multiSelect(["spreadsheets", "generative-ai"]),
      firstWish: state.text("Perder el miedo a las herramientas nuevas"),
      languages: state.multiSelect(["es"]),
      workStart: state.time("08:00"),
      workEnd: state.time("15:00"),
      workDays: state.checkboxes(["1", "2", "3", "4", "5"]),
      consent: state.checkboxes(["yes"]),
    };
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    person("UCOORD", "Carmen Coordinadora");
    person("UANA", "Ana");
    person("ULUIS", "Luis");
    person("UMARTA", "Marta");
    person("UJEFA", "Julia Jefa");
    person("UJEFE", "Jorge Jefe");
  });
  afterAll(() => app.stop());

  it("refuses coordinator commands to anyone else, plainly", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UANA" }, "cohorte nueva"));
    expect(reply.text).toContain("`/mentoring cohort` es para quienes coordinan el programa.");
    expect(app.slack.callsTo("views.open")).toHaveLength(0);
  });

  it("opens the cohort form in Spanish with the programme's defaults", async () => {
    const since = Date.now();
    await app.requests.command({ id: "UCOORD" }, "cohorte nueva");
    const view = await openedView("cohort.form", since);
    const values = initialState(view);
    expect(values.cadenceDays).toEqual(state.number("14"));
    expect(values.minSessions).toEqual(state.number("4"));
    expect(values.sessionMinutes).toEqual(state.number("60"));
    expect(values.plenaryCount).toEqual(state.number("7"));
    expect(values.attendanceThreshold).toEqual(state.number("85"));
    expect(values.applicationsOpen).toEqual(state.date("2026-11-23"));
    expect(values.applicationsClose).toEqual(state.date("2026-12-14"));
    expect(values.options).toEqual(state.checkboxes(["sponsorRequired"]));
    expect(values.timeZone).toEqual(state.text("Europe/Madrid"));
    expect(values.locale).toEqual(state.select("es"));
    expect(String((values.competences as any).value.value)).toContain("Seguridad y protección de datos");
    expect(String((values.tools as any).value.value)).toContain("Hojas de cálculo (Excel, Google Sheets)");
    expect(JSON.stringify(view.blocks)).toContain(es.cohortForm.sectionSkills);
  });

  it("puts mistakes next to their fields, then creates the cohort and opens it on its date", async () => {
    const view = await openedView("cohort.form", 0);
    const base = initialState(view);
    const wrong = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "cohort.form",
        private_metadata: view.private_metadata,
        values: {
          ...base,
          name: state.text(""),
          applicationsClose: state.date("2026-11-20"),
          objective: state.text("Acelerar la transformación digital"),
        },
      },
    );
    expect(wrong.json()).toEqual({
      response_action: "errors",
      errors: { name: es.cohortForm.errors.nameRequired, applicationsClose: es.cohortForm.errors.closeBeforeOpen },
    });
    expect(await app.tandem.services.cohorts.list()).toHaveLength(0);

    const right = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "cohort.form",
        private_metadata: view.private_metadata,
        values: { ...base, name: state.text(COHORT), objective: state.text("Acelerar la transformación digital") },
      },
    );
    expect(right.status).toBe(200);
    expect(right.body).toBe("");
    const created = await postedTo("UCOORD", (t) => t.startsWith("Cohorte *Mentoría Digital 2027* creada"));
    expect(created.args.text).toContain("cierran el 14 de diciembre de 2026");

    await app.runJobs();
    const [cohort] = await app.tandem.services.cohorts.list();
    cohortId = cohort!.id;
    expect(cohort!.status).toBe("open");
    await app.runJobs();
    expect(lastDm("UCOORD")?.text).toBe(
      "Las postulaciones a Mentoría Digital 2027 ya están abiertas, hasta el 14 de diciembre de 2026.",
    );
  });

  it("announces the cohort in the channel, or lets the coordinator pick one when it cannot post there", async () => {
    app.slack.failNext("chat.postMessage", 200, 1, "not_in_channel");
    const refused = await app.requests.command({ id: "UCOORD" }, "anunciar", { channelId: "GPRIVADO" });
    const refusal = await app.requests.replyTo(refused);
    expect(refusal.text).toBe(es.announce.cannotPost);
    const pick = refusal
      .blocks!.flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "announce.pick-channel");

    const since = Date.now();
    await app.requests.blockAction({ id: "UCOORD" }, { action_id: "announce.pick-channel", value: pick.value });
    const modal = await openedView("announce.channel", since);
    const submitted = await app.requests.viewSubmission(
      { id: "UCOORD" },
      {
        callback_id: "announce.channel",
        private_metadata: modal.private_metadata,
        values: { channel: { value: { type: "conversations_select", selected_conversation: "C0PROGRAMA" } } },
      },
    );
    expect(submitted.body).toBe("");
    const announcement = await app.slack.waitFor("chat.postMessage", (c) => c.args.channel === "C0PROGRAMA");
    expect(announcement.args.text).toBe("📣 Mentoría Digital 2027: postulaciones abiertas");
    const blocks = JSON.stringify(announcement.args.blocks);
    expect(blocks).toContain("Acelerar la transformación digital");
    expect(blocks).toContain("*Mentoría inversa:*");
    expect(blocks).toContain('"text":"Postular"');
    await postedTo("UCOORD", (t) => t === "Convocatoria publicada en <#C0PROGRAMA>.");
  });

  it("lets Ana apply from the announcement, fixing her mistakes; her manager is asked to sponsor", async () => {
    const since = Date.now();
    await app.requests.blockAction(
      { id: "UANA" },
      { action_id: "application.apply", value: cohortId },
      { channel: { id: "C0PROGRAMA" } },
    );
    const profile = await openedView("application.profile", since);
    const values = initialState(profile);
    expect(values.timeZone).toEqual(state.text("Europe/Madrid"));
    expect(optionValues(profile, "learnSkills")).toContain("spreadsheets");

    const wrong = await sendProfile("UANA", profile, {
      ...profileAnswers("UANA", "Hacienda", "mentee"),
      role: state.radio(null),
      linkedinUrl: state.url("https://example.com/ana"),
      workEnd: state.time("08:30"),
      consent: state.checkboxes([]),
    });
    expect(wrong.json()).toEqual({
      response_action: "errors",
      errors: {
        role: es.applicationForm.errors.role,
        sponsorUserId: es.applicationForm.errors.sponsorIsApplicant,
        linkedinUrl: es.applicationForm.errors.linkedin,
        workEnd: es.applicationForm.errors.workHoursOrder,
        consent: es.applicationForm.errors.consent,
      },
    });

    const right = await sendProfile("UANA", profile, {
      ...profileAnswers("UJEFA", "Hacienda", "mentee"),
      linkedinUrl: state.url("https://www.linkedin.com/in/ana-garcia"),
    });
    const next = right.json();
    expect(next.response_action).toBe("update");
    expect(next.view.callback_id).toBe("application.skills");
    const ratings = next.view.blocks.filter((b: any) => b.type === "input");
    expect(ratings).toHaveLength(18);
    expect(JSON.stringify(next.view.blocks)).toContain(es.skillGroups.tool);

    const sent = await sendRatings("UANA", next.view);
    expect(sent.json()).toEqual({ response_action: "clear" });
    await postedTo(
      "UANA",
      (t) =>
        t ===
        "Tu postulación a *Mentoría Digital 2027* está enviada. Pedimos a <@UJEFA> que la patrocine; te avisaremos aquí.",
    );

    await app.runJobs();
    const request = lastDm("UJEFA")!;
    expect(request.text).toBe("Ana postuló a *Mentoría Digital 2027* y te nombró como su patrocinador/a.");
    const blocks = JSON.stringify(request.blocks);
    expect(blocks).toContain("Técnica de gestión");
    expect(blocks).toContain("Hojas de cálculo (Excel, Google Sheets)");
    // A manager sees what the programme needs from them, not the applicant's private answers.
    expect(blocks).not.toContain("linkedin");
    applicationOf.UANA = JSON.parse(blocks)
      .flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "sponsor.endorse").value;
  });

  it("keeps what Luis typed when he closes the form, and resumes it with /mentoring postular", async () => {
    let since = Date.now();
    await app.requests.command({ id: "ULUIS" }, "postular");
    const first = await openedView("application.profile", since);
    expect(JSON.stringify(first.blocks)).not.toContain(es.apply.resumed);
    await app.requests.interaction({
      type: "view_closed",
      team: { id: app.slack.teamId, domain: "tandem-test" },
      user: { id: "ULUIS", team_id: app.slack.teamId },
      api_app_id: "A0TANDEM",
      view: {
        id: "VLUIS",
        type: "modal",
        callback_id: "application.profile",
        private_metadata: first.private_metadata,
        state: {
          values: {
            ...initialState(first),
            jobTitle: state.text("Jefe de servicio"),
            department: state.text("Urbanismo"),
            role: state.radio("mentee"),
          },
        },
      },
      is_cleared: false,
    });

    since = Date.now();
    await app.requests.command({ id: "ULUIS" }, "postular");
    const resumed = await openedView("application.profile", since);
    const values = initialState(resumed);
    expect(JSON.stringify(resumed.blocks)).toContain(es.apply.resumed);
    expect(values.jobTitle).toEqual(state.text("Jefe de servicio"));
    expect(values.department).toEqual(state.text("Urbanismo"));
    expect(values.role).toEqual(state.radio("mentee"));

    const next = (
      await sendProfile("ULUIS", resumed, {
        ...profileAnswers("UJEFA", "Urbanismo", "mentee"),
        jobTitle: state.text("Jefe de servicio"),
      })
    ).json();
    expect((await sendRatings("ULUIS", next.view)).json()).toEqual({ response_action: "clear" });
    await app.runJobs();
    expect(lastDm("UJEFA")!.text).toBe("Luis postuló a *Mentoría Digital 2027* y te nombró como su patrocinador/a.");
    const blocks = lastDm("UJEFA")!.blocks as any[];
    applicationOf.ULUIS = blocks
      .flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "sponsor.decline").value;
  });

  it("lets Marta apply as a mentor with her own manager", async () => {
    const since = Date.now();
    await app.requests.command({ id: "UMARTA" }, "postular");
    const profile = await openedView("application.profile", since);
    const next = (await sendProfile("UMARTA", profile, profileAnswers("UJEFE", "Informática", "mentor"))).json();
    expect((await sendRatings("UMARTA", next.view)).json()).toEqual({ response_action: "clear" });
    await app.runJobs();
    expect(lastDm("UJEFE")!.text).toBe("Marta postuló a *Mentoría Digital 2027* y te nombró como su patrocinador/a.");
    applicationOf.UMARTA = (lastDm("UJEFE")!.blocks as any[])
      .flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "sponsor.endorse").value;
  });

  it("only the named sponsor can answer", async () => {
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UJEFA" },
      { action_id: "sponsor.endorse", value: applicationOf.UMARTA },
      { response_url: responseUrl },
    );
    const reply = await app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
    expect(reply.args.text).toBe(es.sponsor.notSponsor);
    expect((await app.tandem.services.applications.findById(applicationOf.UMARTA!))!.status).toBe("awaiting_sponsor");
  });

  it("Julia endorses Ana: her DM is updated and Ana is told", async () => {
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UJEFA" },
      { action_id: "sponsor.endorse", value: applicationOf.UANA },
      { response_url: responseUrl, channel: { id: "DUJEFA" } },
    );
    const updated = await app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
    expect(updated.args.replace_original).toBe(true);
    expect(updated.args.text).toBe("Patrocinaste la postulación de <@UANA> a Mentoría Digital 2027. ¡Gracias!");
    await app.runJobs();
    expect(lastDm("UANA")!.text).toBe("Julia Jefa patrocinó tu postulación a Mentoría Digital 2027. 🎉");
  });

  it("Julia declines Luis with a reason: her DM is updated and Luis reads the reason", async () => {
    const since = Date.now();
    const requestTs = dm("UJEFA").find((m) => JSON.stringify(m.blocks).includes(applicationOf.ULUIS!))!.ts;
    await app.requests.blockAction(
      { id: "UJEFA" },
      { action_id: "sponsor.decline", value: applicationOf.ULUIS },
      {
        channel: { id: "DUJEFA" },
        message: { ts: requestTs },
        container: { type: "message", channel_id: "DUJEFA", message_ts: requestTs },
      },
    );
    const modal = await openedView("sponsor.decline", since);
    expect(JSON.stringify(modal.blocks)).toContain("Luis");
    const submitted = await app.requests.viewSubmission(
      { id: "UJEFA" },
      {
        callback_id: "sponsor.decline",
        private_metadata: modal.private_metadata,
        values: { reason: state.text("Este semestre cerramos el plan urbanístico") },
      },
    );
    expect(submitted.body).toBe("");
    const update = await app.slack.waitFor("chat.update", (c) => c.args.ts === requestTs);
    expect(update.args.text).toBe(
      "No patrocinaste la postulación de <@ULUIS> a Mentoría Digital 2027. Se lo hemos comunicado.",
    );
    await app.runJobs();
    expect(lastDm("ULUIS")!.text).toBe(
      "Julia Jefa no patrocinó tu postulación a Mentoría Digital 2027. Su motivo: «Este semestre cerramos el plan urbanístico». Mientras sigan abiertas las postulaciones, puedes editarla y nombrar a otra persona, o hablar con la coordinación.",
    );
  });

  it("Marta sees her application's state and withdraws it", async () => {
    const status = await app.requests.replyTo(await app.requests.command({ id: "UMARTA" }, "estado"));
    const text = JSON.stringify(status.blocks);
    expect(text).toContain("*Mentoría Digital 2027* · Esperando patrocinio");
    expect(text).toContain("Patrocinio: <@UJEFE>");
    const withdraw = status
      .blocks!.flatMap((b: any) => b.elements ?? [])
      .find((e: any) => e.action_id === "application.withdraw");
    expect(withdraw.confirm).toBeDefined();

    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UMARTA" },
      { action_id: "application.withdraw", value: withdraw.value },
      { response_url: responseUrl },
    );
    const reply = await app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
    expect(reply.args.text).toBe(
      "Tu postulación a *Mentoría Digital 2027* está retirada. Puedes volver a postular mientras las postulaciones sigan abiertas.",
    );

    // Her manager can no longer answer a withdrawn application.
    const lateUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UJEFE" },
      { action_id: "sponsor.endorse", value: applicationOf.UMARTA },
      { response_url: lateUrl },
    );
    expect((await app.slack.waitFor("response_url", (c) => c.args.url === new URL(lateUrl).pathname)).args.text).toBe(
      es.sponsor.withdrawn,
    );
  });

  it("shows the coordinator exactly who applied and where each stands", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "postulantes"));
    const text = JSON.stringify(reply.blocks);
    expect(text).toContain("*3* postulaciones");
    // Marta withdrew, so only the two mentees count by role.
    expect(text).toContain("*Por rol:* Mentee 2\\n");
    expect(text).toContain("*Por estado:*");
    expect(text).toContain("Patrocinada 1");
    expect(text).toContain("No patrocinada 1");
    expect(text).toContain("Retirada 1");
    expect(text).toContain("*Por departamento:* Hacienda 1 · Urbanismo 1");
    const lines = reply
      .blocks!.filter((b: any) => b.type === "section" && /<@U(ANA|LUIS|MARTA)>/.test(b.text?.text ?? ""))
      .map((b: any) => b.text.text);
    expect(lines).toHaveLength(3);
    expect(lines.find((l: string) => l.includes("<@ULUIS>"))).toContain("No patrocinada");
    expect(lines.find((l: string) => l.includes("<@UANA>"))).toContain("Patrocinada");
    expect(lines.find((l: string) => l.includes("<@UMARTA>"))).toContain("Retirada");
  });

  it("applying twice edits the first application", async () => {
    const since = Date.now();
    await app.requests.command({ id: "UANA" }, "postular");
    const again = await openedView("application.profile", since);
    expect(JSON.stringify(again.blocks)).toContain(es.apply.resumed);
    expect(initialState(again).department).toEqual(state.text("Hacienda"));
    const applications = await app.tandem.services.applications.listByCohort(cohortId);
    expect(applications).toHaveLength(3);
  });
});
