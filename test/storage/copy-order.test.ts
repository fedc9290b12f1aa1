import { describe, expect, it } from "vitest";
import { COPY_ORDER } from "../../scripts/copy-database";
import { Prisma } from "../../src/generated/prisma/client";

describe("db:copy", () => {
  it("copies every model (a new model must be added to its order)", () => {
    expect([...COPY_ORDER].sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });
});
