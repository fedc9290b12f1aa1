import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { supportedLocale } from "../../src/domain/locale";
import { PeopleService } from "../../src/domain/people";
import { catalogues, regional, translator } from "../../src/i18n";
import { PrismaPeopleRepository } from "../../src/storage/people-repository";
import { openDatabase, type Database } from "../../src/storage/prisma-client";
import { freshDatabaseUrl } from "../support/database";
import { FakeClock } from "../support/fake-clock";

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ""): Map<string, string> =>
  new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === "string" ? [[`${prefix}${key}`, value]] : [...flatten(value, `${prefix}${key}.`)],
    ),
  );

/** Spain's second person plural: vosotros, vuestro, os, and its verb endings (dais, aprendéis, escuchad). */
const VOSOTROS =
  /(?<!\p{L})((vosotr|vuestr)\p{L}*|[Oo]s|\p{L}+(áis|éis)|dais|veis|reunís|Escuchad|preguntad|mantened|acordad|Acordad|fijad|Traed|Terminad)(?!\p{L})/iu;

describe("Latin American Spanish (es-419)", () => {
  const es = flatten(catalogues.es as unknown as Tree);
  const es419 = flatten(regional["es-419"] as unknown as Tree);

  it("is chosen for every Spanish but Spain's", () => {
    for (const locale of ["es-LA", "es-MX", "es-CL", "es-AR", "es-CO", "es-PE", "es-US", "es-419", "es_CL"])
      expect(supportedLocale(locale), locale).toBe("es-419");
    expect(supportedLocale("es-ES")).toBe("es");
    expect(supportedLocale("es")).toBe("es");
    expect(supportedLocale("en-GB")).toBe("en");
  });

  it("says every vosotros sentence of Spain's Spanish with ustedes, and only overrides keys Spain's has", () => {
    const vosotros = [...es].filter(([, text]) => VOSOTROS.test(text)).map(([key]) => key);
    expect(vosotros.length).toBeGreaterThan(20);
    expect(vosotros.filter((key) => !es419.has(key))).toEqual([]);
    expect([...es419].filter(([, text]) => VOSOTROS.test(text)).map(([key]) => key)).toEqual([]);
    expect([...es419.keys()].filter((key) => !es.has(key))).toEqual([]);
    const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect([...es419].filter(([key, text]) => `${variables(text)}` !== `${variables(es.get(key)!)}`)).toEqual([]);
  });

  it("falls back to Spain's Spanish where the words are the same", () => {
    expect(translator("es-419")("help.commands.help")).toBe(translator("es")("help.commands.help"));
    expect(translator("es-419", "slack")("matching.intro.privacy")).toBe(
      "Lo que escriban en Tandem sobre sus sesiones solo lo ven ustedes dos.",
    );
    expect(translator("es", "slack")("matching.intro.privacy")).toBe(
      "Lo que escribáis en Tandem sobre vuestras sesiones solo lo veis vosotros dos.",
    );
  });

  describe("follows each person's platform, unless they chose", () => {
    let db: Database;
    let people: PeopleService;
    const clock = new FakeClock("2026-11-23T09:00:00Z");

    beforeAll(async () => {
      db = await openDatabase(await freshDatabaseUrl());
      people = new PeopleService(
        new PrismaPeopleRepository(db),
        clock,
        { configuredCoordinators: [], defaultLocale: "en", defaultTimeZone: "UTC", profileMaxAgeMs: 3600_000 },
        { enqueue: async (jobs) => jobs.length },
      );
    });
    afterAll(() => db.$disconnect());

    const welcome = (locale: ReturnType<PeopleService["viewer"]>["locale"]) =>
      translator(locale, "slack")("matching.intro.title", { cohort: "Mentoría Digital" });

    it("a Chilean Slack user (es-LA) and a Teams user in es-CL are welcomed with ustedes; es-ES keeps vosotros", async () => {
      const chile = await people.identify({ platform: "slack", workspaceId: "T1", userId: "UCL" }, async () => ({
        displayName: "Camila",
        locale: "es-LA",
        timeZone: "America/Santiago",
      }));
      const teams = await people.identifyWithProfile(
        { platform: "teams", workspaceId: "tenant", userId: "aad-cl" },
        { displayName: "Matías", locale: "es-CL", timeZone: "America/Santiago" },
      );
      const spain = await people.identify({ platform: "slack", workspaceId: "T1", userId: "UES" }, async () => ({
        displayName: "Lucía",
        locale: "es-ES",
        timeZone: "Europe/Madrid",
      }));
      expect(welcome(people.viewer(chile).locale)).toBe("🤝 Les damos la bienvenida a su pareja en Mentoría Digital");
      expect(welcome(people.viewer(teams).locale)).toBe("🤝 Les damos la bienvenida a su pareja en Mentoría Digital");
      expect(welcome(people.viewer(spain).locale)).toBe("🤝 Bienvenidos a vuestra pareja en Mentoría Digital");
    });

    it("a saved choice wins over the platform's locale, also when the profile is read again", async () => {
      const key = { platform: "teams" as const, workspaceId: "tenant", userId: "aad-pick" };
      const chile = await people.identifyWithProfile(key, { displayName: "Vale", locale: "es-CL" });
      const chosen = await people.chooseLanguage(chile, "es");
      expect(chosen.ok).toBe(true);
      const again = await people.identifyWithProfile(key, { displayName: "Vale", locale: "es-CL" });
      expect(welcome(people.viewer(again).locale)).toBe("🤝 Bienvenidos a vuestra pareja en Mentoría Digital");
      const back = await people.chooseLanguage(again, "es-419");
      expect(back.ok && people.viewer(back.person).locale).toBe("es-419");
    });
  });
});
