import { randomUUID } from "node:crypto";
import type { PlannedPlenary } from "../domain/meetings/plenaries";
import type {
  AttendanceSource,
  Plenary,
  PlenaryAttendance,
  PlenaryRepository,
} from "../domain/meetings/plenary-service";
import { Prisma } from "../generated/prisma/client";
import type { Plenary as PlenaryRow, PlenaryAttendance as AttendanceRow } from "../generated/prisma/client";
import type { Database } from "./prisma-client";

export class PrismaPlenaryRepository implements PlenaryRepository {
  constructor(private readonly db: Database) {}

  async listByCohort(cohortId: string): Promise<Plenary[]> {
    return (
      await this.db.plenary.findMany({ where: { cohortId }, orderBy: [{ startsAt: "asc" }, { number: "asc" }] })
    ).map(toPlenary);
  }

  async find(id: string): Promise<Plenary | null> {
    const row = await this.db.plenary.findUnique({ where: { id } });
    return row ? toPlenary(row) : null;
  }

  async createMissing(cohortId: string, planned: PlannedPlenary[]): Promise<number> {
    if (planned.length === 0) return 0;
    const now = new Date();
    const rows = planned.map(
      (p) =>
        Prisma.sql`(${randomUUID()}, ${cohortId}, ${p.number}, ${p.startsAt}, ${p.durationMinutes}, ${now}, ${now})`,
    );
    // Numbers the cohort has stay as they are (edits included). Another coordinator planning at
    // the same moment: theirs stands, and a refused insert would end the transaction on PostgreSQL.
    return this.db.$executeRaw`
      INSERT INTO "Plenary" ("id", "cohortId", "number", "startsAt", "durationMinutes", "createdAt", "updatedAt")
      VALUES ${Prisma.join(rows)}
      ON CONFLICT ("cohortId", "number") DO NOTHING`;
  }

  async update(id: string, change: Pick<Plenary, "startsAt" | "durationMinutes">): Promise<Plenary> {
    return toPlenary(
      await this.db.plenary.update({
        where: { id },
        data: { startsAt: change.startsAt, durationMinutes: change.durationMinutes },
      }),
    );
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
          update: {
            attended: record.attended,
            source: record.source,
            recordedById: record.recordedById,
            recordedAt: record.recordedAt,
          },
        }),
      ),
    );
  }
}

function toPlenary(row: PlenaryRow): Plenary {
  return {
    id: row.id,
    cohortId: row.cohortId,
    number: row.number,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

function toAttendance(row: AttendanceRow): PlenaryAttendance {
  return {
    plenaryId: row.plenaryId,
    personId: row.personId,
    attended: row.attended,
    source: row.source as AttendanceSource,
    recordedById: row.recordedById,
    recordedAt: row.recordedAt,
  };
}
