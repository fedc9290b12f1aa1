import {
  greedyPairing,
  randomPairing,
  runMatching,
  syntheticCohort,
  DEFAULT_MATCHING_RULES,
  type MatchingInput,
} from "../src/domain/matching";
import { oracleMatch } from "../test/domain/matching/oracle";
import { table } from "./support";

/**
 * The matching engine on seed-shaped cohorts (synthetic-cohort.ts: young mentors strong in the
 * digital tools, senior mentees strong in the organisation, a few "both", some mentors taking two
 * or three mentees, two languages, Santiago and Madrid hours), against the HiGHS MIP used as the
 * property tests' oracle, a greedy pairing and a random one, all on the same instance and rules.
 *
 * BENCH_MATCHING_SIZES (default 100,1000,10000) picks the cohort sizes. The MIP runs up to
 * BENCH_MIP_MAX_SIZE applicants (default 1000) with a time limit of BENCH_MIP_SECONDS (default
 * 600: at 1,000 applicants it needs minutes); its time includes writing the model. Past that size
 * it is skipped: its variables grow with the square of the cohort.
 */
const SIZES = (process.env.BENCH_MATCHING_SIZES ?? "100,1000,10000").split(",").map(Number);
const MIP_MAX_SIZE = Number(process.env.BENCH_MIP_MAX_SIZE ?? 1000);
const MIP_SECONDS = Number(process.env.BENCH_MIP_SECONDS ?? 600);
const SEED = 2026;
const REFERENCE_DATE = new Date("2026-06-15T12:00:00Z");

interface Run {
  ms: number;
  fit: number;
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

function benchInput(size: number): MatchingInput {
  const { candidates, skills } = syntheticCohort({ size, seed: SEED, locale: "es" });
  return {
    candidates,
    skills,
    rules: DEFAULT_MATCHING_RULES,
    locks: [],
    exclusions: [],
    pastPairs: [],
    referenceDate: REFERENCE_DATE,
  };
}

export async function matching(): Promise<void> {
  // Warm-up, so that the first size does not pay for compiling the code.
  const warm = benchInput(300);
  runMatching(warm);
  greedyPairing(warm);
  randomPairing(warm, 1);

  const rows: (string | number)[][] = [
    [
      "applicants",
      "engine ms",
      "engine fit",
      "MIP ms",
      "MIP fit",
      "MIP/engine time",
      "engine/MIP fit",
      "greedy ms",
      "greedy fit",
      "greedy/engine fit",
      "random ms",
      "random fit",
      "random/engine fit",
    ],
  ];
  const notes: string[] = [];
  const verdicts: string[] = [];
  let lastMip: { size: number; ms: number; variables: number } | undefined;
  for (const size of SIZES) {
    const input = benchInput(size);
    const engine = timed(() => runMatching(input));
    const { result, stats } = engine.value;
    const greedy = timed(() => greedyPairing(input));
    const random = timed(() => randomPairing(input, SEED));
    notes.push(
      `${size}: engine ${result.pairs.length} pairs, ${result.unmatched.length} unmatched; solver ${stats.solver}${stats.generalStart ? ` from the ${stats.generalStart} relaxation` : ""}, ${stats.rounds} round(s), ${stats.edges.toLocaleString("en")} candidate pairs seen.`,
    );
    let mip: (Run & { status: string }) | undefined;
    if (size <= MIP_MAX_SIZE) {
      const started = performance.now();
      const solved = await oracleMatch(input, { timeLimitSeconds: MIP_SECONDS });
      mip = { ms: performance.now() - started, fit: solved.total, status: solved.status };
      lastMip = { size, ms: mip.ms, variables: solved.variables };
      if (solved.status !== "Optimal")
        notes.push(
          `${size}: the MIP stopped at its ${MIP_SECONDS} s limit (${solved.status}); its fit is the best it had found.`,
        );
    } else if (lastMip) {
      const variables = lastMip.variables * (size / lastMip.size) ** 2;
      notes.push(
        `${size}: MIP skipped: about ${(variables / 1e6).toFixed(0)} million binary variables (one per allowed pair), against ${lastMip.variables.toLocaleString("en")} and ${(lastMip.ms / 1000).toFixed(0)} s at ${lastMip.size.toLocaleString("en")} applicants.`,
      );
    } else notes.push(`${size}: MIP skipped (BENCH_MIP_MAX_SIZE=${MIP_MAX_SIZE}).`);
    const ms = (n: number) => n.toFixed(0);
    const ratio = (x: number, y: number, digits = 4) => (y > 0 ? (x / y).toFixed(digits) : "–");
    rows.push([
      size.toLocaleString("en"),
      ms(engine.ms),
      result.totalScore.toFixed(1),
      mip ? ms(mip.ms) : "skipped",
      mip ? mip.fit.toFixed(1) : "–",
      mip ? `${(mip.ms / engine.ms).toFixed(0)}×` : "–",
      mip ? ratio(result.totalScore, mip.fit) : "–",
      ms(greedy.ms),
      greedy.value.totalScore.toFixed(1),
      ratio(greedy.value.totalScore, result.totalScore),
      ms(random.ms),
      random.value.totalScore.toFixed(1),
      ratio(random.value.totalScore, result.totalScore),
    ]);
    if (mip)
      verdicts.push(
        `${size}: ${result.totalScore === mip.fit ? "optimal (= MIP)" : mip.status === "Optimal" ? "NOT the MIP's optimum" : "MIP unfinished"}, ${(mip.ms / engine.ms).toFixed(0)}× faster`,
      );
    if (size >= 10_000)
      verdicts.push(
        `${size}: ${(engine.ms / 1000).toFixed(1)} s (${engine.ms < 60_000 ? "under" : "NOT under"} a minute)`,
      );
  }
  process.stdout.write(
    `\nmatching: seed-shaped cohorts (seed ${SEED}, default rules, reference date ${REFERENCE_DATE.toISOString().slice(0, 10)}); fit = total fit of all pairs\n${table(rows)}\n` +
      notes.map((n) => `  ${n}\n`).join("") +
      `aim: the optimum, ≥ 20× faster than the MIP at 1,000, 10,000 well under a minute -> ${verdicts.join("; ")}\n`,
  );
}
