// A source file of ../shared/sources named as a reader knows it: the Act and the print it comes
// from ("The Bonded Labour System (Abolition) Act, 1992: Pakistan Code (federal) PDF, created 27
// May 2023"), from content/acts; a file no Act version reads is named by its own header's title.
import { parseSourceFile } from './source-file.ts';
import { readSource } from './sources.ts';

interface ActLike { fullTitle: string; versions: { source: { file: string; description: string } }[] }

export function sourceTitle(file: string, acts: ActLike[]): string {
  for (const a of acts) for (const v of a.versions) if (v.source.file === file) return `${a.fullTitle}: ${v.source.description}`;
  try { return parseSourceFile(readSource(file)).header.title || file; } catch { return file; }
}
