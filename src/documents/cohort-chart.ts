import { DateTime } from "luxon";
import type { TopLevelSpec } from "vega-lite";
import type { Locale } from "../domain/locale";
import type { CohortOverview } from "../domain/reporting/cohort-overview";
import type { Translate } from "../i18n";

/** The chart as data: sessions held per week, and attendance per plenary (vega-lite). */
export function cohortChartSpec(overview: CohortOverview, t: Translate, locale: Locale): TopLevelSpec {
  const weeks = overview.sessionsByWeek.map((w) => ({
    week: DateTime.fromISO(w.week).setLocale(locale).toFormat("d LLL"),
    order: w.week,
    held: w.held,
  }));
  const plenaries = overview.plenaries.map((p) => ({
    plenary: `#${p.number}`,
    order: p.number,
    rate: p.expected === 0 ? 0 : Math.round((p.attended / p.expected) * 100),
  }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    background: "white",
    title: t("cohortStatus.chartTitle", { cohort: overview.cohort.name }),
    vconcat: [
      {
        title: t("cohortStatus.chart.sessionsTitle"),
        width: 520,
        height: 160,
        data: { values: weeks },
        mark: { type: "bar", color: "#4A9B8E" },
        encoding: {
          x: { field: "week", type: "ordinal", sort: { field: "order" }, title: t("cohortStatus.chart.week") },
          y: { field: "held", type: "quantitative", title: t("cohortStatus.chart.sessions"), axis: { tickMinStep: 1 } },
        },
      },
      {
        title: t("cohortStatus.chart.attendanceTitle"),
        width: 520,
        height: 140,
        data: { values: plenaries },
        mark: { type: "bar", color: "#E07A5F" },
        encoding: {
          x: { field: "plenary", type: "ordinal", sort: { field: "order" }, title: t("cohortStatus.chart.plenary") },
          y: {
            field: "rate",
            type: "quantitative",
            title: t("cohortStatus.chart.attendance"),
            scale: { domain: [0, 100] },
          },
        },
      },
    ],
  };
}

/** Renders a vega-lite spec to PNG: vega draws SVG headless, resvg rasterises it (no canvas, no browser). */
export async function renderChartPng(spec: TopLevelSpec): Promise<Buffer> {
  // Loaded when a chart is first drawn, not at start: vega, vega-lite and resvg weigh ~170 MB of imports.
  const [vega, { compile }, { Resvg }] = await Promise.all([
    import("vega"),
    import("vega-lite"),
    import("@resvg/resvg-js"),
  ]);
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
  const svg = await view.toSVG(2);
  view.finalize();
  return new Resvg(svg, { background: "white", font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } })
    .render()
    .asPng();
}
