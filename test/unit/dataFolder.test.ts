import { describe, expect, it } from 'vitest';
import { dataFolder } from '../../src/core/dataFolder';
import { formatIssue } from '../../src/core/formatIssue';

describe('?data= names a folder of this site, or says why not', () => {
  it('reads a relative folder', () => {
    expect(dataFolder('stress/')).toEqual({ folder: 'stress/', problem: null });
    expect(dataFolder('reports/2020/guizhou/')).toEqual({
      folder: 'reports/2020/guizhou/',
      problem: null,
    });
  });

  it('without the parameter there is nothing to say', () => {
    expect(dataFolder(null)).toEqual({ folder: null, problem: null });
    expect(dataFolder('')).toEqual({ folder: null, problem: null });
  });

  it('refuses another origin, a path out of the site or from its root, and a file, with a note', () => {
    for (const bad of [
      'https://evil.example/',
      '//evil.example/',
      '../../etc/',
      '/abs/',
      'x.csv',
    ]) {
      const { folder, problem } = dataFolder(bad);
      expect(folder).toBeNull();
      expect(problem).toMatchObject({ field: 'data', code: 'data-folder-refused' });
      expect(formatIssue(problem!, 'en')).toContain(JSON.stringify(bad));
      expect(formatIssue(problem!, 'en')).toContain('the shipped data is shown');
      expect(formatIssue(problem!, 'zh')).toContain('显示的是内置数据');
    }
  });
});
