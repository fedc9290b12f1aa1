import type { Locale } from "./locale";
import type { Skill } from "./matching/types";

/**
 * The starter skills catalogue a new cohort gets, in the toolkit's two groups: digital competences
 * (the five areas of the EU's DigComp 2.2 framework, split where a programme would want to tell
 * them apart) and everyday digital tools. Coordinators edit it per cohort.
 */
const STARTER: { id: string; group: Skill["group"]; es: string; en: string }[] = [
  {
    id: "information-literacy",
    group: "competence",
    es: "Búsqueda y evaluación de información",
    en: "Finding and evaluating information",
  },
  { id: "data-management", group: "competence", es: "Gestión de datos y archivos", en: "Managing data and files" },
  {
    id: "online-communication",
    group: "competence",
    es: "Comunicación y colaboración en línea",
    en: "Online communication and collaboration",
  },
  {
    id: "digital-identity",
    group: "competence",
    es: "Identidad y reputación digital",
    en: "Digital identity and reputation",
  },
  {
    id: "content-creation",
    group: "competence",
    es: "Creación de contenidos digitales",
    en: "Creating digital content",
  },
  {
    id: "cybersecurity",
    group: "competence",
    es: "Seguridad y protección de datos",
    en: "Security and data protection",
  },
  {
    id: "problem-solving",
    group: "competence",
    es: "Resolución de problemas técnicos",
    en: "Solving technical problems",
  },
  {
    id: "digital-transformation",
    group: "competence",
    es: "Innovación y transformación digital",
    en: "Innovation and digital transformation",
  },
  {
    id: "spreadsheets",
    group: "tool",
    es: "Hojas de cálculo (Excel, Google Sheets)",
    en: "Spreadsheets (Excel, Google Sheets)",
  },
  {
    id: "video-meetings",
    group: "tool",
    es: "Videoconferencias (Teams, Zoom, Meet)",
    en: "Video meetings (Teams, Zoom, Meet)",
  },
  {
    id: "cloud-documents",
    group: "tool",
    es: "Documentos compartidos y nube",
    en: "Shared documents and cloud storage",
  },
  { id: "team-chat", group: "tool", es: "Mensajería de equipo (Slack, Teams)", en: "Team chat (Slack, Teams)" },
  { id: "social-media", group: "tool", es: "Redes sociales profesionales", en: "Professional social media" },
  { id: "presentations", group: "tool", es: "Presentaciones", en: "Presentations" },
  {
    id: "task-boards",
    group: "tool",
    es: "Gestión de tareas y proyectos (Trello, Planner)",
    en: "Task and project boards (Trello, Planner)",
  },
  {
    id: "dashboards",
    group: "tool",
    es: "Paneles de datos (Power BI, Looker Studio)",
    en: "Data dashboards (Power BI, Looker Studio)",
  },
  {
    id: "e-government",
    group: "tool",
    es: "Trámites y firma electrónica",
    en: "Online public services and e-signature",
  },
  { id: "generative-ai", group: "tool", es: "Asistentes de inteligencia artificial", en: "AI assistants" },
];

export function starterSkills(locale: Locale): Skill[] {
  // The skills' names read the same in every Spanish.
  const language = locale === "en" ? "en" : "es";
  return STARTER.map((skill) => ({ id: skill.id, group: skill.group, name: skill[language] }));
}
