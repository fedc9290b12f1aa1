import { applicationWindowOpen, type Cohort } from "../../../../../domain/cohorts/cohort";
import { applicationChoices, openApplication } from "../../../application-flow";
import { chooseCohort } from "../../../cohort-choice";
import { applyChoiceMessage, noCohortOpenText } from "../../../views/applications";
import { plainMessage } from "../../../views/text";
import type { CommandRequest } from "./request";

/** `/mentoring apply [cohort]`: the application form, or which cohort, or when the next one opens. */
export async function apply(request: CommandRequest): Promise<void> {
  const { viewer, rest, services, client, command, respond } = request;
  const reply = async (text: string): Promise<void> => {
    await respond({ response_type: "ephemeral", ...plainMessage(text) });
  };
  if (rest.trim()) {
    const real = (c: Cohort) => !c.isDemo;
    const cohort = await chooseCohort(services, viewer, rest, "apply", reply, real, real);
    if (!cohort) return;
    const refusal = await openApplication(services, client, viewer, cohort, command.trigger_id);
    if (refusal) await reply(refusal);
    return;
  }
  const { open, next } = await applicationChoices(services);
  if (open.length === 1) {
    const refusal = await openApplication(services, client, viewer, open[0]!, command.trigger_id);
    if (refusal) await reply(refusal);
    return;
  }
  if (open.length > 1) {
    const now = services.clock.now();
    await respond({
      response_type: "ephemeral",
      ...applyChoiceMessage(
        open.filter((c) => applicationWindowOpen(c, now)),
        viewer.t,
        viewer.locale,
        viewer.timeZone,
      ),
    });
    return;
  }
  await reply(noCohortOpenText(next, viewer.t, viewer.locale, viewer.timeZone));
}
