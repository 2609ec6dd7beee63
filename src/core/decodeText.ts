/**
 * Bytes of a data file to text. The files are meant to be UTF-8, but a spreadsheet saved on
 * a Chinese Windows writes GBK, and others write UTF-16 with a byte-order mark; read as
 * UTF-8 those come out as rows of �. The encoding is found from the BOM, else UTF-8 is
 * tried strictly, then GB18030 (a superset of GBK); a file that is neither is named as
 * such rather than drawn as garbage. A host that answers a missing file with its index
 * page is caught here too.
 */
import { issue, type IssueMessage } from './issueMessages';
import type { InputIssue } from './types';

export interface DecodedText {
  /** null when the bytes are no text this app can read; `issue` says why. */
  text: string | null;
  issue: InputIssue | null;
}

function decode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]): boolean =>
  prefix.every((b, i) => bytes[i] === b);

export function decodeText(bytes: Uint8Array, file: string): DecodedText {
  const at = (message: IssueMessage): InputIssue => ({ file, row: 0, field: '', ...message });
  // TextDecoder drops a BOM that matches its own encoding.
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    const text = decode('utf-8', bytes);
    return text === null
      ? { text: null, issue: at(issue('bad-utf8-bom', {})) }
      : { text, issue: null };
  }
  for (const [label, bom] of [
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ] as const) {
    if (startsWith(bytes, ...bom)) {
      const text = decode(label, bytes);
      return text === null
        ? { text: null, issue: at(issue('bad-utf16-bom', { encoding: label.toUpperCase() })) }
        : { text, issue: null };
    }
  }
  const utf8 = decode('utf-8', bytes);
  if (utf8 !== null) return { text: utf8, issue: null };
  const gbk = decode('gb18030', bytes);
  if (gbk !== null)
    return {
      text: gbk,
      issue: at(issue('read-as-gbk', {})),
    };
  return { text: null, issue: at(issue('unknown-encoding', {})) };
}

/** An HTML page where a data file was asked for: the host's answer to a missing file. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*<(?:!doctype\s+html|html|head|body)[\s>]/i.test(text);
}
