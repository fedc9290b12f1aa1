import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n";

const en = translator("en", "slack");
const es = translator("es", "slack");

describe("counts read right for one and for many", () => {
  it("an approval says how many pairs are introduced and how many people were told why", () => {
    const one = { version: 2, cohort: "Piloto", pairs: 1, unmatched: 1 };
    const many = { version: 2, cohort: "Piloto", pairs: 4, unmatched: 3 };
    expect(en("matching.approvedDone", one)).toBe(
      "✅ Proposal 2 for *Piloto* approved: 1 pair is being introduced and 1 person told why they were not matched.",
    );
    expect(en("matching.approvedDone", many)).toBe(
      "✅ Proposal 2 for *Piloto* approved: 4 pairs are being introduced and 3 people told why they were not matched.",
    );
    expect(es("matching.approvedDone", one)).toBe(
      "✅ Propuesta 2 para *Piloto* aprobada: se está presentando 1 pareja y avisando a 1 persona de por qué quedó sin pareja.",
    );
    expect(es("matching.approvedDone", many)).toBe(
      "✅ Propuesta 2 para *Piloto* aprobada: se están presentando 4 parejas y avisando a 3 personas de por qué quedaron sin pareja.",
    );
  });

  it("a cohort's line counts its applications", () => {
    const line = { name: "Piloto", status: "Abierta", opens: "1", closes: "2" };
    expect(en("cohorts.listLine", { ...line, count: 1 })).toMatch(/· 1 application$/);
    expect(en("cohorts.listLine", { ...line, count: 0 })).toMatch(/· 0 applications$/);
    expect(es("cohorts.listLine", { ...line, count: 1 })).toMatch(/· 1 postulación$/);
    expect(es("cohorts.listLine", { ...line, count: 7 })).toMatch(/· 7 postulaciones$/);
  });

  it("a logged session counts its action items, also in Latin American Spanish", () => {
    const vars = { date: "1 dic", partner: "Ana" };
    expect(en("rhythm.log.saved", { ...vars, count: 1 })).toContain("with 1 action item.");
    expect(en("rhythm.log.saved", { ...vars, count: 2 })).toContain("with 2 action items.");
    expect(es("rhythm.log.saved", { ...vars, count: 1 })).toContain("con 1 acción.");
    expect(es("rhythm.log.saved", { ...vars, count: 2 })).toContain("con 2 acciones.");
  });

  it("hidden rows of an anonymous report agree with their count", () => {
    expect(en("report.skillsHidden", { count: 1, min: 3 })).toContain("1 row with fewer than 3 people is not shown");
    expect(es("report.skillsHidden", { count: 2, min: 3 })).toContain("2 filas con menos de 3 personas no se muestran");
  });
});

describe("message keys", () => {
  it("are checked by the compiler: a key the catalogues lack does not build, and shows as itself", () => {
    // @ts-expect-error: not a catalogue key
    expect(en("no.such.key")).toBe("no.such.key");
    // A plural's forms are asked for by their base key only.
    // @ts-expect-error: "_one" is i18next's business, not the caller's
    expect(en("counts.pairs_one", { count: 1 })).toBe("1 pair");
  });
});
