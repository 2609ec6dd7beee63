import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/format';
import { createColorScale, createSizeScale } from '../../src/core/colorScale';
import {
  legendModel,
  niceSteps,
  type LegendInput,
  type LegendWord,
} from '../../src/core/legendModel';
import { FILL_ALPHA, Status } from '../../src/core/status';

const word = (w: LegendWord) => `<${w}>`;

function input(over: Partial<LegendInput> = {}): LegendInput {
  return {
    lang: 'en',
    fillTitle: 'Resumption rate',
    colors: createColorScale('bins', [0, 100]),
    pointsTitle: null,
    pointUnit: '',
    pointMax: 0,
    radius: createSizeScale(1000),
    pointFill: [214, 96, 39, 200],
    pointStroke: [140, 50, 10, 230],
    ...over,
  };
}

describe('legendModel', () => {
  it('is titled with the fill metric as the caller names it', () => {
    expect(legendModel(input(), word).title).toBe('Resumption rate');
  });

  it('lists every colour class of the scale, opaque, with its label, then no data', () => {
    const colors = createColorScale('bins', [0, 100]);
    const m = legendModel(input({ colors }), word);
    expect(m.classes.map((c) => c.label)).toEqual(colors.legend.map((c) => c.label));
    expect(m.classes.every((c) => c.color[3] === 255)).toBe(true);
    expect(m.classes[0]?.color.slice(0, 3)).toEqual(colors.legend[0]?.color.slice(0, 3));
    expect(m.noData).toEqual({ label: '<noData>', color: colors.noData });
  });

  it('explains binned classes and a continuous ramp with different notes', () => {
    expect(legendModel(input(), word).note).toBe('<binsNote>');
    const continuous = createColorScale('continuous', [0, 100]);
    expect(legendModel(input({ colors: continuous }), word).note).toBe('<continuousNote>');
  });

  it('shows each status in the hue of the second-darkest class at the alpha the map fills it with', () => {
    const colors = createColorScale('bins', [0, 100]);
    const hue = colors.legend[colors.legend.length - 2]?.color ?? [];
    const m = legendModel(input({ colors }), word);
    const of = (kind: string) => m.statuses.find((s) => s.kind === kind)?.color;
    expect(of('observed')).toEqual([...hue, FILL_ALPHA[Status.Observed]]);
    expect(of('carried')).toEqual([...hue, FILL_ALPHA[Status.Carried]]);
    expect(of('interpolated')).toEqual([...hue, FILL_ALPHA[Status.Interpolated]]);
    expect(of('uncertain')).toEqual([...hue, FILL_ALPHA[Status.Uncertain]]);
  });

  it('shows a region with no recent data as no data, and bounds, anchors and events as marks without a fill', () => {
    const m = legendModel(input(), word);
    expect(m.statuses.map((s) => [s.kind, s.label])).toEqual([
      ['observed', '<observed>'],
      ['carried', '<carried>'],
      ['interpolated', '<interpolated>'],
      ['uncertain', '<uncertain>'],
      ['stale', '<stale>'],
      ['bound', '<bound>'],
      ['anchor', '<anchorNote>'],
      ['event', '<eventNote>'],
    ]);
    expect(m.statuses.find((s) => s.kind === 'stale')?.color).toEqual(m.noData.color);
    expect(m.statuses.filter((s) => s.color === null).map((s) => s.kind)).toEqual([
      'bound',
      'anchor',
      'event',
    ]);
  });

  it('has no points section when no point metric is drawn', () => {
    expect(legendModel(input({ pointMax: 5000 }), word).points).toBeNull();
  });

  it('sizes the reference circles by the map’s own radius scale and labels them in the unit', () => {
    const radius = createSizeScale(5000);
    const m = legendModel(
      input({ pointsTitle: 'Workers back', pointUnit: '人', lang: 'zh', pointMax: 5000, radius }),
      word,
    );
    expect(m.points?.title).toBe('Workers back');
    expect(m.points?.circles.map((c) => c.value)).toEqual([500, 2500, 5000]);
    expect(m.points?.circles.map((c) => c.radius)).toEqual([500, 2500, 5000].map(radius));
    expect(m.points?.circles[2]?.label).toBe(formatNumber(5000, 'zh', '人'));
    expect(m.points?.circles[2]?.label).toContain('人');
    expect(m.points?.fill).toEqual([214, 96, 39, 200]);
  });
});

describe('niceSteps', () => {
  it('takes a tenth, a half and all of the largest round value below the maximum', () => {
    expect(niceSteps(7340)).toEqual([700, 3500, 7000]);
    expect(niceSteps(1000)).toEqual([100, 500, 1000]);
  });

  it('gives no circles for a maximum that is zero, negative or not a number', () => {
    expect(niceSteps(0)).toEqual([]);
    expect(niceSteps(-3)).toEqual([]);
    expect(niceSteps(NaN)).toEqual([]);
  });
});
