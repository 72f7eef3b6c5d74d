// Traces every figure of an offence record to the words of the provision it cites: run by the
// content check before each build (a figure not in the text stops the build) and by the tests.
import { readFileSync, existsSync } from 'node:fs';
import type { OffenceData } from '../schemas/index.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { mdxToPlainLines } from './mdx.ts';
import { findsFigure, plainForFigures, extractFigures, figureValue, numberToWords, numberPattern } from './figures.ts';
import { provisionPath, pinpointBlock } from './offences.ts';

const plain = (mdxBody: string) => mdxToPlainLines(mdxBody).join('\n');

/** Everything that is wrong with one record, one message per fault. */
export function figureProblems(o: OffenceData, CONTENT: string): string[] {
  const out: string[] = [];
  const fail = (what: string) => out.push(`${o.id}: ${what}`);
  const mdx = provisionPath(CONTENT, o.act, o.version, o.provision);
  // (a) the provision file exists and has the pinpoint line.
  if (!existsSync(mdx)) return [`${o.id}: no provision file content/provisions/${o.act}/${o.version}/s${o.provision.toLowerCase()}.mdx`];
  const body = splitFrontmatter(readFileSync(mdx, 'utf8')).body;
  if (!body.includes(`<L id="${o.pinpoint}"`)) return [`${o.id}: no <L id="${o.pinpoint}"> in s${o.provision.toLowerCase()}.mdx`];
  const text = plain(body);
  const lineText = plainForFigures(plain(pinpointBlock(body, o.pinpoint)!));

  // (b) every number of the punishment is in the provision's words, in words or figures.
  const { imprisonment: im, fine } = o.punishment;
  const numbers: Array<[string, number | null, 'years' | 'rupees']> = [
    ['minYears', im.minYears, 'years'], ['maxYears', im.maxYears, 'years'],
    ['minRupees', fine.minRupees, 'rupees'], ['maxRupees', fine.maxRupees, 'rupees'],
  ];
  for (const [field, n, unit] of numbers) {
    if (n === null) continue;
    if (!findsFigure(text, n, unit)) fail(`punishment ${field} ${n} ("${numberToWords(n)} ${unit}") is not in the text of s. ${o.provision}`);
    else if (!findsFigure(lineText, n, unit)) fail(`punishment ${field} ${n} ("${numberToWords(n)} ${unit}") is in s. ${o.provision} but not in its line ${o.pinpoint}`);
  }

  // (c) every figure string is in the provision's words, verbatim.
  const flat = plainForFigures(text);
  for (const f of o.figures) if (!flat.includes(plainForFigures(f))) fail(`figure "${f}" is not in the text of s. ${o.provision}`);

  // The quoted penalty words are in the pinpoint line, verbatim.
  if (!lineText.includes(plainForFigures(o.punishment.text))) fail(`punishment.text "${o.punishment.text}" is not in line ${o.pinpoint}`);

  // The figures are exactly those the quoted penalty words state, and agree with the numbers.
  const stated = extractFigures(o.punishment.text);
  for (const f of stated) if (!o.figures.includes(f)) fail(`figure "${f}" of punishment.text is missing from figures`);
  for (const f of o.figures) if (!stated.includes(f)) fail(`figure "${f}" is not in punishment.text`);
  const yearNumbers = [im.minYears, im.maxYears].filter((v): v is number => v !== null);
  const rupeeNumbers = [fine.minRupees, fine.maxRupees].filter((v): v is number => v !== null);
  for (const f of o.figures) {
    const { value, unit } = figureValue(f);
    if (unit === 'years' && !yearNumbers.includes(value)) fail(`figure "${f}" (${value} years) is neither minYears nor maxYears`);
    if (unit === 'rupees' && !rupeeNumbers.includes(value) && !(o.notes ?? '').includes(f))
      fail(`figure "${f}" (${value} rupees) is neither minRupees nor maxRupees, and the notes do not explain it`);
  }
  for (const n of yearNumbers) if (!o.figures.some((f) => figureValue(f).unit === 'years' && figureValue(f).value === n)) fail(`${n} years is recorded but no figure words it`);
  for (const n of rupeeNumbers) if (!o.figures.some((f) => figureValue(f).unit === 'rupees' && figureValue(f).value === n)) fail(`${n} rupees is recorded but no figure words it`);

  // A minimum is worded as one ("not less than ..."), a maximum as one ("may extend to ...").
  const bound = (n: number, unit: 'years' | 'rupees', lead: string) =>
    new RegExp(`(?:${lead})\\s+${numberPattern(n)}\\s+(?:${unit === 'years' ? 'years?' : 'rupees?'})`, 'i').test(plainForFigures(o.punishment.text));
  const MIN = 'less than';
  const MAX = 'extend to|extend up to|extend upto|not exceeding|more than|up to|upto';
  if (im.minYears !== null && !bound(im.minYears, 'years', MIN)) fail(`minYears ${im.minYears} is not worded as a minimum ("not less than ...")`);
  if (im.maxYears !== null && !bound(im.maxYears, 'years', MAX)) fail(`maxYears ${im.maxYears} is not worded as a maximum ("may extend to ...")`);
  if (fine.minRupees !== null && !bound(fine.minRupees, 'rupees', MIN)) fail(`minRupees ${fine.minRupees} is not worded as a minimum`);
  if (fine.maxRupees !== null && !bound(fine.maxRupees, 'rupees', MAX)) fail(`maxRupees ${fine.maxRupees} is not worded as a maximum`);

  // Punishment words that the record must reflect.
  const t = plainForFigures(o.punishment.text);
  if (/\bdeath\b/.test(t) !== im.death) fail(`death is ${im.death} but the penalty words ${im.death ? 'do not say' : 'say'} "death"`);
  if (/imprisonment for life/.test(t) !== im.life) fail(`life is ${im.life} but the penalty words ${im.life ? 'do not say' : 'say'} "imprisonment for life"`);
  if (/remainder period of (?:his )?natural life/.test(t) !== Boolean(im.remainderOfLife)) fail('remainderOfLife does not match the penalty words');
  const kind = /either description/.test(t) ? 'either' : /rigorous/.test(t) ? 'rigorous' : /simple imprisonment/.test(t) ? 'simple' : 'unspecified';
  if (kind !== im.kind) fail(`imprisonment kind is "${im.kind}" but the penalty words give "${kind}"`);
  if (/forfeiture of property/.test(t) !== o.punishment.forfeiture) fail(`forfeiture is ${o.punishment.forfeiture} but the penalty words ${o.punishment.forfeiture ? 'do not say' : 'say'} "forfeiture of property"`);
  if (/liable to fine/.test(t) !== fine.liable) fail(`fine.liable is ${fine.liable} but the penalty words ${fine.liable ? 'do not say' : 'say'} "liable to fine"`);
  if (/\bfine\b/.test(t) !== (o.punishment.combination !== null)) fail(`combination is ${o.punishment.combination} but the penalty words ${/\bfine\b/.test(t) ? 'provide' : 'provide no'} fine`);
  if (/or with both/.test(t) !== (o.punishment.combination === 'or-both')) fail(`combination is ${o.punishment.combination} but "or with both" is ${/or with both/.test(t) ? '' : 'not '}in the penalty words`);
  return out;
}
