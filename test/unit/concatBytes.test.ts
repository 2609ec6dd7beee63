import { describe, expect, it } from 'vitest';
import { concatBytes } from '../../src/core/concatBytes';

describe('concatBytes', () => {
  it('joins byte arrays end to end, empty ones included', () => {
    const parts = [new Uint8Array([1, 2]), new Uint8Array([]), new Uint8Array([3])];
    expect([...concatBytes(parts)]).toEqual([1, 2, 3]);
    expect(concatBytes([])).toHaveLength(0);
  });
});
