// Published text must be in Unicode Normalization Form C: a character that NFC would change (the
// GREEK QUESTION MARK U+037E for ";" was the case met) looks right but copies, searches and
// compares as a different character. The sources are NFC (bonded-labour-1992.txt was normalised
// on 2026-11-30), so the published text must be too.
import { parse } from 'yaml';
import { splitFrontmatter } from '../frontmatter.ts';

export interface NfcProblem { field: string; message: string }

const hex = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The characters of `s` that NFC changes, described ("U+037E at 12 becomes U+003B"), or null. */
export function nfcChange(s: string): string | null {
  if (s === s.normalize('NFC')) return null;
  const chars = [...s];
  // A character NFC replaces on its own (U+037E), then a pair NFC composes (e + U+0301).
  for (let i = 0; i < chars.length; i++) {
    if (chars[i].normalize('NFC') !== chars[i]) return `${hex(chars[i])} ("${chars[i]}") at character ${i + 1} becomes ${[...chars[i].normalize('NFC')].map(hex).join(' ')} under NFC`;
  }
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = chars[i] + chars[i + 1];
    if (pair.normalize('NFC') !== pair) return `${hex(chars[i])} ${hex(chars[i + 1])} at character ${i + 1} become ${[...pair.normalize('NFC')].map(hex).join(' ')} under NFC`;
  }
  return 'the text changes under NFC';
}

/** Every string in a parsed YAML value that NFC would change, with its dotted path. */
export function nfcInData(data: unknown, path = ''): NfcProblem[] {
  if (typeof data === 'string') {
    const c = nfcChange(data);
    return c ? [{ field: path || '(root)', message: c }] : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => nfcInData(v, path ? `${path}.${i}` : String(i)));
  if (data && typeof data === 'object') return Object.entries(data).flatMap(([k, v]) => nfcInData(v, path ? `${path}.${k}` : k));
  return [];
}

/**
 * NFC faults in one content file, by kind: YAML (each string field), MDX (frontmatter fields, and
 * body lines named by the pinpoint <L id> they sit in, else by line number). Other text: by line.
 */
export function nfcProblems(name: string, text: string): NfcProblem[] {
  if (text === text.normalize('NFC')) return [];
  if (name.endsWith('.yaml') || name.endsWith('.yml')) {
    try { return nfcInData(parse(text)); } catch { /* fall through to lines */ }
  }
  const out: NfcProblem[] = [];
  let body = text;
  let offset = 0;
  if (name.endsWith('.mdx') || name.endsWith('.md')) {
    try {
      const fm = splitFrontmatter(text);
      out.push(...nfcInData(fm.data).map((p) => ({ ...p, field: `frontmatter ${p.field}` })));
      body = fm.body;
      offset = text.replace(/\r\n?/g, '\n').split('\n').length - body.split('\n').length;
    } catch { /* no frontmatter: check every line */ }
  }
  let pin: string | undefined;
  body.split('\n').forEach((line, i) => {
    const id = /<L id="([^"]+)"/.exec(line)?.[1];
    if (id) pin = id;
    const c = nfcChange(line);
    if (c) out.push({ field: `${pin ? `pinpoint ${pin}, ` : ''}line ${i + 1 + offset}`, message: c });
  });
  return out;
}
