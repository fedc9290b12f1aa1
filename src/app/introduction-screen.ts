import type { IntroducedPerson, IntroductionView } from "../domain/pairing/introduction";
import { type Text, type TextValue, text } from "./reply";
import { type Screen, screen } from "./screen";

/** Reasons named in the introduction: what each partner teaches the other. */
const REASONS_SHOWN = 4;

function named(person: IntroducedPerson): TextValue {
  return { person: { userId: person.platformId, name: person.name, platform: person.platform } };
}

function reasons(view: IntroductionView): Text[] {
  const skill = (id: string) => view.skills.find((s) => s.id === id)?.name ?? id;
  const names = { mentor: view.mentor.name, mentee: view.mentee.name };
  return view.reasons.flatMap((reason): Text[] => {
    if (reason.kind !== "teaches" && reason.kind !== "gives-back") return [];
    const vars = {
      ...names,
      skill: skill(reason.skillId),
      mentorRating: reason.mentorRating,
      menteeRating: reason.menteeRating,
    };
    if (reason.kind === "gives-back") return [text("matching.reasons.givesBack", vars)];
    return [text(reason.menteeWants ? "matching.reasons.teachesWanted" : "matching.reasons.teaches", vars)];
  });
}

/**
 * The pair's introduction: who is who, what each brings, how to start, and the buttons to plan the
 * first session and set goals (each opens something private to whoever clicks it). `chatWithPartner`:
 * an address that opens the reader's chat with their partner, where their platform has one.
 */
export function introductionScreen(
  view: IntroductionView,
  reader?: { personId: string; chatWithPartner?: string },
): Screen {
  const title = text("matching.intro.title", { cohort: view.cohortName });
  const brings = reasons(view).slice(0, REASONS_SHOWN);
  const partner = reader?.personId === view.mentor.personId ? view.mentee : view.mentor;
  const chat = reader?.chatWithPartner;
  const pair = { pairId: view.pairId };
  return screen(title, [
    { kind: "title", text: title },
    {
      kind: "text",
      text: text("matching.intro.who", {
        mentor: named(view.mentor),
        mentorJob: view.mentor.jobTitle,
        mentorDepartment: view.mentor.department,
        mentee: named(view.mentee),
        menteeJob: view.mentee.jobTitle,
        menteeDepartment: view.mentee.department,
      }),
    },
    brings.length > 0 && {
      kind: "text",
      text: text("matching.intro.gives", { reasons: { join: brings, with: "; " } }),
    },
    {
      kind: "text",
      text: text(view.mode === "reverse" ? "matching.intro.principles" : "matching.intro.principlesClassic"),
    },
    {
      kind: "text",
      text: text("matching.intro.agenda", {
        minutes: view.sessionMinutes,
        cadence: view.cadenceDays,
        sessions: view.minSessions,
      }),
    },
    { kind: "text", text: text("matching.intro.goals") },
    !!view.trainingUrl && { kind: "link", url: view.trainingUrl, text: text("matching.intro.trainingLabel") },
    !!chat && { kind: "text", text: text("teams.intro.chatHint", { partner: partner.name }) },
    {
      kind: "buttons",
      buttons: [
        ...(chat ? [{ url: chat, label: text("teams.intro.chatButton", { partner: partner.name }) }] : []),
        { action: "pair.plan", label: text("rhythm.planFirst"), data: pair, style: "primary" },
        { action: "pair.goals", label: text("goals.openButton"), data: pair },
      ],
    },
    // After the buttons, so Teams keeps them beside the text rather than in the card's action bar.
    { kind: "text", text: text("matching.intro.privacy"), subtle: true },
  ]);
}
