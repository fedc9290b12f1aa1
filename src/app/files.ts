import { plainWords } from "./words";
import { z } from "zod";
import { certificateFile } from "../documents/certificate-file";
import { cohortChartSpec, renderChartPng } from "../documents/cohort-chart";
import { cohortExportCsv, type ExportFile } from "../documents/cohort-export-csv";
import { cohortReportPdf } from "../documents/cohort-report-pdf";
import { fileSafeName } from "../documents/file-names";
import { proposalCsv, proposalCsvName } from "../documents/proposal-csv";
import { sessionInviteFile as calendarFile } from "../documents/session-invite-file";
import { can, type CoordinatorAction } from "../domain/policy";
import { type MessageKey, translator } from "../i18n";
import type { Services } from "../services";
import { coordinatorOnly } from "./refusals";
import { text, type Text, type TextValue } from "./reply";
import type { Asker } from "./request";

/**
 * The files Tandem makes for someone (their data, a certificate, a coordinator's export, report
 * or proposal, a session's calendar file), the same bytes on every platform: Slack uploads them,
 * Teams offers them for OneDrive and makes them again from the reference once accepted.
 */

type FileServices = Pick<
  Services,
  "clock" | "logger" | "people" | "cohorts" | "applications" | "pairing" | "sessions" | "reporting" | "dataRights"
>;

/** The command each coordinator's file comes from, for the refusal. */
const FILE_COMMANDS = {
  "certificate-preview": "certificate",
  export: "export",
  report: "report",
  proposal: "match",
} as const;

export const EXPORT_FILES: ExportFile[] = ["applications", "pairs", "sessions", "attendance", "evaluations"];

/**
 * What a file offered in Teams is, sent as the consent card's context and read back when the person
 * accepts: enough to make the same bytes again, so nothing is kept in memory meanwhile.
 */
export const fileRef = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("mydata") }),
  z.object({
    kind: z.literal("certificate"),
    cohortId: z.string().min(1),
    personId: z.string().min(1),
    version: z.number().int().positive().optional(),
  }),
  z.object({ kind: z.literal("certificate-preview"), cohortId: z.string().min(1), personId: z.string().min(1) }),
  z.object({
    kind: z.literal("export"),
    cohortId: z.string().min(1),
    file: z.enum(EXPORT_FILES as [ExportFile, ...ExportFile[]]),
  }),
  z.object({ kind: z.literal("report"), cohortId: z.string().min(1) }),
  z.object({ kind: z.literal("proposal"), proposalId: z.string().min(1) }),
  z.object({ kind: z.literal("session-invite"), pairId: z.string().min(1), sessionId: z.string().min(1) }),
]);
export type FileRef = z.infer<typeof fileRef>;

/** Who may have someone else's file: the policy's action behind each kind (a person's own certificate is theirs). */
const FILE_ACTIONS = {
  certificate: "certificate.issue",
  "certificate-preview": "certificate.issue",
  export: "reports.export",
  report: "reports.report",
  proposal: "matching.run",
} as const satisfies Record<Exclude<FileRef["kind"], "mydata" | "session-invite">, CoordinatorAction>;

export interface MadeFile {
  filename: string;
  /** The file's title (Slack's, and the line Teams shows on the consent card). */
  description: string;
  content: Buffer;
}

export type FileResult = { ok: true; file: MadeFile } | { ok: false; refusal: Text };

/**
 * Makes a file for the person asking, checking again that they may have it: their own data and
 * certificate, or a coordinator's files for coordinators. `record: false` when it is made again on
 * acceptance (the audit log has the request already).
 */
export async function makeFile(
  services: FileServices,
  viewer: Asker,
  ref: FileRef,
  options: { record: boolean },
): Promise<FileResult> {
  const t = translator(viewer.locale);
  const refuse = (key: MessageKey, vars?: Record<string, TextValue>) => ({
    ok: false as const,
    refusal: text(key, vars),
  });
  if (ref.kind === "mydata") {
    const data = await services.dataRights.myData(viewer.person);
    const day = services.clock.now().toISOString().slice(0, 10);
    const filename = `${fileSafeName(`tandem ${viewer.person.displayName || viewer.person.userId} ${day}`)}.json`;
    return {
      ok: true,
      file: {
        filename,
        description: t("dataRights.mydataTitle"),
        content: Buffer.from(JSON.stringify(data, null, 2), "utf8"),
      },
    };
  }
  if (ref.kind === "session-invite") return sessionInviteFile(services, viewer, ref);
  const coordinatorFile = ref.kind !== "certificate" || ref.personId !== viewer.person.id;
  if (coordinatorFile && !can(viewer, FILE_ACTIONS[ref.kind]))
    return ref.kind === "certificate"
      ? refuse("teams.files.notYours")
      : { ok: false, refusal: coordinatorOnly(FILE_COMMANDS[ref.kind]) };
  if (ref.kind === "proposal") {
    const proposal = await services.pairing.findProposal(ref.proposalId);
    const cohort = proposal ? await services.cohorts.findById(proposal.cohortId) : null;
    if (!proposal || !cohort) return refuse("teams.files.gone");
    const details = new Map(
      (await services.applications.listByCohort(cohort.id)).map((a) => [
        a.id,
        { department: a.answers.department ?? "", role: a.answers.role ?? "both" },
      ]),
    );
    const csv = proposalCsv(proposal, cohort, details, t, (text) => plainWords(text, viewer.locale, viewer.timeZone));
    return {
      ok: true,
      file: {
        filename: proposalCsvName(proposal, cohort),
        description: t("matching.title", { version: proposal.version, cohort: cohort.name }),
        content: Buffer.from(csv, "utf8"),
      },
    };
  }
  const cohort = await services.cohorts.findById(ref.cohortId);
  if (!cohort) return refuse("teams.files.gone");
  switch (ref.kind) {
    case "certificate":
    case "certificate-preview": {
      const person = await services.people.findById(ref.personId);
      const found = person ? await services.reporting.progressOf(cohort, person.id) : null;
      const certificate = await services.reporting.certificateOf(cohort.id, ref.personId);
      if (!person || !found || (ref.kind === "certificate" && !certificate)) return refuse("teams.files.gone");
      const made = await certificateFile(
        services,
        { cohort, person, progress: found.progress, certificate, preview: ref.kind === "certificate-preview" },
        { key: "" },
      );
      return { ok: true, file: { filename: made.filename, description: made.title, content: made.content } };
    }
    case "export": {
      const files = cohortExportCsv(
        await services.reporting.exportFor(viewer, cohort, options),
        t,
        viewer.locale,
        viewer.timeZone,
      );
      const name = t(`exports.files.${ref.file}`);
      return {
        ok: true,
        file: {
          filename: `${fileSafeName(`${cohort.name} ${name}`)}.csv`,
          description: `${cohort.name} · ${name}`,
          content: Buffer.from(files[ref.file], "utf8"),
        },
      };
    }
    case "report": {
      const data = await services.reporting.reportFor(viewer, cohort, options);
      const cohortT = translator(cohort.locale);
      const chart = await renderChartPng(cohortChartSpec(data.overview, cohortT, cohort.locale));
      const pdf = await cohortReportPdf(data, chart, services.clock.now());
      return {
        ok: true,
        file: {
          filename: `${fileSafeName(`${cohortT("report.title")} ${cohort.name}`)}.pdf`,
          description: cohortT("report.fileTitle", { cohort: cohort.name }),
          content: pdf,
        },
      };
    }
  }
}

/** A scheduled session's calendar file, for either partner of the pair (nobody else). */
async function sessionInviteFile(
  services: FileServices,
  viewer: Asker,
  ref: { pairId: string; sessionId: string },
): Promise<FileResult> {
  const t = translator(viewer.locale);
  const found = await services.sessions.pairFor(viewer.person, ref.pairId);
  if (!found.ok) return { ok: false, refusal: text("rhythm.notPartner") };
  const session = (await services.sessions.sessions(viewer.person, ref.pairId))?.find((s) => s.id === ref.sessionId);
  if (session?.status !== "scheduled") return { ok: false, refusal: text("teams.files.gone") };
  const { me, partner, pair, cohort } = found.context;
  const mentor = pair.mentorPersonId === me.id ? me : partner;
  const mentee = mentor === me ? partner : me;
  const made = calendarFile({ session, cohort, mentor, mentee, now: services.clock.now() }, t);
  if (!made.ok) {
    services.logger.warn({ err: made.cause, sessionId: session.id }, "the calendar file could not be made");
    return { ok: false, refusal: text("teams.files.gone") };
  }
  return { ok: true, file: { filename: made.filename, description: made.title, content: made.content } };
}
