/**
 * Full-width forms (１２３，４５６．７％) as Chinese input methods type them, folded to ASCII so
 * one parser reads both. The ideographic space becomes a plain space.
 */
export function toHalfWidth(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}
