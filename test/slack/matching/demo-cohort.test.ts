import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../support/app";

/**
 * A coordinator tries matching before a real cohort opens: `cohorte demo` makes a marked sample
 * cohort of made-up applicants, `match` proposes pairs with reasons, approving messages nobody
 * but the coordinator, applicants never see it, and `cohorte demo borrar` removes all of it.
 */
describe("demo cohort (es)", () => {
  let app: TestApp;
  const demos = async () => (await app.tandem.services.cohorts.list()).filter((c) => c.isDemo);

  beforeAll(async () => {
    app = await startTestApp({ env: { TANDEM_COORDINATORS: "UCOORD" } });
    app.slack.addUser({ id: "UCOORD", real_name: "Carmen", locale: "es-ES", tz: "Europe/Madrid" });
    app.slack.addUser({ id: "UANA", real_name: "Ana", locale: "es-CL", tz: "America/Santiago" });
  });
  afterAll(() => app.stop());

  it("creates a marked sample cohort of about 40 applicants, ready to match", async () => {
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "cohorte demo"));
    const [demo] = await demos();
    expect(demo).toBeDefined();
    expect(demo!.status).toBe("closed");
    expect(reply.text).toMatch(
      new RegExp(
        `^🧪 La cohorte de demostración \\*${demo!.name}\\* está lista: 40 postulaciones inventadas \\(\\d+ mentores, \\d+ mentees, \\d+ en cualquiera`,
      ),
    );
    expect(reply.text).toContain(`Prueba \`/mentoring match ${demo!.name}\``);
    const applications = await app.tandem.services.applications.listByCohort(demo!.id);
    expect(applications).toHaveLength(40);
    expect(new Set(applications.map((a) => a.answers.department)).size).toBeGreaterThan(3);
    expect(new Set(applications.flatMap((a) => a.answers.languages ?? [])).has("en")).toBe(true);

    const list = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "cohorte lista"));
    expect(JSON.stringify(list.blocks)).toContain("(demostración)");
    // Nobody is asked to sponsor anyone, and nobody is written to.
    await app.runJobs();
    expect(
      app.slack.callsTo("chat.postMessage").filter((c) => c.args.channel !== "UCOORD" && c.args.channel !== "DUCOORD"),
    ).toEqual([]);
  });

  it("is invisible to applicants", async () => {
    const [demo] = await demos();
    const named = await app.requests.replyTo(await app.requests.command({ id: "UANA" }, `apply ${demo!.name}`));
    expect(named.text).toBe(`No encuentro una cohorte llamada «${demo!.name}». Cohortes: —.`);
    const plain = await app.requests.replyTo(await app.requests.command({ id: "UANA" }, "apply"));
    expect(plain.text).not.toContain(demo!.name);
  });

  it("proposes pairs with reasons in Spanish; approving introduces nobody and tells only the coordinator", async () => {
    const [demo] = await demos();
    await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, `match ${demo!.name}`));
    const posted = await app.slack.waitFor("chat.postMessage", (c) => String(c.args.text).startsWith("Propuesta 1"));
    const text = JSON.stringify(posted.args.blocks);
    expect(text).toMatch(/es mentor\/a de/);
    expect(text).toMatch(/lo valora|quiere aprender/);
    const proposal = (await app.tandem.services.pairing.latestProposal(demo!.id))!;
    expect(proposal.result.pairs.length).toBeGreaterThanOrEqual(12);
    expect(proposal.summary.meanScore).toBeGreaterThan(proposal.summary.randomMeanScore);

    const before = app.slack.calls.length;
    const responseUrl = app.slack.responseUrl();
    await app.requests.blockAction(
      { id: "UCOORD" },
      { action_id: "match.approve", value: JSON.stringify({ proposalId: proposal.id, page: 0 }) },
      { response_url: responseUrl },
    );
    await app.slack.waitFor("response_url", (c) => c.args.url === new URL(responseUrl).pathname);
    await app.runJobs();
    await app.runJobs();
    const after = app.slack.calls.slice(before);
    expect(after.filter((c) => c.method === "conversations.open").map((c) => c.args.users)).toEqual(["UCOORD"]);
    const sent = after.filter((c) => c.method === "chat.postMessage");
    expect(sent.map((c) => c.args.channel)).toEqual(["DUCOORD"]);
    expect(sent[0]!.args.text).toBe(
      `Cohorte de demostración ${demo!.name} aprobada: se habrían presentado ${proposal.result.pairs.length} parejas. No se ha escrito a nadie.`,
    );
  });

  it("is removed with its made-up people by one command", async () => {
    const [demo] = await demos();
    const reply = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "cohorte demo borrar"));
    expect(reply.text).toBe(
      `Cohorte de demostración borrada, con sus postulaciones inventadas y propuestas: ${demo!.name}.`,
    );
    expect(await demos()).toEqual([]);
    expect(await app.tandem.services.applications.listByCohort(demo!.id)).toEqual([]);
    expect(await app.tandem.services.db.person.count({ where: { workspaceId: { startsWith: "tandem-demo-" } } })).toBe(
      0,
    );
    const again = await app.requests.replyTo(await app.requests.command({ id: "UCOORD" }, "cohorte demo borrar"));
    expect(again.text).toBe("No hay ninguna cohorte de demostración que borrar.");
  });
});
