import type { PlannedPlenary } from "../domain/meetings/plenaries";
import type { AttendanceSource, Plenary, PlenaryAttendance, PlenaryRepository } from "../domain/meetings/plenary-service";
import type { Plenary as PlenaryRow, PlenaryAttendance as AttendanceRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export class PrismaPlenaryRepository implements PlenaryRepository {
  constructor(private readonly db: Database) {}

  async listByCohort(cohortId: string): Promise<Plenary[]> {
    return (await this.db.plenary.findMany({ where: { cohortId }, orderBy: [{ startsAt: "asc" }, { number: "asc" }] })).map(toPlenary);
  }

  async find(id: string): Promise<Plenary | null> {
    const row = await this.db.plenary.findUnique({ where: { id } });
    return row ? toPlenary(row) : null;
  }

  async createMissing(cohortId: string, planned: PlannedPlenary[]): Promise<number> {
    const existing = new Set((await this.db.plenary.findMany({ where: { cohortId }, select: { number: true } })).map((p) => p.number));
    let created = 0;
    for (const plenary of planned.filter((p) => !existing.has(p.number))) {
      try {
        await this.db.plenary.create({ data: { cohortId, number: plenary.number, startsAt: plenary.startsAt, durationMinutes: plenary.durationMinutes } });
        created++;
      } catch (error) {
        // Another coordinator generated the same plan at the same moment: theirs stands.
        if ((error as { code?: string }).code !== "P2002") throw error;
      }
    }
    return created;
  }

  async update(id: string, change: Pick<Plenary, "startsAt" | "durationMinutes">): Promise<Plenary> {
    return toPlenary(await this.db.plenary.update({ where: { id }, data: { startsAt: change.startsAt, durationMinutes: change.durationMinutes } }));
  }

  async attendanceOf(plenaryIds: string[]): Promise<PlenaryAttendance[]> {
    if (plenaryIds.length === 0) return [];
    return (await this.db.plenaryAttendance.findMany({ where: { plenaryId: { in: plenaryIds } } })).map(toAttendance);
  }

  async saveAttendance(records: PlenaryAttendance[]): Promise<void> {
    if (records.length === 0) return;
    await this.db.$transaction(
      records.map((record) =>
        this.db.plenaryAttendance.upsert({
          where: { plenaryId_personId: { plenaryId: record.plenaryId, personId: record.personId } },
          create: record,
          update: { attended: record.attended, source: record.source, recordedById: record.recordedById, recordedAt: record.recordedAt },
        }),
      ),
    );
  }
}

function toPlenary(row: PlenaryRow): Plenary {
  return { id: row.id, cohortId: row.cohortId, number: row.number, startsAt: row.startsAt, durationMinutes: row.durationMinutes, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

function toAttendance(row: AttendanceRow): PlenaryAttendance {
  return { plenaryId: row.plenaryId, personId: row.personId, attended: row.attended, source: row.source as AttendanceSource, recordedById: row.recordedById, recordedAt: row.recordedAt };
}
