import { afterEach, describe, expect, it, vi } from 'vitest';
import { cssCustomProperties } from '../../src/core/styleTokens';

/** A root element as far as the CSSOM goes: the properties set on its style. */
function fakeRoot() {
  const set = new Map<string, string>();
  const root = { style: { setProperty: (n: string, v: string) => set.set(n, v) } };
  return { root: root as unknown as HTMLElement, set };
}

// The module registers once per document; each test loads it afresh.
const load = async () => {
  vi.resetModules();
  return import('../../src/ui/styleProperties');
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the style sheet gets its colours from the tokens at run time', () => {
  it('the root carries every token as a custom property', async () => {
    const { applyStyleProperties } = await load();
    const { root, set } = fakeRoot();
    applyStyleProperties(root);
    expect([...set]).toEqual(cssCustomProperties().map(([n, v]) => [n, v]));
  });

  it('the properties are registered once per document, with the tokens as initial values', async () => {
    const registerProperty = vi.fn();
    vi.stubGlobal('CSS', { registerProperty });
    const { applyStyleProperties } = await load();
    applyStyleProperties(fakeRoot().root);
    applyStyleProperties(fakeRoot().root);
    expect(registerProperty).toHaveBeenCalledTimes(cssCustomProperties().length);
    const [name, value] = cssCustomProperties()[0]!;
    expect(registerProperty).toHaveBeenCalledWith({
      name,
      syntax: '<color>',
      inherits: true,
      initialValue: value,
    });
  });

  it('a property another copy of the library registered first does not stop the mount', async () => {
    vi.stubGlobal('CSS', {
      registerProperty: () => {
        throw new Error('InvalidModificationError');
      },
    });
    const { applyStyleProperties } = await load();
    const { root, set } = fakeRoot();
    expect(() => applyStyleProperties(root)).not.toThrow();
    expect(set.size).toBe(cssCustomProperties().length);
  });
});
