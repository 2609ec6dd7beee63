/**
 * The lines of the notes above the map: what in the link was not used, then what in the data
 * was not. They are kept as problems, not sentences, so a change of language words them again.
 */
import { formatIssue } from './formatIssue';
import type { Lang } from './lang';
import type { InputIssue } from './types';
import { describeUrlProblem, type UrlProblem } from './urlState';

export type NoteLines = (lang: Lang) => string[];

export function noteLines(query: readonly UrlProblem[], data: readonly InputIssue[]): NoteLines {
  return (lang) => [
    ...query.map((p) => describeUrlProblem(p, lang)),
    ...data.map((i) => formatIssue(i, lang)),
  ];
}
