import { isActive } from "../../../../../domain/cohorts/cohort";
import { parsePlenaryWords } from "../../../../../domain/command-words";
import { chooseCohort } from "../../../cohort-choice";
import { attendanceSummary, generatePlan, plenaryList } from "../../../plenary-flow";
import { plainMessage, type SlackMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

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
  const { verb, cohortName: name } = parsePlenaryWords(rest);
  const cohort = await chooseCohort(
    services,
    viewer,
    name,
    "plenary",
    (text) => reply(plainMessage(text)),
    (c) => isActive(c) && !c.isDemo,
  );
  if (!cohort) return;
  if (verb === "plan") return reply(await generatePlan(services, viewer, cohort.id));
  if (verb === "attendance") return reply(await attendanceSummary(services, viewer, cohort));
  return reply(await plenaryList(services, viewer, cohort));
}
