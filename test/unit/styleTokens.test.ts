import { describe, expect, it } from 'vitest';
import {
  STYLE_TOKENS,
  cssColor,
  cssCustomProperties,
  customPropertyName,
  hexColor,
  rgbOf,
  type StyleToken,
} from '../../src/core/styleTokens';

const names = Object.keys(STYLE_TOKENS) as StyleToken[];

describe('style tokens', () => {
  it('every token becomes one custom property, named after it, with its colour', () => {
    const props = cssCustomProperties();
    expect(props).toHaveLength(names.length);
    expect(new Set(props.map(([n]) => n)).size).toBe(names.length);
    names.forEach((name, i) => {
      expect(props[i]).toEqual([customPropertyName(name), cssColor(STYLE_TOKENS[name])]);
    });
  });

  it('a custom property is the token name in kebab case under the --rmap- prefix', () => {
    expect(customPropertyName('ink')).toBe('--rmap-ink');
    expect(customPropertyName('regionBorderSelected')).toBe('--rmap-region-border-selected');
    for (const [n] of cssCustomProperties()) expect(n).toMatch(/^--rmap-[a-z]+(-[a-z]+)*$/);
  });

  it('every channel lies within 0–255 and every colour channel is a whole number', () => {
    for (const name of names) {
      const c = STYLE_TOKENS[name];
      for (const v of c) expect(v >= 0 && v <= 255, name).toBe(true);
      for (const v of rgbOf(c)) expect(Number.isInteger(v), name).toBe(true);
    }
  });

  it('no colour is written twice: no two tokens hold the same value', () => {
    const seen = new Map<string, string>();
    for (const name of names) {
      const key = STYLE_TOKENS[name].join(',');
      expect(seen.get(key), `${name} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
  });

  it('cssColor writes alpha only when it is not opaque', () => {
    expect(cssColor([31, 35, 40, 255])).toBe('rgb(31 35 40)');
    expect(cssColor([70, 70, 70, 200])).toBe('rgb(70 70 70 / 0.784)');
    expect(cssColor([0, 0, 0, 0])).toBe('rgb(0 0 0 / 0)');
  });

  it('cssColor reads a colour without alpha as opaque', () => {
    expect(cssColor([214, 96, 39])).toBe('rgb(214 96 39)');
  });

  it('an opacity first written in CSS comes back exactly as it was written', () => {
    expect(cssColor(STYLE_TOKENS.panel)).toBe('rgb(255 255 255 / 0.97)');
    expect(cssColor(STYLE_TOKENS.shadow)).toBe('rgb(0 0 0 / 0.15)');
    expect(cssColor(STYLE_TOKENS.backdrop)).toBe('rgb(20 24 28 / 0.35)');
    expect(cssColor(STYLE_TOKENS.exportHatch)).toBe('rgb(0 0 0 / 0.3)');
  });

  it('hexColor spells the colour as six hex digits and leaves the alpha out', () => {
    expect(hexColor(STYLE_TOKENS.ink)).toBe('#1f2328');
    expect(hexColor(STYLE_TOKENS.sea)).toBe('#dfe8ee');
    expect(hexColor(STYLE_TOKENS.halo)).toBe('#ffffff');
  });

  it('the colours the page was first drawn with keep their values', () => {
    expect(hexColor(STYLE_TOKENS.muted)).toBe('#5b6470');
    expect(hexColor(STYLE_TOKENS.line)).toBe('#d0d5db');
    expect(hexColor(STYLE_TOKENS.accent)).toBe('#1f6f8b');
    expect(hexColor(STYLE_TOKENS.warning)).toBe('#a40000');
    expect(hexColor(STYLE_TOKENS.land)).toBe('#f6f4ef');
    expect(hexColor(STYLE_TOKENS.provinceBorder)).toBe('#a9a49a');
  });
});
