// Which lines of a section lie wholly inside an amendment's brackets. The consolidated Penal Code
// marks an insertion by a footnote marker and square brackets around the inserted words:
// "{F22}[(3) Whoever commits rape of a minor … (4) Whoever being a public servant … fine.]" (PPC
// s. 376, "Ins. by Act XLIV of 2016"). A sub-section wholly inside such a bracket did not exist
// before the amending Act, as a section inside one did not (amendments.ts insertionOn).

export interface EnclosedLine { id: string; cite: string; footnotes: string[] }

const LINE = /<L\s+id="([^"]+)"[^>]*?cite="([^"]*)"[^>]*>([\s\S]*?)<\/L>/g;
// A footnote marker with the bracket it opens, a bare bracket, a close, another tag, an escape, a character.
const TOKEN = /<Fn\s+f="([^"]+)"[^>]*\/>\\\[|\\\[|\\\]|<[^>]+>|\\.|[^\s]/g;

/**
 * The lines of a provision's MDX body (`<L id cite>` blocks) whose every word lies inside a
 * bracket opened by a footnote marker (`<Fn f="F22" …/>\[ … \]`), with the footnote ids of those
 * brackets, outermost first. A bracket may open in an earlier line and close in a later one. In:
 * the MDX body as written by scripts/import-source.ts. Out: only the lines with at least one
 * enclosing footnote bracket; [] for none. Unbalanced brackets are read as closing at the end.
 */
export function enclosedLines(body: string): EnclosedLine[] {
  let serial = 0;
  const stack: { n: number; footnote: string | null }[] = [];
  const out: EnclosedLine[] = [];
  for (const m of body.matchAll(LINE)) {
    const [, id, cite, content] = m;
    let atFirstWord: typeof stack | null = null;
    let openAfterLastWord: Set<number> = new Set();
    for (const t of content.matchAll(TOKEN)) {
      const tok = t[0];
      if (t[1] !== undefined) stack.push({ n: serial++, footnote: t[1] });
      else if (tok === '\\[') stack.push({ n: serial++, footnote: null });
      else if (tok === '\\]') stack.pop();
      else if (tok.startsWith('<')) continue;
      else {
        // A word's character (an escaped "\*" of an omission counts as a word).
        if (!atFirstWord) atFirstWord = [...stack];
        openAfterLastWord = new Set(stack.map((b) => b.n));
      }
    }
    if (!atFirstWord) continue;
    const footnotes = atFirstWord.filter((b) => b.footnote && openAfterLastWord.has(b.n)).map((b) => b.footnote!);
    if (footnotes.length) out.push({ id, cite, footnotes });
  }
  return out;
}

/**
 * A section's footnotes marked with where their brackets stand in its body: `opens` when the
 * bracket opens before the section number (the whole section was inserted), or the note says the
 * section lies inside a bracket opened before an earlier one; `encloses`, the lines wholly inside
 * it (enclosedLines). In: the footnotes from the provision's front matter and its MDX body.
 */
export function markFootnotes(footnotes: { id: string; text: string }[], body: string) {
  const lines = enclosedLines(body);
  return footnotes.map((f) => ({
    id: f.id,
    text: f.text,
    opens: new RegExp(`<Hd><Fn f="${f.id}"[^>]*/>\\\\\\[`).test(body) || /lies inside the bracket opened by/.test(f.text),
    encloses: lines.filter((l) => l.footnotes.includes(f.id)).map(({ id, cite }) => ({ id, cite })),
  }));
}
