import { APP_BUTTONS, appButton, appForm } from "../../app/intents";
import { sendToTeams } from "./render";
import { TEAMS_FORM_SUBMIT } from "./render-form";
import type { SubmitHandler } from "./request";

function buttonHandler(name: string): SubmitHandler {
  return async (request, value) => {
    const button = appButton(name, value);
    if (button) await sendToTeams(request, await button(request.services, request.viewer));
  };
}

/** A form's submit: its name and data, and each field's value under the field's id. */
const formSubmitted: SubmitHandler = async (request, value) => {
  const submitted = appForm(value.form, value);
  if (submitted) await sendToTeams(request, await submitted(request.services, request.viewer));
};

/**
 * The application's buttons and forms (src/app/intents.ts), routed by the name a card's data carries.
 * Nothing here knows what any of them does.
 */
export const INTENT_HANDLERS: Record<string, SubmitHandler> = {
  ...Object.fromEntries(Object.keys(APP_BUTTONS).map((name) => [name, buttonHandler(name)])),
  [TEAMS_FORM_SUBMIT]: formSubmitted,
  // Pause cards posted before the button took the shared name.
  "pair.pause-open": buttonHandler("pair.pause"),
};
