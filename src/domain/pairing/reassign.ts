import type { PartnerOption } from "../matching";

/** As many partners as Slack's select holds (Teams lists the same), best fit first. */
export const MAX_REASSIGN_OPTIONS = 100;

/** A choice's value: which way round the new pair goes. */
export function reassignValue(option: Pick<PartnerOption, "mentorId" | "menteeId">): string {
  return `${option.mentorId}|${option.menteeId}`;
}

export function parseReassignValue(value: unknown): { mentorId: string; menteeId: string } | undefined {
  const [mentorId, menteeId, extra] = typeof value === "string" ? value.split("|") : [];
  return mentorId && menteeId && extra === undefined ? { mentorId, menteeId } : undefined;
}

/** The partners a candidate may be given: allowed ones only, best fit first, as many as a list holds. */
export function allowedPartners(options: PartnerOption[]): PartnerOption[] {
  return options.filter((o) => o.blockedBy.length === 0).slice(0, MAX_REASSIGN_OPTIONS);
}
