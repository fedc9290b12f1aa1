import { isActive } from "../../../../../domain/cohorts/cohort";
import { chooseCohort } from "../../../cohort-choice";
import { attendanceSummary, generatePlan, plenaryList } from "../../../plenary-flow";
import { plainMessage, type SlackMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

const PLAN = new Set(["plan", "generate", "generar", "planificar"]);
const LIST = new Set(["list", "lista", "listar", "ver", "show"]);
const ATTENDANCE = new Set(["attendance", "asistencia"]);

/**
 * `/mentoring plenary [cohort] plan|list|attendance`: the cohort's plenaries with Edit and
 * Attendance buttons (or "Generate plan" while there are none); `plan` generates it at once;
 * `attendance` sums up each person's attendance so far.
 */
export async function managePlenaries(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, respond } = request;
  const reply = async (message: SlackMessage): Promise<void> => {
    await respond({ response_type: "ephemeral", ...message });
  };
  const words = rest.split(/\s+/).filter(Boolean);
  const last = (words.at(-1) ?? "").toLowerCase();
  const verb = PLAN.has(last) ? "plan" : ATTENDANCE.has(last) ? "attendance" : LIST.has(last) ? "list" : null;
  const name = verb ? words.slice(0, -1).join(" ") : rest;
  const cohort = await chooseCohort(services, viewer, name, "plenary", (text) => reply(plainMessage(text)), (c) => isActive(c) && !c.isDemo);
  if (!cohort) return;
  if (verb === "plan") return reply(await generatePlan(services, viewer, cohort.id));
  if (verb === "attendance") return reply(await attendanceSummary(services, viewer, cohort));
  return reply(await plenaryList(services, viewer, cohort));
}
