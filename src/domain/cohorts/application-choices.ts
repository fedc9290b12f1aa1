import { applicationWindowOpen, type Cohort } from "./cohort";

/** Cohorts open for applications right now (demos never are), and the next one to open. */
export function applicationChoices(cohorts: Cohort[], now: Date): { open: Cohort[]; next: Cohort | undefined } {
  const real = cohorts.filter((c) => !c.isDemo);
  const open = real.filter((c) => applicationWindowOpen(c, now));
  const next = real
    .filter((c) => c.status === "draft" && c.applicationsOpenAt > now)
    .sort((a, b) => a.applicationsOpenAt.getTime() - b.applicationsOpenAt.getTime())[0];
  return { open, next };
}
