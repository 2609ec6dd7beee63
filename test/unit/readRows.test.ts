import { describe, expect, it } from 'vitest';
import { readRows } from '../../src/core/readRows';

describe('readRows', () => {
  it('reads each column by name, however a build varies the columns it asks for', () => {
    const text = 'a,b,c\n1,x,p\n2,y,q\n3,z,r\n4,w,s';
    // Odd rows ask b then a; even rows ask a twice, then c; every row ends with b.
    const got = readRows(text, 'f.csv', ['a', 'b', 'c'], (f) => {
      const odd = f.row % 2 === 1;
      const first = odd ? f.text('b') : f.text('a');
      const second = odd ? f.text('a') : f.text('a') + f.text('c');
      return [first, second, f.text('b')].join(' ');
    });
    expect(got.rows).toEqual(['x 1 x', '2 2q y', 'z 3 z', '4 4s w']);
  });

  it('finds a column asked for under a name the file lacks to be empty', () => {
    const got = readRows('a\n1\n2', 'f.csv', ['a'], (f) => `${f.text('a')}|${f.text('zz')}`);
    expect(got.rows).toEqual(['1|', '2|']);
  });
});
