// Which source file becomes which Act version, and the kind of each section (offence,
// procedure, …), which the sources do not state and the importer cannot guess.
import { join, dirname } from 'node:path';

export const SOURCES_DIR = process.env.SOURCES_DIR ?? join(dirname(new URL(import.meta.url).pathname), '..', '..', 'shared', 'sources');

export interface Import {
  file: string;
  act: string;
  version: string;
  kinds: Record<string, string>;
  headings?: Record<string, string>;
  /** Notes by this library's editors, per section: shown marked as editorial, never as text. */
  editorial?: Record<string, string[]>;
  preambleFrom?: { file: string; note: string };
}

const range = (a: number, b: number, kind: string) =>
  Object.fromEntries(Array.from({ length: b - a + 1 }, (_, i) => [String(a + i), kind]));

const PTPA_KINDS = {
  1: 'preliminary', 2: 'definition', 3: 'offence', 4: 'offence', 5: 'offence', 6: 'protection', 7: 'procedure',
  8: 'procedure', 9: 'procedure', 10: 'procedure', 11: 'protection', 12: 'protection', 13: 'protection',
  14: 'administration', 15: 'rules', 16: 'repeal',
};
const PSMA_KINDS = {
  1: 'preliminary', 2: 'definition', ...range(3, 7, 'offence'), 8: 'protection', 9: 'procedure', 10: 'procedure',
  11: 'procedure', 12: 'administration', 13: 'procedure', 14: 'rules', 15: 'administration', 16: 'preliminary', 17: 'repeal',
};
const BLSA_KINDS = {
  1: 'preliminary', 2: 'definition', 3: 'preliminary', 4: 'protection', 5: 'protection', 6: 'protection', 7: 'protection',
  8: 'offence', 9: 'administration', 10: 'administration', 11: 'offence', 12: 'offence', 13: 'offence', 14: 'offence',
  15: 'administration', 16: 'procedure', 17: 'procedure', 18: 'procedure', 19: 'procedure', 20: 'procedure', 21: 'rules',
};
const PPC_KINDS = { '*': 'offence', 359: 'definition', 360: 'definition', 361: 'definition', 362: 'definition', 375: 'definition', '377A': 'definition' };

const PREAMBLE_NOTE = (file: string) =>
  `The consolidated text omits everything before section 1. The Act number, long title, preamble and enacting formula shown here are those of the Act as enacted (${file}); whether the amending Act of 2025 changed them is not known.`;

export const IMPORTS: Import[] = [
  { file: 'ptpa-2018-as-amended-2025.txt', act: 'ptpa-2018', version: '2025-04-23', kinds: PTPA_KINDS, preambleFrom: { file: 'ptpa-2018.txt', note: PREAMBLE_NOTE('Gazette of Pakistan, 2 June 2018') }, editorial: {
    '10': [
      'One printed line of the proviso to sub-section (1) is missing from the only copy of the 2025 consolidation obtained: the tool that extracted it dropped lines beginning with "the" that contain "act". The missing words are not known and are not filled in. The parallel provision of the Prevention of Smuggling of Migrants Act, 2018, <a href="/psma-2018/s10/">section 10</a> as amended in 2025, reads "Special Court (Central) constituted under the Pakistan Criminal Law Amendment Act, 1958 (XL of 1958) shall try an offence punishable …"; the missing line very probably says the same, but that is a likely reading, not the text. Check the official print or Gazette before relying on it.',
    ],
  } },
  { file: 'ptpa-2018.txt', act: 'ptpa-2018', version: '2018-06-02', kinds: PTPA_KINDS },
  { file: 'psma-2018-as-amended-2025.txt', act: 'psma-2018', version: '2025-04-21', kinds: PSMA_KINDS, preambleFrom: { file: 'psma-2018.txt', note: PREAMBLE_NOTE('Gazette of Pakistan, 24 May 2018') } },
  { file: 'psma-2018.txt', act: 'psma-2018', version: '2018-05-24', kinds: PSMA_KINDS },
  { file: 'ppc-359-377.txt', act: 'ppc', version: '2025-11-30', kinds: PPC_KINDS, headings: { '369A': 'Trafficking of human beings [omitted]' }, editorial: {
    '369A': ['Omitted by <a href="/ptpa-2018/s16/#s16-3">section 16(3) of the Prevention of Trafficking in Persons Act, 2018</a>, which now governs trafficking in persons. For offences committed before the omission: the compilers’ note above quotes the wording enacted in 2016 from an OCR copy of the Gazette of 24 March 2016. That quotation is shown only as their note, not as statute text: the library holds no source file of the 2016 Act or its Gazette, so the quoted wording has not been checked here.'],
  } },
  { file: 'bonded-labour-1992.txt', act: 'blsa-1992', version: '1992-03-17', kinds: BLSA_KINDS },
  { file: 'sindh-bonded-labour-2015-partial.txt', act: 'sindh-blsa-2015', version: '2016-06-28', kinds: { 1: 'preliminary', 2: 'definition' },
    headings: { '1': 'Short title, extent and commencement', '2': 'Definitions' } },
  { file: 'punjab-bonded-labour-1992-as-amended.txt', act: 'blsa-1992-punjab', version: '2012-02-11', kinds: BLSA_KINDS },
];
