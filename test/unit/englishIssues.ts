/** Issues as their English sentences, so tests can state the exact words a reader sees. */
import { formatIssue } from '../../src/core/formatIssue';
import { issueText, type IssueMessage } from '../../src/core/issueMessages';
import type { InputIssue } from '../../src/core/types';

export interface EnglishIssue {
  file: string;
  row: number;
  field: string;
  message: string;
}

export function english(issues: readonly InputIssue[]): EnglishIssue[] {
  return issues.map((i) => ({
    file: i.file,
    row: i.row,
    field: i.field,
    message: issueText(i, 'en'),
  }));
}

/** The English sentence of one message, or '' when there is none. */
export function en(issue: IssueMessage | null | undefined): string {
  return issue ? issueText(issue, 'en') : '';
}

/** An issue as the English line of the notes above the map. */
export function formatEn(issue: InputIssue): string {
  return formatIssue(issue, 'en');
}
