import type { Locale } from "../locale";
import { starterSkills } from "../skills-catalogue";
import { pick, pickWeighted, randomInt, seededRandom, type Random } from "./random";
import type { MatchCandidate, MatchRole, MatchRules, Skill } from "./types";

/**
 * A made-up cohort shaped like the seeds' programme, Chile's civil-service "Mentoría Digital":
 * young staff (around 28) strong in digital tools mentor senior staff (around 59) who know the
 * organisation and its procedures but are weak in the tools; several departments and managers;
 * mostly Spanish speakers, some English; mostly Santiago and Madrid hours; a few "both", some
 * mentors taking two or three mentees. Skills are skewed: everyone wants AI assistants and
 * spreadsheets, few want social media. Pure and deterministic (same options, same cohort), for
 * the benchmark, tests and a demo cohort.
 */
export interface SyntheticCohortOptions {
  size: number;
  seed: number;
  locale: Locale;
  /** "classic" swaps who applies as mentor: seniors mentor juniors. Default "reverse". */
  mode?: MatchRules["mode"];
}

export interface SyntheticCohort {
  candidates: MatchCandidate[];
  skills: Skill[];
}

/** The rules a new reverse-mentoring cohort starts with. */
export const DEFAULT_MATCHING_RULES: MatchRules = {
  mode: "reverse",
  avoidSameManager: true,
  avoidSameDepartment: false,
  requireSharedLanguage: true,
  minOverlapMinutes: 60,
  avoidRepeatPairs: true,
  allowMultipleMentees: true,
};

const DEPARTMENTS = [
  "finanzas",
  "recursos humanos",
  "tecnología",
  "jurídica",
  "comunicaciones",
  "planificación",
  "atención ciudadana",
  "auditoría",
];
const DEPARTMENT_WEIGHTS = [14, 12, 8, 10, 9, 11, 22, 6];

const SPANISH_FIRST = [
  "Camila",
  "Valentina",
  "Javiera",
  "Catalina",
  "Francisca",
  "Constanza",
  "Fernanda",
  "Daniela",
  "Isidora",
  "Antonia",
  "María José",
  "Carolina",
  "Patricia",
  "Verónica",
  "Ximena",
  "Marcela",
  "Gloria",
  "Carmen",
  "Lucía",
  "Pilar",
  "Matías",
  "Benjamín",
  "Vicente",
  "Tomás",
  "Sebastián",
  "Nicolás",
  "Diego",
  "Felipe",
  "Joaquín",
  "Cristóbal",
  "Juan Carlos",
  "Luis",
  "Jorge",
  "Patricio",
  "Rodrigo",
  "Sergio",
  "Héctor",
  "Manuel",
  "Javier",
  "Alberto",
];
const SPANISH_LAST = [
  "González",
  "Muñoz",
  "Rojas",
  "Díaz",
  "Pérez",
  "Soto",
  "Contreras",
  "Silva",
  "Martínez",
  "Sepúlveda",
  "Morales",
  "Rodríguez",
  "López",
  "Fuentes",
  "Hernández",
  "Torres",
  "Araya",
  "Flores",
  "Espinoza",
  "Valenzuela",
  "Castillo",
  "Tapia",
  "Reyes",
  "Gutiérrez",
  "Castro",
  "Pizarro",
  "Álvarez",
  "Vásquez",
  "Sánchez",
  "Fernández",
  "García",
  "Romero",
  "Navarro",
  "Ruiz",
  "Jiménez",
  "Moreno",
];
const ENGLISH_FIRST = [
  "Emily",
  "Olivia",
  "Sophie",
  "Grace",
  "Hannah",
  "Laura",
  "James",
  "Thomas",
  "Daniel",
  "Oliver",
  "William",
  "Michael",
];
const ENGLISH_LAST = [
  "Smith",
  "Jones",
  "Taylor",
  "Brown",
  "Wilson",
  "Evans",
  "Carter",
  "Walker",
  "Hughes",
  "Clarke",
  "Wright",
  "Hall",
];

/** Skills the organisation's seniors know well, and juniors want to deepen (the give-back). */
const ORGANISATIONAL = new Set(["e-government", "presentations", "information-literacy", "digital-identity"]);
/** Mentees' wishes, skewed: relative popularity per skill. */
const WISH_WEIGHTS: Record<string, number> = {
  "generative-ai": 30,
  spreadsheets: 22,
  dashboards: 14,
  "cloud-documents": 10,
  "video-meetings": 8,
  cybersecurity: 8,
  "task-boards": 6,
  "team-chat": 5,
  "data-management": 5,
  "online-communication": 4,
  "content-creation": 3,
  "problem-solving": 3,
  "digital-transformation": 3,
  "social-media": 1,
};
const GIVE_BACK_WISHES: Record<string, number> = {
  "e-government": 10,
  presentations: 8,
  "information-literacy": 5,
  "digital-identity": 3,
  "digital-transformation": 4,
};

const ZONES = ["America/Santiago", "Europe/Madrid", "America/Bogota", "Europe/London"];
const ZONE_WEIGHTS = [72, 22, 3, 3];
const HOURS: Record<string, { start: string; end: string; weight: number }[]> = {
  "America/Santiago": [
    { start: "08:30", end: "17:30", weight: 50 },
    { start: "09:00", end: "18:00", weight: 35 },
    { start: "08:00", end: "14:00", weight: 15 },
  ],
  "Europe/Madrid": [
    { start: "09:00", end: "18:00", weight: 45 },
    { start: "08:00", end: "15:00", weight: 40 },
    { start: "10:00", end: "19:00", weight: 15 },
  ],
  "America/Bogota": [{ start: "08:00", end: "17:00", weight: 1 }],
  "Europe/London": [{ start: "09:00", end: "17:30", weight: 1 }],
};

type Profile = "junior" | "senior" | "middle";

/** A 1–5 rating drawn with the given weights for 1, 2, 3, 4, 5. */
function draw(random: Random, weights: readonly number[]): number {
  return pickWeighted(random, [1, 2, 3, 4, 5], weights);
}

function skillRating(random: Random, profile: Profile, skill: Skill): number {
  const organisational = ORGANISATIONAL.has(skill.id);
  if (profile === "junior") {
    if (organisational) return draw(random, [2, 5, 4, 2, 1]);
    return skill.group === "tool" ? draw(random, [0, 1, 3, 8, 8]) : draw(random, [0, 1, 5, 7, 3]);
  }
  if (profile === "senior") {
    if (organisational) return draw(random, [0, 1, 3, 6, 5]);
    return skill.group === "tool" ? draw(random, [6, 7, 3, 1, 0]) : draw(random, [3, 7, 5, 1, 0]);
  }
  return draw(random, [1, 3, 6, 4, 2]);
}

/** Distinct picks by weight. */
function pickSome(random: Random, weights: Record<string, number>, count: number): string[] {
  const items = Object.keys(weights);
  const chosen = new Set<string>();
  while (chosen.size < Math.min(count, items.length)) {
    const left = items.filter((item) => !chosen.has(item));
    chosen.add(
      pickWeighted(
        random,
        left,
        left.map((item) => weights[item]!),
      ),
    );
  }
  return [...chosen];
}

export function syntheticCohort(options: SyntheticCohortOptions): SyntheticCohort {
  const random = seededRandom(options.seed);
  const skills = starterSkills(options.locale);
  const reverse = (options.mode ?? "reverse") === "reverse";
  const width = String(Math.max(1, options.size)).length;
  // Each department starts with a few managers outside the cohort; some seniors manage too.
  const managers = new Map(DEPARTMENTS.map((d, i) => [d, [1, 2, 3].map((k) => `manager-${i + 1}-${k}`)]));
  const candidates: MatchCandidate[] = [];
  for (let i = 0; i < options.size; i++) {
    const number = String(i + 1).padStart(width, "0");
    const role = pickWeighted<MatchRole>(random, ["mentor", "mentee", "both"], [44, 49, 7]);
    const profile: Profile = role === "both" ? "middle" : (role === "mentor") === reverse ? "junior" : "senior";
    const department = pickWeighted(random, DEPARTMENTS, DEPARTMENT_WEIGHTS);
    const pool = managers.get(department)!;
    const managerId = random() < 0.9 ? pick(random, pool) : null;
    const personId = `synthetic-person-${number}`;
    if (profile === "senior" && random() < 0.15) pool.push(personId);
    const timeZone = pickWeighted(random, ZONES, ZONE_WEIGHTS);
    const hours = HOURS[timeZone]!;
    const { start, end } = pickWeighted(
      random,
      hours,
      hours.map((h) => h.weight),
    );
    const days = random() < 0.9 ? [1, 2, 3, 4, 5] : [1, 2, 3, 4];
    const languages = pickWeighted(
      random,
      [["es"], ["es", "en"], ["en"]],
      timeZone.startsWith("Europe/London") ? [0, 2, 8] : [82, 13, 5],
    );
    const english = languages[0] === "en" || (languages.length > 1 && random() < 0.3);
    const name = english
      ? `${pick(random, ENGLISH_FIRST)} ${pick(random, ENGLISH_LAST)}`
      : `${pick(random, SPANISH_FIRST)} ${pick(random, SPANISH_LAST)} ${pick(random, SPANISH_LAST)}`;
    const ratings: Record<string, number> = {};
    for (const skill of skills) ratings[skill.id] = skillRating(random, profile, skill);
    // Juniors want the organisational side; seniors want the tools; "both" a little of each.
    const learns =
      profile === "junior"
        ? pickSome(random, GIVE_BACK_WISHES, 1 + randomInt(random, 2))
        : profile === "senior"
          ? pickSome(random, WISH_WEIGHTS, 2 + randomInt(random, 3))
          : [...pickSome(random, WISH_WEIGHTS, 1 + randomInt(random, 2)), ...pickSome(random, GIVE_BACK_WISHES, 1)];
    const capacity = role === "mentor" ? pickWeighted(random, [1, 2, 3], [70, 22, 8]) : 1;
    candidates.push({
      id: `synthetic-${number}`,
      personId,
      name,
      role,
      capacity,
      ratings,
      learns: [...new Set(learns)],
      department,
      managerId,
      languages,
      timeZone,
      workingHours: { start, end, days },
    });
  }
  return { candidates, skills };
}
