import { describe, it, expect } from 'vitest';
import { findConflicts, hiddenObservations } from '../../src/core/conflicts';
import type { Precedence } from '../../src/core/types';
import { obs } from './make';
import { en } from './englishIssues';

const FILES = { observations: 'observations.csv', precedence: 'precedence.csv' };
const A = '520100';
const rule = (shown: string, over: string, row = 1): Precedence => ({
  row,
  shown,
  over,
  reasonZh: '后发布的累计数优先',
  reasonEn: 'the later cumulative total wins',
});

describe('findConflicts: no figure wins silently', () => {
  it('two figures for one region, layer and day without a rule are reported, naming both rows', () => {
    const figures = [obs(A, '2020-02-01', 80), obs(A, '2020-02-01', 90)];
    const { conflicts, issues } = findConflicts(figures, [], FILES);
    expect(issues).toHaveLength(2);
    expect(issues[0]).toMatchObject({ file: 'observations.csv', field: 'id' });
    expect(en(issues[0])).toContain(figures[0]!.id);
    expect(en(issues[0])).toContain(figures[1]!.id);
    expect(en(issues[0])).toContain('precedence.csv');
    // Meanwhile the later row shows, and the other is listed with no reason.
    expect(conflicts).toEqual([{ shown: 1, others: [{ obs: 0, reasonZh: '', reasonEn: '' }] }]);
  });

  it('a rule in precedence.csv settles the conflict and keeps its reason', () => {
    const figures = [obs(A, '2020-02-01', 80), obs(A, '2020-02-01', 90)];
    const { conflicts, issues } = findConflicts(
      figures,
      [rule(figures[0]!.id, figures[1]!.id)],
      FILES,
    );
    expect(issues).toEqual([]);
    expect(conflicts).toEqual([
      {
        shown: 0,
        others: [
          { obs: 1, reasonZh: '后发布的累计数优先', reasonEn: 'the later cumulative total wins' },
        ],
      },
    ]);
    expect([...hiddenObservations(conflicts)]).toEqual([1]);
  });

  it('figures of different universes, metrics, regions or days are no conflict', () => {
    const figures = [
      obs(A, '2020-02-01', 80),
      obs(A, '2020-02-01', 90, { universe: 'key_projects' }),
      obs(A, '2020-02-01', 70, { metric: 'other_rate' }),
      obs('522300', '2020-02-01', 60),
      obs(A, '2020-02-02', 50),
    ];
    expect(findConflicts(figures, [], FILES)).toEqual({ conflicts: [], issues: [] });
  });

  it('figures found in any order and across centuries still meet their twin, and only it', () => {
    // Interleaved regions and a span of days too long for one flat table of cells.
    const figures = [
      obs(A, '2020-02-01', 80),
      obs('522300', '2020-02-01', 60),
      obs(A, '1900-01-01', 10),
      obs('522300', '2099-12-31', 20),
      obs(A, '2020-02-01', 90),
      obs('522300', '2099-12-31', 30),
      obs(A, '2099-12-31', 40),
      ...['520200', '520300', '520400', '520500', '520600', '520700'].flatMap((r) => [
        obs(r, '1800-01-01', 1),
        obs(r, '2199-12-31', 2),
      ]),
    ];
    const { conflicts } = findConflicts(figures, [], FILES);
    expect(conflicts).toEqual([
      { shown: 4, others: [{ obs: 0, reasonZh: '', reasonEn: '' }] },
      { shown: 5, others: [{ obs: 3, reasonZh: '', reasonEn: '' }] },
    ]);
  });

  it('a date that is not one meets only the same text', () => {
    const figures = [obs(A, '2020-02-30', 80), obs(A, '2020-03-01', 70), obs(A, '2020-02-30', 90)];
    expect(findConflicts(figures, [], FILES).conflicts).toEqual([
      { shown: 2, others: [{ obs: 0, reasonZh: '', reasonEn: '' }] },
    ]);
  });

  it('a subset on the same layer and day conflicts with the whole universe', () => {
    const figures = [
      obs(A, '2020-02-01', 80),
      obs(A, '2020-02-01', 100, { subset: 'due_to_resume' }),
    ];
    expect(findConflicts(figures, [], FILES).issues).toHaveLength(2);
  });

  it('three figures need a rule for each figure that loses', () => {
    const figures = [obs(A, '2020-02-01', 1), obs(A, '2020-02-01', 2), obs(A, '2020-02-01', 3)];
    const partial = findConflicts(figures, [rule(figures[2]!.id, figures[0]!.id)], FILES);
    expect(partial.issues.map((i) => i.row)).toEqual([figures[1]!.row, figures[2]!.row]);
    const full = findConflicts(
      figures,
      [rule(figures[2]!.id, figures[0]!.id, 1), rule(figures[2]!.id, figures[1]!.id, 2)],
      FILES,
    );
    expect(full.issues).toEqual([]);
    expect(full.conflicts[0]?.shown).toBe(2);
  });

  it('a rule naming an unknown figure, or figures of different cells, is reported in precedence.csv', () => {
    const figures = [obs(A, '2020-02-01', 80), obs(A, '2020-02-02', 90)];
    const { issues } = findConflicts(
      figures,
      [rule('o-missing', figures[0]!.id, 1), rule(figures[0]!.id, figures[1]!.id, 2)],
      FILES,
    );
    expect(issues).toEqual([
      expect.objectContaining({ file: 'precedence.csv', row: 1, field: 'shown' }),
      expect.objectContaining({ file: 'precedence.csv', row: 2, field: 'over' }),
    ]);
  });
});
