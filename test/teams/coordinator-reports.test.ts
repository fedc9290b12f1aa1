import { DateTime } from "luxon";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import { startTestApp, type TestApp } from "../support/app";
import type { SentActivity, TeamsUser } from "../support/fake-teams";
import { installTeamsUser, teamsPair } from "../support/teams-builders";
import { button, buttonTitles, cardOf, cardText, errorsOf, input } from "../support/teams-cards";

const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };
/** Written into the pair's topics and private notes: it must reach no coordinator, file or card. */
const MARKER = "MARCADOR-PRIVADO-TEAMS-9d2e";
const CONSENT = "application/vnd.microsoft.teams.card.file.consent";

async function pdfText(content: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/**
 * Phase 5 for a coordinator who lives in Teams: the cohort's status with its chart and Nudge, the
 * CSV export and the PDF report offered as files, certificates previewed, issued and re-issued by
 * @mention, the audit log, and closing the cohort; a participant leaves from a card. A marker in
 * the pair's notes is in nothing the coordinator receives.
 */
describe("coordinator reports, certificates and data rights in Teams", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;
  let jorgePerson: Person;

  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const localeOf = (user: TeamsUser) => ({ locale: user === lucia ? "es-ES" : "en-US" });
  const answer = (activity: Record<string, any>) => app.activities.repliesTo(activity);
  const say = (user: TeamsUser, text: string, extra: Record<string, unknown> = {}) =>
    answer(app.activities.message(user, text, { ...localeOf(user), ...extra }));
  const press = (user: TeamsUser, data: Record<string, unknown>) =>
    answer(app.activities.submit(user, data, localeOf(user)));
  const mentioning = (user: TeamsUser) => ({
    entities: [{ type: "mention", mentioned: { id: user.id, name: user.name }, text: `<at>${user.name}</at>` }],
  });
  const consentOf = (activity: Record<string, any>) =>
    activity.attachments?.find((a: any) => a.contentType === CONSENT);
  /** Allows a file offer, as the person would, and returns the bytes the bot uploaded. */
  async function accept(user: TeamsUser, consent: any): Promise<Buffer> {
    const [info] = await answer(app.activities.fileConsent(user, "accept", consent, localeOf(user)));
    expect(info!.attachments?.[0]?.contentType).toBe("application/vnd.microsoft.teams.card.file.info");
    return app.teams.uploads.get(consent.name)!.content;
  }

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    ({ cohort, pair, jorge: jorgePerson } = await teamsPair(app, lucia, jorge, "Digital Mentoring"));
    await installTeamsUser(app, carmen, { locale: "en-US", timeZone: "Europe/Madrid" });
    for (const user of [lucia, jorge]) app.teams.members.set(user.id, user);
    await app.runJobs();
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ days: 2, hours: 9 }).toJSDate());
    const day = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" }).minus({ days: 1 }).toISODate();
    const logged = await app.tandem.services.sessions.log(
      jorgePerson,
      pair.id,
      { date: day, duration: "60", topics: MARKER, privateNotes: MARKER, actionItems: [] },
      "America/Santiago",
    );
    expect(logged.ok).toBe(true);
    // A month without a session: the pair needs attention.
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ days: 32, hours: 9 }).toJSDate());
  });
  afterAll(() => app.stop());

  it("tells a participant plainly that the coordinator commands are not theirs", async () => {
    for (const command of ["cohort status", "export", "report", "audit", "certificate preview"]) {
      const [refused] = await say(jorge, command);
      expect(refused!.text).toMatch(/is for the people who coordinate/);
    }
  });

  it("shows the cohort's status with the pair at risk and Nudge, and the chart as a picture", async () => {
    const [status, chart] = await say(carmen, "cohort status digital");
    const card = cardOf(status!)!;
    expect(cardText(card)).toContain("Digital Mentoring · status");
    expect(cardText(card)).toContain("⚠️ **Pairs that need attention** (1)");
    expect(cardText(card)).toContain("no session for three weeks");
    expect(cardText(card)).toContain("Lucía – Jorge: 1/");
    expect(buttonTitles(card)).toEqual(["Nudge"]);
    const image = chart!.attachments[0];
    expect(image.contentType).toBe("image/png");
    const png = Buffer.from(String(image.contentUrl).replace(/^data:image\/png;base64,/, ""), "base64");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.length).toBeGreaterThan(1000);
  });

  it("nudges the pair from the status (coordinators only); each partner gets Plan a session", async () => {
    const [status] = await say(carmen, "cohorte estado");
    const nudge = button(cardOf(status!)!, "Nudge");
    expect(nudge).toEqual({ action: "cohort.nudge", pairId: pair.id });
    const [refused] = await press(jorge, nudge);
    expect(refused!.text).toMatch(/is for the people who coordinate/);
    const [nudged] = await press(carmen, nudge);
    expect(nudged!.text).toBe("👋 Lucía and Jorge got a nudge from you.");
    await app.runJobs();
    const toJorge = await app.teams.waitFor(
      (a: SentActivity) => a.conversationId === chatOf(jorge) && JSON.stringify(a.activity).includes("is checking in"),
    );
    expect(buttonTitles(cardOf(toJorge.activity)!)).toEqual(["Plan a session"]);
  });

  it("offers the export as five CSV files, recorded once in the audit log", async () => {
    const replies = await say(carmen, "export");
    expect(replies[0]!.text).toMatch(/^📦 The records of \*\*Digital Mentoring\*\*, one CSV file each/);
    const offers = replies.slice(1).map(consentOf);
    expect(offers.map((o) => o.name)).toEqual([
      "digital-mentoring-applications.csv",
      "digital-mentoring-pairs.csv",
      "digital-mentoring-sessions.csv",
      "digital-mentoring-attendance.csv",
      "digital-mentoring-questionnaires.csv",
    ]);
    const pairs = (await accept(carmen, offers[1])).toString("utf8");
    expect(pairs.split("\n")[0]).toContain("Mentor");
    expect(pairs).toContain("Lucía");
    expect(pairs).toContain("Jorge");
    for (const offer of [offers[0], ...offers.slice(2)]) await accept(carmen, offer);
    const exported = (await app.tandem.services.audit.list({ cohortId: cohort.id, limit: 40 })).filter(
      (e) => e.action === "cohort.exported",
    );
    expect(exported).toHaveLength(1);
  });

  it("offers the report as a PDF in the cohort's language", async () => {
    const [offer] = await say(carmen, "report Digital Mentoring");
    expect(offer!.text).toBe(
      "📄 The report of **Digital Mentoring** (PDF, in English): accept it to save it in your OneDrive.",
    );
    const text = await pdfText(await accept(carmen, consentOf(offer!)));
    expect(text).toContain("Programme report");
    expect(text).toContain("Digital Mentoring");
  });

  it("previews a certificate by @mention with a PDF, then issues and re-issues it to the person", async () => {
    const [usage] = await say(carmen, "certificate Digital Mentoring");
    expect(usage!.text).toBe("Usage: **certificate [cohort] preview|issue|reissue @person**");
    const [noPerson] = await say(carmen, "certificate preview");
    expect(noPerson!.text).toMatch(/^Mention the person/);
    const [none] = await say(carmen, `certificate reissue <at>${jorge.name}</at>`, mentioning(jorge));
    expect(none!.text).toBe("Jorge has no certificate yet: use **issue**.");

    const [preview] = await say(carmen, `certificado vista <at>${jorge.name}</at>`, mentioning(jorge));
    expect(preview!.text).toMatch(/^\*\*Jorge\*\* · Digital Mentoring: missing /);
    expect(preview!.text).toContain("No certificate issued yet.");
    const pdf = await pdfText(await accept(carmen, consentOf(preview!)));
    expect(pdf).toContain("PREVIEW");
    expect(pdf).toContain("Jorge");

    const [issued] = await say(carmen, `certificate Digital Mentoring issue <at>${jorge.name}</at>`, mentioning(jorge));
    expect(issued!.text).toMatch(
      /^🎓 Certificate for \*\*Jorge\*\* issued \(version 1\) and sent to them\.\n\nIssued although this was missing: /,
    );
    const [reissued] = await say(carmen, `certificate reissue <at>${jorge.name}</at>`, mentioning(jorge));
    expect(reissued!.text).toMatch(/^🎓 Certificate for \*\*Jorge\*\* issued \(version 2\)/);
    await app.runJobs();
    const sent = await app.teams.waitFor(
      (a: SentActivity) =>
        a.conversationId === chatOf(jorge) && consentOf(a.activity)?.content.acceptContext.version === 2,
    );
    expect(sent.activity.text).toContain("version 2");
    expect(await pdfText(await accept(jorge, consentOf(sent.activity)))).toContain("Jorge");
  });

  it("lists the audit log, newest first", async () => {
    const [audit] = await say(carmen, "audit digital");
    const text = cardText(cardOf(audit!)!);
    expect(text).toContain("Audit log · Digital Mentoring");
    expect(text).toContain("re-issued Jorge's certificate (Digital Mentoring, version 2)");
    expect(text).toContain("previewed Jorge's certificate (Digital Mentoring)");
    expect(text).toContain("exported the records of Digital Mentoring");
    expect(text).toContain("nudged Lucía and Jorge (Digital Mentoring)");
    expect(text.indexOf("re-issued")).toBeLessThan(text.indexOf("exported"));
  });

  it("never lets the pair's notes reach the coordinator: no card, message or uploaded file has them", async () => {
    // Every file offered to the coordinator was accepted above; check all of them and every activity sent.
    const offered = app.teams.sent
      .filter((a) => a.conversationId === chatOf(carmen) && consentOf(a.activity))
      .map((a) => consentOf(a.activity).name);
    expect(offered.length).toBe(7);
    for (const name of offered) expect(app.teams.uploads.has(name)).toBe(true);
    for (const [name, upload] of app.teams.uploads) {
      const text = name.endsWith(".pdf") ? await pdfText(upload.content) : upload.content.toString("utf8");
      expect(text, name).not.toContain(MARKER);
    }
    expect(app.teams.sent.filter((a) => JSON.stringify(a.activity).includes(MARKER))).toEqual([]);
  });

  it("lets a participant leave from a card: a mistake shows under its field, then the partner is told", async () => {
    const [form] = await say(lucia, "salir");
    const card = cardOf(form!)!;
    expect(cardText(card)).toContain("No se puede deshacer.");
    expect(input(card, "cohort").value).toBe(cohort.id);
    const [refused] = await press(lucia, {
      ...button(card, "Salir y borrar"),
      cohort: cohort.id,
      reason: "x".repeat(600),
    });
    expect(errorsOf(cardOf(refused!)!)).toEqual({ reason: "Por favor, no pases de 500 caracteres." });
    expect(input(cardOf(refused!)!, "reason").value).toBe("x".repeat(600));
    const [forged] = await press(lucia, { ...button(card, "Salir y borrar"), cohort: "another-cohort" });
    expect(Object.keys(errorsOf(cardOf(forged!)!))).toEqual(["cohort"]);
    const [done] = await press(lucia, {
      ...button(card, "Salir y borrar"),
      cohort: cohort.id,
      reason: "Cambio de puesto",
    });
    expect(done!.text).toMatch(/^Has salido de \*\*Digital Mentoring\*\*/);
    await app.runJobs();
    const told = await app.teams.waitFor(
      (a: SentActivity) =>
        a.conversationId === chatOf(jorge) && String(a.activity.text ?? "").includes("Cambio de puesto"),
    );
    expect(told.activity.text).toMatch(/^Lucía has left \*\*Digital Mentoring\*\*\. /);
    const [nothing] = await say(lucia, "salir");
    expect(nothing!.text).toBe("No estás en ningún programa que puedas dejar.");
  });

  it("finishes the cohort: questionnaires close and certificates (or kind words) go out", async () => {
    const [finished] = await say(carmen, "cohort finish Digital Mentoring");
    expect(finished!.text).toMatch(/^✅ \*\*Digital Mentoring\*\* is finished/);
    const [status] = await say(carmen, "cohort status");
    expect(cardText(cardOf(status!)!)).toContain("Phase: **finished**");
  });
});
