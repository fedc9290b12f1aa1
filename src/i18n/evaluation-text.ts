import type { Locale } from "../domain/locale";
import type { EvaluationRequestView } from "../domain/messages";
import { formatDate, same, type Escape, type Translate } from ".";

/** A questionnaire's request or reminder, in the reader's words; `escape` guards the platform's markup. */
export function evaluationRequestText(
  view: EvaluationRequestView,
  t: Translate,
  locale: Locale,
  zone: string,
  escape: Escape = same,
): string {
  const vars = {
    cohort: escape(view.cohortName),
    closes: formatDate(new Date(view.closesAt), locale, zone),
    kind: t(`evaluation.kindName.${view.kind}`),
  };
  return view.reminder ? t("evaluation.request.reminder", vars) : t(`evaluation.request.${view.kind}`, vars);
}
