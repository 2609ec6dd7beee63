import type { AppState } from '../core/appState';
import { legendModel, type LegendModel } from '../core/legendModel';
import type { MapModel } from '../core/mapModel';
import { POINT_LINE, pointFill } from '../core/pointStyle';
import { t } from '../ui/i18n';
import { metricLabel } from '../ui/pickers';
import type { DerivedStyle } from './exportSource';

/** The legend of a state, for the page and for every export alike. */
export function legendFor(model: MapModel, s: AppState, d: DerivedStyle): LegendModel {
  const lang = s.lang;
  const label = (id: string) => metricLabel(model.dataset, id, lang);
  return legendModel(
    {
      lang,
      fillTitle: label(s.metric),
      colors: d.colors,
      pointsTitle: s.points ? label(s.points) : null,
      pointUnit: model.dataset.metrics.find((m) => m.id === s.points)?.unit ?? '',
      pointMax: d.pointMax,
      radius: d.radius,
      pointFill: pointFill(1),
      pointStroke: POINT_LINE,
    },
    (w) => t(w, lang),
  );
}
