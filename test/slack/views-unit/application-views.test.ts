import { describe, expect, it } from "vitest";
import type { Application } from "../../../src/domain/applications/application";
import { sponsorRequestView } from "../../../src/domain/applications/sponsor-request";
import { defaultCohortSettings, type Cohort } from "../../../src/domain/cohorts/cohort";
import { formValuesFrom } from "../../../src/domain/cohorts/cohort-form";
import type { Person } from "../../../src/domain/people";
import { translator } from "../../../src/i18n";
import { announcementScreen } from "../../../src/app/announcement-screen";
import { sponsorRequestScreen } from "../../../src/app/sponsor-request-screen";
import { slackReaderIn } from "../../../src/platforms/slack/people";
import { slackScreen } from "../../../src/platforms/slack/render-screen";
import { profileModal, skillsModal } from "../../../src/platforms/slack/views/application-modals";
import { cohortModal } from "../../../src/platforms/slack/views/cohort-modal";

const t = translator("es", "slack");
const now = new Date("2026-11-23T09:00:00Z");
const cohort: Cohort = {
  ...defaultCohortSettings(now, "Europe/Madrid", "es"),
  id: "c1",
  finishedAt: null,
  slug: "digital",
  name: "Digital <2027>",
  objective: "Transformación digital <!channel>",
  status: "open",
  isDemo: false,
  createdById: "p0",
  createdAt: now,
};
const application: Application = {
  id: "a1",
  cohortId: "c1",
  personId: "p1",
  status: "draft",
  answers: {
    role: "mentee",
    jobTitle: "Jefa de sección",
    department: "Hacienda",
    learnSkills: ["spreadsheets"],
    firstWish: "Usar la IA",
    selfDescription: "Tímida pero constante",
    challenges: "Un equipo desmotivado",
    ratings: { spreadsheets: 2 },
  },
  submittedAt: null,
  sponsorPersonId: null,
  sponsorRequestedAt: null,
  sponsorRemindedAt: null,
  sponsorDecidedAt: null,
  sponsorReason: null,
  overriddenById: null,
  withdrawnAt: null,
  createdAt: now,
  updatedAt: now,
};
const ana: Person = {
  id: "p1",
  platform: "slack",
  workspaceId: "T1",
  userId: "UANA",
  displayName: "Ana",
  locale: "es",
  localeChosen: false,
  timeZone: "Europe/Madrid",
  timeZoneChosen: false,
  isCoordinator: false,
  profileSyncedAt: null,
};

describe("application and cohort views", () => {
  it("keeps the cohort form within Slack's 100 blocks and pre-fills every field", () => {
    const view = cohortModal(formValuesFrom(cohort), t, cohort.id);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(JSON.parse(view.private_metadata!)).toEqual({ cohortId: "c1" });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
  });

  it("pre-fills the profile with the draft and asks for the sponsor when the cohort needs one", () => {
    const view = profileModal({
      cohort,
      application,
      answers: application.answers,
      t,
      dataPolicyUrl: "https://example.org/privacidad",
      resumed: true,
    });
    const block = (id: string) => view.blocks.find((b: any) => b.block_id === id) as any;
    expect(block("jobTitle").element.initial_value).toBe("Jefa de sección");
    expect(block("role").element.initial_option.value).toBe("mentee");
    expect(block("sponsorUserId").optional).toBeUndefined();
    expect(block("learnSkills").element.initial_options.map((o: any) => o.value)).toEqual(["spreadsheets"]);
    expect(view.notify_on_close).toBe(true);
    expect(JSON.stringify(view.blocks)).toContain("<https://example.org/privacidad|");
    expect(view.blocks.length).toBeLessThanOrEqual(100);
  });

  it("pages a long skills questionnaire so no page passes 100 blocks", () => {
    const skills = Array.from({ length: 95 }, (_, i) => ({
      id: `s${i}`,
      group: (i < 50 ? "competence" : "tool") as "competence" | "tool",
      name: `Skill ${i}`,
    }));
    const long = { ...cohort, skills };
    const pages = [0, 1, 2].map((page) => skillsModal(long, application, page, t));
    for (const page of pages) expect(page.blocks.length).toBeLessThanOrEqual(100);
    expect(pages.map((p) => p.blocks.filter((b) => b.type === "input").length)).toEqual([40, 40, 15]);
    expect(pages[0]!.submit!.text).toBe(t("apply.nextPage"));
    expect(pages[2]!.submit!.text).toBe(t("apply.send"));
    expect(pages[1]!.title.text).toBe(t("apply.skillsTitlePaged", { page: 2, pages: 3 }));
  });

  it("shows a sponsor only the answers a manager may see", () => {
    const message = slackScreen(
      sponsorRequestScreen(sponsorRequestView(application, cohort, ana, false)),
      slackReaderIn("es", "Europe/Madrid"),
    );
    const text = JSON.stringify(message.blocks);
    expect(text).toContain("Jefa de sección");
    expect(text).toContain("Usar la IA");
    expect(text).not.toContain("Tímida");
    expect(text).not.toContain("desmotivado");
    expect(text).toContain('"action_id":"sponsor.endorse","value":"a1"');
  });

  it("escapes what the coordinator typed in the announcement, so it cannot ping a whole channel", () => {
    const message = slackScreen(announcementScreen(cohort, now), slackReaderIn(cohort.locale, cohort.timeZone));
    // The notification text is mrkdwn: escaped. The header is plain text: as typed.
    expect(message.text).toBe("📣 Digital &lt;2027&gt;: postulaciones abiertas");
    expect(message.blocks[0]).toMatchObject({
      type: "header",
      text: { type: "plain_text", text: "📣 Digital <2027>: postulaciones abiertas" },
    });
    const text = JSON.stringify(message.blocks);
    expect(text).toContain("Transformación digital &lt;!channel&gt;");
    expect(text).not.toContain("<!channel>");
  });
});
