import { z } from "zod";
import { isActive } from "../../../domain/cohorts/cohort";
import { plenaryListCard } from "../cards/plenaries";
import { chooseCohort } from "../cohort-choice";
import type { TeamsRequest } from "../request";

const PLAN = new Set(["plan", "generate", "generar", "planificar"]);
const LIST = new Set(["list", "lista", "listar", "ver", "show"]);

/** `plenary [cohort] [plan|list]`: the cohort's plenaries, or the plan generated at once. */
export async function plenaryCommand(request: TeamsRequest, rest: string): Promise<void> {
  const words = rest.split(/\s+/).filter(Boolean);
  const last = (words.at(-1) ?? "").toLowerCase();
  const verb = PLAN.has(last) ? "plan" : LIST.has(last) ? "list" : null;
  const cohort = await chooseCohort(request, verb ? words.slice(0, -1).join(" ") : rest, "plenary", (c) => isActive(c) && !c.isDemo);
  if (!cohort) return;
  if (verb === "plan") return generatePlan(request, cohort.id);
  const { services, viewer } = request;
  await request.card(plenaryListCard(await services.plenaries.list(cohort), viewer.t, viewer.locale, viewer.timeZone));
}

async function generatePlan(request: TeamsRequest, cohortId: string): Promise<void> {
  const { services, viewer } = request;
  const { t } = viewer;
  const result = await services.plenaries.generate(cohortId);
  if (!result.ok) {
    const cohort = result.reason === "no-dates" ? await services.cohorts.findById(cohortId) : null;
    return request.reply(cohort ? t("plenaries.noDates", { cohort: cohort.name }) : t("cohorts.gone"));
  }
  const name = result.list.cohort.name;
  const note = result.created > 0 ? t("plenaries.generated", { created: result.created, cohort: name }) : t("plenaries.alreadyPlanned", { cohort: name });
  await request.card(plenaryListCard(result.list, t, viewer.locale, viewer.timeZone, note));
}

/** "Generate plan" on the plenary card. */
export async function plenaryGenerate(request: TeamsRequest, value: Record<string, unknown>): Promise<void> {
  if (!request.viewer.isCoordinator) return request.reply(request.viewer.t("common.coordinatorOnly", { command: "plenary" }));
  await generatePlan(request, z.object({ cohortId: z.string().min(1) }).safeParse(value).data?.cohortId ?? "-");
}
