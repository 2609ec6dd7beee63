/**
 * One line for a problem in an input file: the file, the 1-based data row and the field it
 * is in, then what is wrong, worded in the reader's language.
 */
import { issueText } from './issueMessages';
import type { Lang } from './lang';
import type { InputIssue } from './types';

export function formatIssue(issue: InputIssue, lang: Lang): string {
  const text = issueText(issue, lang);
  if (lang === 'zh') {
    const where = issue.row > 0 ? `${issue.file} 第 ${issue.row} 行` : issue.file;
    return issue.field ? `${where}，字段 “${issue.field}”：${text}` : `${where}：${text}`;
  }
  const where = issue.row > 0 ? `${issue.file} row ${issue.row}` : issue.file;
  return issue.field ? `${where}, field "${issue.field}": ${text}` : `${where}: ${text}`;
}
