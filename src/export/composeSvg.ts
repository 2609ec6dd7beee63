import {
  EXPORT_FONT_FAMILY,
  type Box,
  type CompositionLayout,
  type TextLine,
} from '../core/exportLayout';
import { escapeXml, geometryToPath, svgColor, svgNumber as n, type Project } from '../core/svgPath';
import { STYLE_TOKENS as C, hexColor } from '../core/styleTokens';
import { POINT_HALO } from '../core/pointStyle';
import { prepareComposition } from './composePng';
import { insetFramesSvg, placeInsets } from './insetOverlay';
import { insetPoint } from '../core/insetLayout';
import { besideOffsets, placeLabels, type LabelBox } from '../core/placeLabels';
import { embeddedFontCss, svgText } from './embeddedFont';
import { compositionText } from './scene';
import type { ExportSource } from './source';
import { displayName } from '../core/displayName';

export interface SvgResult {
  blob: Blob;
  text: string;
  width: number;
  height: number;
  regions: number;
}

function fillAttrs(c: readonly number[], prefix: 'fill' | 'stroke'): string {
  const { color, opacity } = svgColor(c);
  return `${prefix}="${color}"${opacity === '1' ? '' : ` ${prefix}-opacity="${opacity}"`}`;
}

function textEl(line: TextLine, extra = ''): string {
  const anchor = line.anchor === 'end' ? ' text-anchor="end"' : '';
  const weight = line.font.weight === 700 ? ' font-weight="700"' : '';
  const fill = hexColor(line.role === 'credit' || line.role === 'attribution' ? C.muted : C.ink);
  return `<text x="${n(line.x)}" y="${n(line.y)}" font-size="${line.font.size}"${weight}${anchor} fill="${fill}"${extra}>${escapeXml(line.text)}</text>`;
}

/**
 * The current view as SVG for print and editing: basemap, one <path> per region (with
 * data-code), points as <circle>, place labels, title, date, legend, credit and attribution
 * as <text> in Noto Sans SC, whose glyphs for that text are embedded in the file.
 * Coordinates come from the map's own projection, so the SVG
 * shows exactly the extent on screen.
 */
export async function composeSvg(src: ExportSource): Promise<SvgResult> {
  const s = src.state();
  const day = s.dayIndex;
  const p = await prepareComposition(src, { kind: 'screen' }, compositionText(src, day));
  const { layout } = p;
  const m = layout.map;
  const mapW = Math.max(1, src.mapElement.clientWidth);
  const k = m.w / mapW;
  const project: Project = (lon, lat) => {
    const q = src.map.project([lon, lat]);
    return [m.x + q.x * k, m.y + q.y * k];
  };
  const out: string[] = [];
  const W = layout.width;
  const H = layout.height;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="'${EXPORT_FONT_FAMILY}', sans-serif">`,
    `<title>${escapeXml(p.text.title)}</title>`,
    `<desc>${escapeXml(`${p.text.subtitle}. ${p.text.credit}`)}</desc>`,
    `<defs><clipPath id="rmap-clip"><rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}"/></clipPath>`,
    `<pattern id="rmap-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="4" ${fillAttrs(C.exportHatch, 'stroke')} stroke-width="1"/></pattern></defs>`,
    `<rect width="${W}" height="${H}" fill="${hexColor(C.paper)}"/>`,
    `<g id="map" clip-path="url(#rmap-clip)">`,
    `<rect x="${n(m.x)}" y="${n(m.y)}" width="${n(m.w)}" height="${n(m.h)}" fill="${hexColor(C.sea)}"/>`,
  );

  // Basemap: the province outlines the map draws under the data.
  out.push(
    `<g id="basemap" fill="${hexColor(C.land)}" stroke="${hexColor(C.provinceBorder)}" stroke-width="0.8" fill-rule="evenodd">`,
  );
  for (const f of src.provinces.features) {
    if (!f.geometry) continue;
    const d = geometryToPath(f.geometry as { type: string; coordinates: unknown }, project);
    if (d) out.push(`<path d="${d}"/>`);
  }
  out.push('</g>');

  const all = { box: m, project, k, rows: null };
  const drawn = mapLayersSvg(src, day, all, '');
  out.push(...drawn.parts, '</g>');
  const placed = placeInsets(src, m);
  for (const [i, p] of placed.entries()) {
    const v = p.view;
    const inset = {
      box: v,
      project: ((lon, lat) => {
        const [x, y] = insetPoint(p.sketch.frame, lon, lat);
        return [m.x + x * k, m.y + y * k];
      }) as Project,
      k,
      rows: new Set(p.sketch.rows),
    };
    out.push(
      `<clipPath id="rmap-inset-clip-${i}"><rect x="${n(v.x)}" y="${n(v.y)}" width="${n(v.w)}" height="${n(v.h)}"/></clipPath>`,
      `<g class="inset" data-inset="${escapeXml(p.sketch.card.key)}" clip-path="url(#rmap-inset-clip-${i})">`,
      `<rect x="${n(v.x)}" y="${n(v.y)}" width="${n(v.w)}" height="${n(v.h)}" fill="${hexColor(C.land)}"/>`,
      ...mapLayersSvg(src, day, inset, `inset-${i}-`).parts,
      '</g>',
    );
  }
  out.push(...insetFramesSvg(placed, src.locator));
  const regions = drawn.regions;
  out.push(
    `<rect x="${n(m.x + 0.5)}" y="${n(m.y + 0.5)}" width="${n(m.w - 1)}" height="${n(m.h - 1)}" fill="none" stroke="${hexColor(C.line)}"/>`,
  );
  out.push(legendSvg(layout));
  const a = layout.attributionBox;
  out.push(
    `<rect x="${n(a.x)}" y="${n(a.y)}" width="${n(a.w)}" height="${n(a.h)}" ${fillAttrs(C.attributionGround, 'fill')}/>`,
  );
  for (const line of layout.lines) out.push(textEl(line, ` class="${line.role}"`));
  out.push('</svg>');
  // The glyphs the text uses travel inside the file, after the title and description.
  out.splice(3, 0, `<style>${await embeddedFontCss(svgText(out.join('')))}</style>`);
  const text = out.join('\n');
  return {
    blob: new Blob([text], { type: 'image/svg+xml' }),
    text,
    width: W,
    height: H,
    regions,
  };
}

/** A panel of the SVG: its box, how it projects, its scale against the screen and its rows (null: all). */
interface SvgPanel {
  box: Box;
  project: Project;
  k: number;
  rows: ReadonlySet<number> | null;
}

/**
 * One panel's regions, circles and labels for a day, as the map draws them: the main panel, or
 * an inset with its own rows. An inset's ids are prefixed so that two panels never share one.
 */
function mapLayersSvg(
  src: ExportSource,
  day: number,
  panel: SvgPanel,
  id: string,
): { parts: string[]; regions: number } {
  const { box: m, project, k, rows: only } = panel;
  const shows = (row: number) => !only || only.has(row);
  const s = src.state();
  const { model } = src;
  const out: string[] = [];
  // Regions: one path each, coloured as on screen for the day shown.
  out.push(`<g id="${id}regions" fill-rule="evenodd" stroke-linejoin="round">`);
  let regions = 0;
  model.features.forEach((f, row) => {
    const region = model.rows[row];
    if (!region || !shows(row)) return;
    const d = geometryToPath(f.geometry, project);
    if (!d) return;
    const st = src.regionStyle(day, row);
    const name = displayName(region, s.lang);
    out.push(
      `<path data-code="${escapeXml(region.code)}" data-name="${escapeXml(name)}" d="${d}" ${fillAttrs(st.fill, 'fill')} ${fillAttrs(st.stroke, 'stroke')} stroke-width="${n(st.strokeWidth * k)}"><title>${escapeXml(name)}</title></path>`,
    );
    regions++;
  });
  out.push('</g>');

  // Points: circles sized as on screen.
  out.push(`<g id="${id}points">`, ...pointCircles(src, day, project, k, shows), '</g>');

  // Labels, polygons first; one that would overlap an earlier label goes beside its point, or
  // is left out where it fits nowhere there, as on screen (core/placeLabels.ts).
  const size = 13 * k;
  const ctx = document.createElement('canvas').getContext('2d');
  if (ctx) ctx.font = `400 ${size}px "${EXPORT_FONT_FAMILY}", sans-serif`;
  const boxes = new Map<number, LabelBox & { lines: string[] }>();
  model.rows.forEach((region, row) => {
    const text = shows(row) ? src.labelText(day, row) : null;
    if (!text) return;
    const [x, y] = project(region.lon, region.lat);
    if (x < m.x || x > m.x + m.w || y < m.y || y > m.y + m.h) return;
    const lines = text.split('\n');
    const width = Math.max(
      ...lines.map((l) => (ctx ? ctx.measureText(l).width : l.length * size * 0.6)),
    );
    const height = lines.length * size * 1.2;
    const alternatives = besideOffsets(width, height);
    // In the panel's own pixels, as the screen's placement has them.
    boxes.set(row, {
      id: row,
      x: x - m.x,
      y: y - m.y,
      width,
      height,
      priority: -row,
      alternatives,
      lines,
    });
  });
  const labels = placeLabels([...boxes.values()], { width: m.w, height: m.h }).map((label) => {
    const box = boxes.get(label.id)!;
    const x = m.x + box.x + label.offset[0];
    const top = m.y + box.y + label.offset[1] - box.height / 2 + size * 0.95;
    const spans = box.lines
      .map((l, i) => `<tspan x="${n(x)}" y="${n(top + i * size * 1.2)}">${escapeXml(l)}</tspan>`)
      .join('');
    return `<text data-code="${escapeXml(model.rows[box.id]?.code ?? '')}">${spans}</text>`;
  });
  out.push(
    `<g id="${id}labels" font-size="${n(size)}" text-anchor="middle" fill="${hexColor(C.labelText)}" ${fillAttrs(C.exportLabelHalo, 'stroke')} stroke-width="${n(3 * k)}" stroke-linejoin="round" paint-order="stroke">`,
    ...labels,
    '</g>',
  );
  return { parts: out, regions };
}

function legendSvg(layout: CompositionLayout): string {
  const parts = ['<g id="legend">'];
  for (const p of layout.legend.entries) {
    const e = p.entry;
    const b = p.mark;
    if (e.kind === 'swatch') {
      parts.push(
        `<rect x="${n(b.x + 0.5)}" y="${n(b.y + 0.5)}" width="${n(b.w - 1)}" height="${n(b.h - 1)}" ${fillAttrs(e.fill, 'fill')} stroke="${hexColor(e.outline ? C.swatchLineStrong : C.swatchLine)}" stroke-width="${e.outline ? 1.5 : 1}"/>`,
      );
      if (e.hatch) {
        parts.push(
          `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" fill="url(#rmap-hatch)"/>`,
        );
      }
    } else if (e.kind === 'circle') {
      parts.push(
        `<circle cx="${n(b.x + b.w / 2)}" cy="${n(b.y + b.h / 2)}" r="${n(b.w / 2)}" ${fillAttrs(e.fill, 'fill')} ${fillAttrs(e.stroke, 'stroke')}/>`,
      );
    }
    parts.push(textEl(p.text));
  }
  parts.push('</g>');
  return parts.join('\n');
}

/** The day's circles, a faint one on its light ring, as the map draws them. */
function pointCircles(
  src: ExportSource,
  day: number,
  project: Project,
  k: number,
  shows: (row: number) => boolean,
): string[] {
  const out: string[] = [];
  src.model.rows.forEach((region, row) => {
    if (!shows(row)) return;
    const st = src.pointStyle(day, row);
    if (!st || !(st.radius > 0)) return;
    const [x, y] = project(region.lon, region.lat);
    const at = `cx="${n(x)}" cy="${n(y)}" r="${n(st.radius * k)}"`;
    if (st.haloWidth > 0) {
      out.push(
        `<circle class="halo" ${at} fill="none" ${fillAttrs(POINT_HALO, 'stroke')} stroke-width="${n(st.haloWidth * k)}"/>`,
      );
    }
    out.push(
      `<circle data-code="${escapeXml(region.code)}" ${at} ${fillAttrs(st.fill, 'fill')} ${fillAttrs(st.stroke, 'stroke')} stroke-width="${n(st.strokeWidth * k)}"/>`,
    );
  });
  return out;
}
