// Footnote texts of the sources may end with a compiler's "[Editorial: …]" remark; it is shown
// apart from the footnote, marked as editorial.
export interface Part { text: string; editorial: boolean }

export function splitEditorial(text: string): Part[] {
  const parts: Part[] = [];
  const re = /\[(Editorial[^\]]*)\]/g;
  let last = 0;
  for (let m; (m = re.exec(text)); ) {
    if (m.index > last) parts.push({ text: text.slice(last, m.index), editorial: false });
    parts.push({ text: m[0], editorial: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), editorial: false });
  return parts;
}
