import { concatBytes } from '../core/concatBytes';
import { csvStream, type StreamEnd } from '../core/csvRows';
import { looksLikeHtml } from '../core/decodeText';
import { observationReader } from '../core/parseDataset';
import type { ReadResult, RowReader } from '../core/readRows';
import type { InputIssue, Observation } from '../core/types';

// Enough of a file's start to tell a host's HTML page from data.
const HEAD_CHARS = 1024;
// A file's first bytes are kept: one that the whole-file reader must read usually shows it
// early (quoted fields in the first rows, GBK in the first name), and is then not fetched again.
const KEEP_BYTES = 1 << 20;

/**
 * The observations, by far the largest file, read as they arrive: each piece's rows are cut
 * while the next is on its way, and neither the file's bytes nor its whole text is held. null
 * when the file is not there. What only the whole-file reader reads (another encoding than
 * UTF-8, quoted fields, mixed line ends) comes back as its bytes when that showed within its
 * first KEEP_BYTES, and as 'read-whole' otherwise, for the caller to fetch it again. `rows`
 * reads the rows as they are cut (a worker's reads them into column batches).
 */
export async function readObservations(
  res: Response,
  name: string,
  rows: RowReader<Observation> = observationReader(name),
): Promise<ReadResult<Observation> | Uint8Array | StreamEnd | null> {
  if (!res.ok) return null;
  if (!res.body) return 'read-whole';
  const reader = res.body.getReader();
  let kept: Uint8Array[] | null = [];
  let keptBytes = 0;
  const whole = async (): Promise<Uint8Array | StreamEnd> => {
    if (!kept) {
      await reader.cancel();
      return 'read-whole';
    }
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      kept.push(value);
    }
    return concatBytes(kept);
  };
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let fileIssues: InputIssue[] = [];
  const stream = csvStream(name, {
    header(header, issues) {
      fileIssues = issues;
      rows.header(header);
    },
    row: rows.row,
  });
  let head: string | null = '';
  // The first pieces are held until they show whether this is data or a host's page.
  const take = (piece: string, last: boolean): StreamEnd | null | 'html' => {
    if (head !== null) {
      head += piece;
      if (head.length < HEAD_CHARS && !last) return null;
      if (looksLikeHtml(head)) return 'html';
      piece = head;
      head = null;
    }
    return stream.push(piece);
  };
  let first = true;
  for (;;) {
    const { done, value } = await reader.read();
    if (value && kept) {
      kept.push(value);
      keptBytes += value.length;
      if (keptBytes > KEEP_BYTES) kept = null;
    }
    // UTF-16 files begin with their byte-order mark; the whole-file reader decodes them.
    if (first && value && (value.length < 2 || value[0] === 0xff || value[0] === 0xfe)) {
      return whole();
    }
    first = false;
    let piece: string;
    try {
      piece = decoder.decode(value, { stream: !done });
    } catch {
      return whole();
    }
    const end = take(piece, done);
    if (end === 'html') {
      await reader.cancel().catch(() => {});
      return null;
    }
    if (end !== null) return whole();
    if (done) break;
  }
  if (stream.end()) return whole();
  return rows.result(fileIssues);
}
