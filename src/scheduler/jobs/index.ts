import type { Deliverer } from "../../platforms/delivery";
import type { Services } from "../../services";
import type { JobHandler } from "../job-worker";
import { notifyHandler } from "./notify";

/** Every job kind the worker can run. */
export function jobHandlers(services: Services, deliverer: Deliverer): JobHandler<any>[] {
  return [notifyHandler(services, deliverer)];
}
