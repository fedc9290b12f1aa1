import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import type { Cohort } from "../../src/domain/cohorts/cohort";
import { evaluationResults } from "../../src/domain/evaluation/evaluation-results";
import type { Evaluation } from "../../src/domain/evaluation/evaluation-service";
import type { ParticipantProgress } from "../../src/domain/reporting/certificates";
import { cohortOverview } from "../../src/domain/reporting/cohort-overview";
import { certificatePdf } from "../../src/documents/certificate-pdf";
import { cohortChartSpec, renderChartPng } from "../../src/documents/cohort-chart";
import { cohortReportPdf } from "../../src/documents/cohort-report-pdf";
import { csvFile } from "../../src/documents/cohort-export-csv";
import { translator } from "../../src/i18n";
import { cohortValue } from "../support/builders";

const DAY = 86_400_000;
const start = new Date("2027-01-04T08:00:00Z");
const cohort: Cohort = cohortValue(
  {
    name: "Digital Leaders 2027",
    objective: "Every team uses digital tools with confidence",
    slug: "digital leaders 2027",
    startsAt: start,
    endsAt: new Date(start.getTime() + 105 * DAY),
  },
  "en",
  "Europe/London",
);

const text = async (pdf: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.replace(/\s+/g, " ");

describe("documents", () => {
  const progress: ParticipantProgress = {
    personId: "p1",
    role: "mentor",
    pairIds: ["x"],
    sessionsHeld: 5,
    minSessions: 4,
    plenariesAttended: 6,
    plenariesHeld: 7,
    attendanceRate: 86,
    attendanceThreshold: 85,
    planCompleted: true,
    finalAnswered: true,
  };

  it("writes the certificate in the participant's language, with the re-issue's version", async () => {
    const en = await text(
      await certificatePdf(
        {
          cohort,
          name: "Maya O'Neil",
          progress,
          certificate: {
            id: "cert1",
            cohortId: "c1",
            personId: "p1",
            version: 2,
            issuedAt: new Date("2027-04-20T10:00:00Z"),
            issuedById: null,
            override: false,
          },
          locale: "en",
        },
        start,
      ),
    );
    expect(en).toContain(
      "Certificate This certifies that Maya O'Neil took part as Mentor Digital in Digital Leaders 2027",
    );
    expect(en).toContain("5 mentoring sessions · 86% plenary attendance");
    expect(en).toContain("Issued on April 20, 2027 (version 2)");
    expect(en).toContain("Reference: cert1-v2");
    const es = await text(
      await certificatePdf(
        {
          cohort,
          name: "José Núñez",
          progress: { ...progress, role: "mentee" },
          certificate: null,
          locale: "es",
          preview: true,
        },
        start,
      ),
    );
    expect(es).toContain("VISTA PREVIA");
    expect(es).toContain("Se certifica que José Núñez participó como mentee en Digital Leaders 2027");
  });

  it("renders the chart as a PNG and puts it, with the figures, in the report", async () => {
    const t = translator("en");
    const overview = cohortOverview(
      cohort,
      [],
      [
        {
          id: "p1",
          cohortId: "c1",
          proposalId: "x",
          mentorApplicationId: "a",
          menteeApplicationId: "b",
          mentorPersonId: "m1",
          menteePersonId: "e1",
          score: 1,
          reasons: [],
          status: "active",
          createdAt: start,
        },
      ],
      {
        sessions: [{ pairId: "p1", startsAt: new Date(start.getTime() + 10 * DAY), status: "held" }],
        pairFlags: [],
        openHelpRequests: [],
        plenaries: [
          {
            id: "pl1",
            number: 1,
            startsAt: new Date(start.getTime() + DAY),
            durationMinutes: 150,
            attendedPersonIds: ["m1"],
          },
        ],
        goals: [],
      },
      [],
      new Date(start.getTime() + 30 * DAY),
    );
    const spec = cohortChartSpec(overview, t, "en");
    expect(JSON.stringify(spec)).toContain("Sessions held per week");
    const png = await renderChartPng(spec);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);

    const evaluation: Evaluation = {
      id: "e",
      cohortId: "c1",
      personId: "e1",
      kind: "final",
      role: "mentee",
      answers: {
        satisfaction: 5,
        objectiveProgress: 4,
        learned: "Spreadsheets",
        stillNeeded: "",
        recommend: "yes",
        comments: "",
      },
      skillsBefore: { spreadsheets: 1 },
      skillsAfter: { spreadsheets: 3 },
      requestedAt: start,
      remindedAt: null,
      submittedAt: start,
    };
    const report = await text(
      await cohortReportPdf(
        {
          overview,
          pulse: evaluationResults("pulse", [evaluation], cohort.skills, false),
          final: evaluationResults("final", [evaluation], cohort.skills, false),
          names: new Map([["e1", "Eve"]]),
        },
        png,
        new Date(start.getTime() + 30 * DAY),
      ),
    );
    expect(report).toContain("Programme report Digital Leaders 2027");
    expect(report).toContain("Objective: Every team uses digital tools with confidence");
    expect(report).toContain("Sessions held: 1 (due so far: 2; minimum per pair: 4)");
    expect(report).toContain("Plenary attendance: 50% over 1 plenaries");
    expect(report).toContain("Answered: 1 of 1 (100%)");
    expect(report).toContain("Mentees · Eve");
    expect(report).toContain("Learned: Spreadsheets");
    expect(report).toContain("+2.0");
  });

  it("keeps spreadsheet formulas out of CSV cells and accents readable in Excel", () => {
    const csv = csvFile([['=HYPERLINK("x")', "Núñez", "+34", "-1", "@me"]]);
    expect(csv).toBe('\uFEFF"\'=HYPERLINK(""x"")",Núñez,\'+34,\'-1,\'@me\n');
  });
});
