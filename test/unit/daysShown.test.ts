import { describe, it, expect } from 'vitest';
import { daysShown, type ColorTable } from '../../src/core/colorTable';

/** A table of `regions` × `days`, transparent but for the cells given as [day, region]. */
function tableWith(regions: number, days: number, shown: [number, number][]): ColorTable {
  const data = new Uint8Array(regions * days * 4);
  for (const [day, region] of shown) data.set([255, 255, 255, 255], (day * regions + region) * 4);
  return { data, width: regions, height: days };
}

describe('daysShown', () => {
  it('marks each day on which the table colours some region', () => {
    const table = tableWith(3, 4, [
      [0, 2],
      [2, 0],
      [2, 1],
    ]);
    expect([...daysShown(table)]).toEqual([1, 0, 1, 0]);
  });

  it('counts a faint cell as shown, and only a fully transparent one as not', () => {
    const table = tableWith(2, 2, []);
    table.data[3] = 1;
    table.data.set([200, 200, 200, 0], 8);
    expect([...daysShown(table)]).toEqual([1, 0]);
  });

  it('marks no day of a table with nothing coloured', () => {
    expect([...daysShown(tableWith(5, 3, []))]).toEqual([0, 0, 0]);
  });
});
