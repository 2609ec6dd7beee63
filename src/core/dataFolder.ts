import { issue } from './issueMessages';
import type { InputIssue } from './types';

/**
 * A folder on the app's own server, relative to the page, ending in '/': nothing is fetched
 * from another origin, and no path climbs out of the site (`..`) or starts at its root.
 */
const RELATIVE_FOLDER = /^(?!\/)(?!.*\.\.)(?!.*:)[\w\-./]+\/$/;

/** The file name a refused `?data=` is reported under. */
const DATA_PARAM_PLACE = '?data=';

/**
 * The folder that `?data=` names, or why it is not read. A refused value is never silent: the
 * map then shows the shipped data, and the note says so, so that nobody takes those figures
 * for the ones the link meant.
 */
export function dataFolder(param: string | null): {
  folder: string | null;
  problem: InputIssue | null;
} {
  if (param === null || param === '') return { folder: null, problem: null };
  if (RELATIVE_FOLDER.test(param)) return { folder: param, problem: null };
  return {
    folder: null,
    problem: {
      file: DATA_PARAM_PLACE,
      row: 0,
      field: 'data',
      ...issue('data-folder-refused', { text: param }),
    },
  };
}
