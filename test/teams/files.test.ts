import { asCoordinator } from "../support/builders";
import { DateTime } from "luxon";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { sessionEventUid } from "../../src/domain/meetings/ics";
import type { PairRecord } from "../../src/domain/pairing/proposal";
import type { Person } from "../../src/domain/people";
import { startTestApp, type TestApp } from "../support/app";
import type { SentActivity, TeamsUser } from "../support/fake-teams";
import { installTeamsUser, teamsPair } from "../support/teams-builders";

const lucia: TeamsUser = { id: "29:lucia", aadObjectId: "aad-lucia", name: "Lucía" };
const jorge: TeamsUser = { id: "29:jorge", aadObjectId: "aad-jorge", name: "Jorge" };
const carmen: TeamsUser = { id: "29:carmen", aadObjectId: "aad-carmen", name: "Carmen Ruiz" };
const NOTES = "NOTAS-DE-LA-PAREJA-51c9";

const CONSENT = "application/vnd.microsoft.teams.card.file.consent";
const INFO = "application/vnd.microsoft.teams.card.file.info";

async function pdfText(content: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/**
 * Files in Teams' personal chat, by the Bot Framework's file consent flow: the bot offers a file,
 * the person allows it, the bot makes it again (checking they may have it) and puts it at the upload
 * URL Teams gives; declining sends nothing. A person's data and their certificate go this way.
 */
describe("files by consent in Teams", () => {
  let app: TestApp;
  let cohort: Cohort;
  let pair: PairRecord;
  let jorgePerson: Person;
  let coordinator: Person;

  const chatOf = (user: TeamsUser) => `a:personal-${user.id}`;
  const answer = (activity: Record<string, any>) => app.activities.repliesTo(activity);
  const localeOf = (user: TeamsUser) => ({ locale: user === lucia ? "es-ES" : "en-US" });
  const say = (user: TeamsUser, text: string) => answer(app.activities.message(user, text, localeOf(user)));
  const consentOf = (activity: Record<string, any>) =>
    activity.attachments?.find((a: any) => a.contentType === CONSENT);
  const accept = (user: TeamsUser, consent: any) =>
    answer(app.activities.fileConsent(user, "accept", consent, localeOf(user)));
  const uploaded = (name: string) => app.teams.uploads.get(name)?.content;

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "teams:aad-carmen" } });
    let jorgeP: Person;
    ({ cohort, pair, jorge: jorgeP } = await teamsPair(app, lucia, jorge, "Digital Mentoring"));
    jorgePerson = jorgeP;
    coordinator = await installTeamsUser(app, carmen, { locale: "en-US", timeZone: "Europe/Madrid" });
    await app.runJobs();
    app.clock.set(DateTime.fromJSDate(cohort.startsAt).plus({ days: 3, hours: 9 }).toJSDate());
    const day = DateTime.fromJSDate(app.clock.now(), { zone: "America/Santiago" }).minus({ days: 1 }).toISODate();
    const logged = await app.tandem.services.sessions.log(
      jorgePerson,
      pair.id,
      { date: day, duration: "60", topics: "AI", privateNotes: NOTES, actionItems: [] },
      "America/Santiago",
    );
    expect(logged.ok).toBe(true);
  });
  afterAll(() => app.stop());

  it("offers a person's data with a consent card: name, size, and what to make again", async () => {
    const [offer] = await say(jorge, "mydata");
    expect(offer!.text).toMatch(/^📦 Here is everything I hold about you, as a JSON file/);
    const consent = consentOf(offer!);
    expect(consent.name).toMatch(/^tandem-jorge-\d{4}-\d{2}-\d{2}\.json$/);
    expect(consent.content.description).toBe("Your data in Tandem");
    expect(consent.content.sizeInBytes).toBeGreaterThan(100);
    expect(consent.content.acceptContext).toEqual({ kind: "mydata" });
    // The bytes are not in the card: Teams asks the person first.
    expect(JSON.stringify(offer)).not.toContain(NOTES);
  });

  it("uploads the data when the person allows it, and shows the file in the chat", async () => {
    const [offer] = await say(jorge, "mydata");
    const consent = consentOf(offer!);
    const [info] = await accept(jorge, consent);
    const attachment = info!.attachments[0];
    expect(attachment.contentType).toBe(INFO);
    expect(attachment.name).toBe(consent.name);
    expect(attachment.contentUrl).toContain("sharepoint.com");
    expect(attachment.content.fileType).toBe("json");
    const stored = app.teams.uploads.get(consent.name)!;
    expect(stored.contentRange).toBe(`bytes 0-${stored.content.length - 1}/${stored.content.length}`);
    const data = JSON.parse(stored.content.toString("utf8"));
    expect(JSON.stringify(data)).toContain(NOTES);
    expect(JSON.stringify(data)).toContain("Jorge");
  });

  it("says so when the upload fails, rather than showing a file that is not there", async () => {
    const [offer] = await say(jorge, "mydata");
    const invoke = app.activities.fileConsent(jorge, "accept", consentOf(offer!));
    (invoke.value as any).uploadInfo.uploadUrl = `${app.teams.serviceUrl}nowhere/${consentOf(offer!).name}`;
    const [failed] = await answer(invoke);
    expect(failed!.text).toMatch(/^I could not put \*\*tandem-jorge-.+\.json\*\* in your OneDrive just now/);
    expect(failed!.attachments ?? []).toEqual([]);
  });

  it("sends nothing when the person declines, and says so", async () => {
    const before = app.teams.uploads.size;
    const [offer] = await say(lucia, "misdatos");
    const [declined] = await answer(app.activities.fileConsent(lucia, "decline", consentOf(offer!), localeOf(lucia)));
    expect(declined!.text).toBe(
      "Entendido: no te he enviado **Tus datos en Tandem**. Pídemelo de nuevo cuando quieras.",
    );
    expect(app.teams.uploads.size).toBe(before);
  });

  it("sends a certificate the coordinator issued as a consent card, and uploads the PDF on acceptance", async () => {
    const issued = await app.tandem.services.reporting.issueBy(asCoordinator(coordinator), cohort, jorgePerson);
    expect(issued.ok).toBe(true);
    await app.runJobs();
    const sent = await app.teams.waitFor(
      (a: SentActivity) =>
        a.conversationId === chatOf(jorge) &&
        !!consentOf(a.activity) &&
        String(consentOf(a.activity).name).endsWith(".pdf"),
    );
    expect(sent.activity.text).toContain("🎓");
    const consent = consentOf(sent.activity);
    expect(consent.content.acceptContext).toEqual({
      kind: "certificate",
      cohortId: cohort.id,
      personId: jorgePerson.id,
      version: 1,
    });
    const [info] = await accept(jorge, consent);
    expect(info!.attachments[0].contentType).toBe(INFO);
    const text = await pdfText(uploaded(consent.name)!);
    expect(text).toContain("Jorge");
    expect(text).toContain("Digital Mentoring");
    expect(text).not.toContain(NOTES);
  });

  it("re-checks who accepts: a partner cannot take someone else's certificate, nor a participant a coordinator's file", async () => {
    const sent = app.teams.sent.find(
      (a) => a.conversationId === chatOf(jorge) && consentOf(a.activity)?.content.acceptContext.kind === "certificate",
    )!;
    const consent = consentOf(sent.activity);
    const before = app.teams.uploads.size;
    const [refused] = await accept(lucia, { ...consent, name: "forged.pdf" });
    expect(refused!.text).toBe("Ese archivo no es tuyo, así que no puedo enviártelo.");
    const [coordinatorOnly] = await accept(jorge, {
      name: "export.csv",
      content: { acceptContext: { kind: "export", cohortId: cohort.id, file: "pairs" } },
    });
    expect(coordinatorOnly!.text).toMatch(/coordinator/i);
    const [nonsense] = await accept(jorge, { name: "x.bin", content: { acceptContext: { kind: "secrets" } } });
    expect(nonsense!.text).toBe("That file is no longer available.");
    expect(app.teams.uploads.size).toBe(before);
  });

  it("offers the calendar file to the partner who accepts a session, and to no one outside the pair", async () => {
    const startsAt = DateTime.fromJSDate(app.clock.now()).plus({ days: 4 }).set({ hour: 15, minute: 0 }).toJSDate();
    const proposed = await app.tandem.services.sessions.propose(jorgePerson, pair.id, startsAt);
    expect(proposed.ok).toBe(true);
    const sessionId = proposed.ok ? proposed.session.id : "";
    const [accepted, offer] = await answer(
      app.activities.submit(lucia, { action: "session.accept", sessionId }, localeOf(lucia)),
    );
    expect(accepted!.text).toMatch(/^✅ Sesión del/);
    expect(offer!.text).toMatch(/^📅 La sesión como archivo de calendario/);
    const consent = consentOf(offer!);
    expect(consent.name).toBe("tandem-session.ics");
    expect(consent.content.acceptContext).toEqual({ kind: "session-invite", pairId: pair.id, sessionId });
    const [refused] = await accept(carmen, { ...consent, name: "not-yours.ics" });
    expect(refused!.text).toBe("That belongs to a pair you are not in, so I cannot show or change it.");
    await accept(lucia, consent);
    const ics = uploaded("tandem-session.ics")!.toString("utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("Lucía");
    expect(ics).not.toContain(NOTES);
  });

  it("offers the calendar file to the proposer too, in their own chat, and makes it for a partner only", async () => {
    // Jorge proposed the session Lucía accepted above: a job offers him the file, as Teams asks first.
    const session = (await app.tandem.services.sessions.sessions(jorgePerson, pair.id))!.find(
      (s) => s.status === "scheduled",
    )!;
    await app.runJobs();
    const sent = await app.teams.waitFor(
      (a) =>
        a.conversationId === chatOf(jorge) && consentOf(a.activity)?.content.acceptContext.kind === "session-invite",
    );
    expect(sent.activity.text).toBe("📅 Your session as a calendar file: open it to add the session to your calendar.");
    const consent = consentOf(sent.activity);
    expect(consent.name).toBe("tandem-session.ics");
    expect(consent.content.acceptContext).toEqual({ kind: "session-invite", pairId: pair.id, sessionId: session.id });
    // Once each: Lucía had hers when she accepted, and the job does not offer it to her again.
    for (const user of [jorge, lucia])
      expect(
        app.teams.sent.filter(
          (a) =>
            a.conversationId === chatOf(user) && consentOf(a.activity)?.content.acceptContext.kind === "session-invite",
        ),
      ).toHaveLength(1);

    // Someone outside the pair who gets hold of the card is refused when they allow it; nothing is uploaded.
    app.teams.uploads.clear();
    const [refused] = await accept(carmen, consent);
    expect(refused!.text).toBe("That belongs to a pair you are not in, so I cannot show or change it.");
    expect(app.teams.uploads.size).toBe(0);

    const [info] = await accept(jorge, consent);
    expect(info!.attachments[0].contentType).toBe(INFO);
    const ics = uploaded("tandem-session.ics")!.toString("utf8");
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain(`UID:${sessionEventUid(session.id)}`);
    expect(ics).toContain("Jorge");
    expect(ics).not.toContain(NOTES);
  });

  it("offers the matching proposal as a CSV to coordinators only", async () => {
    const proposal = (await app.tandem.services.pairing.latestProposal(cohort.id))!;
    const [refused] = await answer(app.activities.submit(jorge, { action: "match.download", proposalId: proposal.id }));
    expect(refused!.text).toMatch(/is for the people who coordinate/);
    const [offer] = await answer(app.activities.submit(carmen, { action: "match.download", proposalId: proposal.id }));
    expect(offer!.text).toBe("Proposal 1 for **Digital Mentoring** as a spreadsheet (CSV, UTF-8).");
    const consent = consentOf(offer!);
    expect(consent.name).toMatch(/^tandem-.+-proposal-1\.csv$/);
    await accept(carmen, consent);
    const csv = uploaded(consent.name)!.toString("utf8");
    expect(csv).toContain("Lucía");
    expect(csv).toContain("Jorge");
  });
});
