import type { MapModel } from './mapModel';

// Printable ASCII (digits, Latin names, %, separators) and the signs values are written with.
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const SIGNS = '≥≤≈~万亿—…、：';

/**
 * Every character a map label or event text can show, in either language, collected once
 * at load. The shipped font is loaded for exactly these, and deck.gl builds its glyph atlas
 * from them once: an atlas left to grow as new characters appear was rebuilt in the middle
 * of playback, for a second or more per rebuild on a software GL.
 */
export function labelCharacters(model: Pick<MapModel, 'rows' | 'dataset'>): string {
  // Units repeat on every one of up to millions of observations: each is taken once.
  const units = new Set<string>();
  for (const m of model.dataset.metrics) units.add(m.unit);
  for (const o of model.dataset.observations) units.add(o.unit);
  const text =
    model.rows.map((r) => r.short + r.name + r.nameEn).join('') +
    model.dataset.events.map((e) => e.textZh + e.textEn).join('') +
    [...units].join('') +
    ASCII +
    SIGNS;
  return [...new Set(text)].join('');
}
