import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/core/crc32';

describe('crc32', () => {
  it('computes the CRC-32 that PNG and ZIP use (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});
