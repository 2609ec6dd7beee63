import { unionBounds, type Bounds, type MapModel } from './mapModel';

/**
 * What a view preset frames: everything drawn ('all'), Guizhou's prefectures without the
 * province itself ('guizhou'), or one region by code; null for a code with nothing to frame.
 */
export function viewBounds(model: MapModel, v: string): Bounds | null {
  if (v === 'all') return model.bounds;
  const picked = model.rows
    .map((r, i) => ({ r, b: model.rowBounds[i] }))
    .filter(({ r }) =>
      v === 'guizhou' ? r.code.startsWith('52') && r.level !== 'province' : r.code === v,
    )
    .map(({ b }) => b)
    .filter((b): b is Bounds => b !== undefined);
  return picked.length ? unionBounds(picked) : null;
}
