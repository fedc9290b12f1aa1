import { asCoordinator } from "../test/support/builders";
import { mkdirSync, rmSync } from "node:fs";
import { DateTime } from "luxon";
import { cohortChartSpec, renderChartPng } from "../src/documents/cohort-chart";
import { cohortExportCsv } from "../src/documents/cohort-export-csv";
import { cohortReportPdf } from "../src/documents/cohort-report-pdf";
import { defaultCohortSettings } from "../src/domain/cohorts/cohort";
import type { Cohort } from "../src/domain/cohorts/cohort";
import { starterSkills } from "../src/domain/skills-catalogue";
import { translator } from "../src/i18n";
import { migrateIfNeeded } from "../src/storage/migrate";
import { startTestApp, type TestApp } from "../test/support/app";
import { table } from "./support";

/**
 * The coordinator's side of a finished cohort at the seeds' scale (the civil-service programme had
 * 700 participants): PAIRS pairs with six sessions each, seven plenaries, both questionnaires and a
 * goal per pair. For each size it times the cohort status, the CSV export, the PDF report (chart
 * included) and closing the cohort (a certificate PDF or a note per participant, through the fake
 * Slack), and compares the status with the baseline: the same figures read pair by pair and
 * person by person through the services the Home tab uses (sessions of a pair, attendance of a
 * person, goals of a pair), the way they would be read without the cohort-wide query.
 */
const SIZES = (process.env.BENCH_REPORT_PAIRS ?? "10,350,1000").split(",").map(Number);
const DAY = 86_400_000;

async function seed(app: TestApp, pairs: number): Promise<Cohort> {
  const { services } = app.tandem;
  const db = services.db;
  const start = new Date("2027-01-04T08:00:00Z");
  const coordinator = await services.people.identifyWithProfile(
    { platform: "slack", workspaceId: app.slack.teamId, userId: "UCOORD" },
    { displayName: "Carmen", locale: "es", timeZone: "Europe/Madrid" },
  );
  const skills = starterSkills("es");
  const created = await services.cohorts.create(coordinator, {
    ...defaultCohortSettings(new Date("2026-11-23T08:00:00Z"), "Europe/Madrid", "es"),
    name: `Servicio Civil ${pairs}`,
    objective: "Transformación digital",
    skills,
    startsAt: start,
    endsAt: new Date(start.getTime() + 105 * DAY),
    sponsorRequired: false,
  });
  if (!created.ok) throw new Error("cohort");
  const cohort = created.cohort;
  await db.person.createMany({
    data: Array.from({ length: pairs * 2 }, (_, i) => ({
      id: `p${i}`,
      platform: "slack",
      workspaceId: app.slack.teamId,
      userId: `U${i}`,
      displayName: `Persona ${i}`,
      locale: "es",
      timeZone: "Europe/Madrid",
    })),
  });
  await db.application.createMany({
    data: Array.from({ length: pairs * 2 }, (_, i) => ({
      id: `a${i}`,
      cohortId: cohort.id,
      personId: `p${i}`,
      status: "matched",
      answers: {
        role: i % 2 === 0 ? "mentor" : "mentee",
        jobTitle: "Analista",
        department: `Dep ${i % 8}`,
        learnSkills: [skills[i % skills.length]!.id],
        ratings: Object.fromEntries(skills.map((s) => [s.id, 1 + (i % 3)])),
      },
      submittedAt: start,
    })),
  });
  await db.pair.createMany({
    data: Array.from({ length: pairs }, (_, i) => ({
      id: `pair${i}`,
      cohortId: cohort.id,
      proposalId: "bench",
      mentorApplicationId: `a${2 * i}`,
      menteeApplicationId: `a${2 * i + 1}`,
      mentorPersonId: `p${2 * i}`,
      menteePersonId: `p${2 * i + 1}`,
      score: 1,
      reasons: [],
      createdAt: start,
    })),
  });
  await db.pairSession.createMany({
    data: Array.from({ length: pairs * 6 }, (_, i) => ({
      pairId: `pair${Math.floor(i / 6)}`,
      status: "held",
      startsAt: new Date(start.getTime() + (7 + (i % 6) * 14) * DAY),
      durationMinutes: 60,
      proposedById: `p${2 * Math.floor(i / 6)}`,
      topics: "temas",
      privateNotes: "notas privadas",
    })),
  });
  await db.goal.createMany({
    data: Array.from({ length: pairs }, (_, i) => ({
      pairId: `pair${i}`,
      title: "Meta",
      priority: 1,
      smart: {},
      phases: [
        { text: "a", done: true },
        { text: "b", done: i % 5 !== 0 },
        { text: "c", done: false },
      ],
    })),
  });
  for (let n = 1; n <= 7; n++) {
    const plenary = await db.plenary.create({
      data: {
        cohortId: cohort.id,
        number: n,
        startsAt: new Date(start.getTime() + (n - 1) * 15 * DAY),
        durationMinutes: 150,
      },
    });
    await db.plenaryAttendance.createMany({
      data: Array.from({ length: pairs * 2 }, (_, i) => i)
        .filter((i) => (i + n) % 10 !== 0)
        .map((i) => ({
          plenaryId: plenary.id,
          personId: `p${i}`,
          attended: true,
          source: "coordinator",
          recordedById: coordinator.id,
          recordedAt: start,
        })),
    });
  }
  for (const kind of ["pulse", "final"] as const) {
    await db.evaluation.createMany({
      data: Array.from({ length: pairs * 2 }, (_, i) => {
        const answeredIt = i % 5 !== 0;
        const skill = skills[i % skills.length]!.id;
        return {
          cohortId: cohort.id,
          personId: `p${i}`,
          kind,
          role: i % 2 === 0 ? "mentor" : "mentee",
          requestedAt: start,
          skillsBefore: kind === "final" ? { [skill]: 1 + (i % 3) } : undefined,
          ...(answeredIt
            ? {
                submittedAt: start,
                answers: {
                  satisfaction: 1 + (i % 5),
                  objectiveProgress: 1 + (i % 4),
                  learned: "Aprendí",
                  stillNeeded: "",
                  recommend: "yes",
                  comments: "",
                },
                skillsAfter: kind === "final" ? { [skill]: 4 } : undefined,
              }
            : {}),
        };
      }),
    });
  }
  return cohort;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work();
  return [result, performance.now() - started];
}

/** The baseline: the same per-pair and per-person figures read one pair and one person at a time. */
async function statusPairByPair(app: TestApp, cohort: Cohort): Promise<number> {
  const { services } = app.tandem;
  let sum = 0;
  for (const pair of await services.pairing.pairsOfCohort(cohort.id)) {
    sum += await services.sessions.heldCount(pair.id);
    sum += (await services.db.goal.findMany({ where: { pairId: pair.id } })).length;
    for (const personId of [pair.mentorPersonId, pair.menteePersonId])
      sum += (await services.plenaries.attendanceOf(personId, cohort.id)).attended;
  }
  return sum;
}

export async function reporting(): Promise<void> {
  const rows: (string | number)[][] = [
    [
      "pairs",
      "people",
      "status ms",
      "pair-by-pair ms",
      "ratio",
      "export ms",
      "report ms",
      "report KiB",
      "close ms",
      "certificates",
      "notes",
    ],
  ];
  process.stdout.write(`reporting: ${SIZES.join(", ")} pairs; baseline = the status figures read pair by pair\n`);
  for (const pairs of SIZES) {
    const dir = `.tmp/bench-reporting`;
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const databaseUrl = `file:./${dir}/tandem.db`;
    await migrateIfNeeded(databaseUrl);
    const app = await startTestApp({ databaseUrl, env: { LOG_LEVEL: "warn", TANDEM_COORDINATORS: "UCOORD" } });
    try {
      const cohort = await seed(app, pairs);
      app.clock.set(DateTime.fromJSDate(cohort.endsAt).plus({ days: 1 }).toJSDate());
      const { services } = app.tandem;
      const coordinator = (await services.people.find({
        platform: "slack",
        workspaceId: app.slack.teamId,
        userId: "UCOORD",
      }))!;
      const t = translator("es");
      await services.reporting.overview(cohort); // warm-up: first queries compile
      const [overview, statusMs] = await timed(() => services.reporting.overview(cohort));
      const [, baselineMs] = await timed(() => statusPairByPair(app, cohort));
      const [, exportMs] = await timed(async () =>
        cohortExportCsv(
          await services.reporting.exportFor(asCoordinator(coordinator), cohort),
          t,
          "es",
          "Europe/Madrid",
        ),
      );
      const [pdf, reportMs] = await timed(async () => {
        const data = await services.reporting.reportFor(asCoordinator(coordinator), cohort);
        return cohortReportPdf(data, await renderChartPng(cohortChartSpec(data.overview, t, "es")), app.clock.now());
      });
      const [, closeMs] = await timed(async () => {
        await services.reporting.finish(cohort, coordinator);
        while ((await app.runJobs()).done > 0);
      });
      const certificates = app.slack.uploads.filter(
        (u) => u.filename.endsWith(".pdf") && u.channel !== "DUCOORD",
      ).length;
      const notes = app.slack.callsTo("chat.postMessage").length;
      rows.push([
        pairs,
        overview.participants.length,
        statusMs.toFixed(0),
        baselineMs.toFixed(0),
        `${(baselineMs / statusMs).toFixed(1)}×`,
        exportMs.toFixed(0),
        reportMs.toFixed(0),
        (pdf.length / 1024).toFixed(0),
        closeMs.toFixed(0),
        certificates,
        notes,
      ]);
      process.stdout.write(`${table(rows)}\n\n`);
    } finally {
      await app.stop();
    }
  }
}
