import type { GoalRepository } from "../domain/meetings/goal-service";
import type { Goal, GoalPhase, SmartCriteria } from "../domain/meetings/goals";
import type { Goal as GoalRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

// SQLite hands Json columns back as text; PostgreSQL as objects.
const json = <T>(value: unknown): T => (typeof value === "string" ? JSON.parse(value) : value) as T;

export class PrismaGoalRepository implements GoalRepository {
  constructor(private readonly db: Database) {}

  async listByPair(pairId: string): Promise<Goal[]> {
    return (await this.db.goal.findMany({ where: { pairId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(
      toGoal,
    );
  }

  async find(id: string): Promise<Goal | null> {
    const row = await this.db.goal.findUnique({ where: { id } });
    return row ? toGoal(row) : null;
  }

  async countByPair(pairId: string): Promise<number> {
    return this.db.goal.count({ where: { pairId } });
  }

  async create(goal: Omit<Goal, "id">): Promise<Goal> {
    const row = await this.db.goal.create({
      data: {
        pairId: goal.pairId,
        title: goal.title,
        priority: goal.priority,
        smart: goal.smart as object,
        phases: goal.phases as object[],
        createdAt: goal.createdAt,
      },
    });
    return toGoal(row);
  }

  async save(goals: Goal[]): Promise<void> {
    if (goals.length === 0) return;
    // One transaction, so a reordering is never seen half-way.
    await this.db.$transaction(
      goals.map((goal) =>
        this.db.goal.updateMany({
          where: { id: goal.id, pairId: goal.pairId },
          data: {
            title: goal.title,
            priority: goal.priority,
            smart: goal.smart as object,
            phases: goal.phases as object[],
          },
        }),
      ),
    );
  }

  async remove(id: string, renumbered: Goal[]): Promise<void> {
    await this.db.$transaction([
      this.db.goal.deleteMany({ where: { id } }),
      ...renumbered.map((goal) =>
        this.db.goal.updateMany({ where: { id: goal.id, pairId: goal.pairId }, data: { priority: goal.priority } }),
      ),
    ]);
  }
}

function toGoal(row: GoalRow): Goal {
  const smart = json<Partial<SmartCriteria>>(row.smart) ?? {};
  const phases = json<Partial<GoalPhase>[]>(row.phases) ?? [];
  const phase = (index: number): GoalPhase => ({
    text: String(phases[index]?.text ?? ""),
    done: phases[index]?.done === true,
  });
  return {
    id: row.id,
    pairId: row.pairId,
    title: row.title,
    priority: row.priority,
    smart: {
      specific: smart.specific ?? "",
      measurable: smart.measurable ?? "",
      achievable: smart.achievable ?? "",
      relevant: smart.relevant ?? "",
      timeBound: smart.timeBound ?? null,
    },
    phases: [phase(0), phase(1), phase(2)],
    createdAt: row.createdAt,
  };
}
