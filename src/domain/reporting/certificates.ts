/** What a certificate asks for (the seeds' "Mentor Digital" diploma). */
export type Requirement = "attendance" | "sessions" | "plan" | "evaluation";

export interface ParticipantProgress {
  personId: string;
  role: "mentor" | "mentee";
  pairIds: string[];
  /** Sessions held, in the pair with the fewest (a mentor with two mentees holds the minimum with each). */
  sessionsHeld: number;
  minSessions: number;
  plenariesAttended: number;
  plenariesHeld: number;
  /** 0–100; 100 when no plenary was held. */
  attendanceRate: number;
  attendanceThreshold: number;
  /** At least one goal picked, and each picked goal's first step and main action done. */
  planCompleted: boolean;
  finalAnswered: boolean;
}

/** The requirements not met, in the order the person should read them; empty means eligible. */
export function missingRequirements(p: ParticipantProgress): Requirement[] {
  const missing: Requirement[] = [];
  if (p.attendanceRate < p.attendanceThreshold) missing.push("attendance");
  if (p.sessionsHeld < p.minSessions) missing.push("sessions");
  if (!p.planCompleted) missing.push("plan");
  if (!p.finalAnswered) missing.push("evaluation");
  return missing;
}

/** The plan counts as carried out when the pair picked goals and did what each one's plan asked. */
export function planCompleted(goals: { picked: boolean; phasesDone: number }[]): boolean {
  const picked = goals.filter((g) => g.picked);
  return picked.length > 0 && picked.every((g) => g.phasesDone >= 2);
}
