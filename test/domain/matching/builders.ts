import {
  DEFAULT_MATCHING_RULES,
  type MatchCandidate,
  type MatchingInput,
  type MatchRules,
  type Skill,
} from "../../../src/domain/matching";

/** Small hand-made cohorts for the engine's unit tests. */
export const SKILLS: Skill[] = [
  { id: "spreadsheets", group: "tool", name: "Spreadsheets" },
  { id: "generative-ai", group: "tool", name: "AI assistants" },
  { id: "e-government", group: "tool", name: "Online public services" },
  { id: "presentations", group: "tool", name: "Presentations" },
];

/** Every rule on, as a new reverse-mentoring cohort starts. */
export const RULES: MatchRules = DEFAULT_MATCHING_RULES;

/** Winter in the north, summer in the south: Madrid is UTC+1, Santiago UTC−3. */
export const JANUARY = new Date("2026-01-15T12:00:00Z");
/** Summer in the north, winter in the south: Madrid is UTC+2, Santiago UTC−4. */
export const JULY = new Date("2026-07-15T12:00:00Z");

export function person(id: string, fields: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    personId: `person-${id}`,
    name: id,
    role: "mentee",
    capacity: 1,
    ratings: {},
    learns: [],
    department: "",
    managerId: null,
    languages: ["es"],
    timeZone: "Europe/Madrid",
    workingHours: { start: "09:00", end: "17:00", days: [1, 2, 3, 4, 5] },
    ...fields,
  };
}

/** A young digital mentor: strong in the tools, wants to learn the organisation's procedures. */
export function digitalMentor(id: string, fields: Partial<MatchCandidate> = {}): MatchCandidate {
  return person(id, {
    role: "mentor",
    ratings: { spreadsheets: 5, "generative-ai": 5, "e-government": 1, presentations: 2 },
    learns: ["e-government"],
    ...fields,
  });
}

/** A senior mentee: weak in the tools, strong in the procedures. */
export function seniorMentee(id: string, fields: Partial<MatchCandidate> = {}): MatchCandidate {
  return person(id, {
    role: "mentee",
    ratings: { spreadsheets: 1, "generative-ai": 1, "e-government": 5, presentations: 4 },
    learns: ["spreadsheets", "generative-ai"],
    ...fields,
  });
}

export function cohortInput(
  candidates: MatchCandidate[],
  fields: Partial<Omit<MatchingInput, "rules">> & { rules?: Partial<MatchRules> } = {},
): MatchingInput {
  const { rules, ...rest } = fields;
  return {
    candidates,
    skills: SKILLS,
    locks: [],
    exclusions: [],
    pastPairs: [],
    referenceDate: JANUARY,
    ...rest,
    rules: { ...RULES, ...rules },
  };
}

/** The pairs of a result as "mentor→mentee" strings, sorted: easy to compare. */
export function pairsOf(result: { pairs: { mentorId: string; menteeId: string }[] }): string[] {
  return result.pairs.map((pair) => `${pair.mentorId}→${pair.menteeId}`).sort();
}
