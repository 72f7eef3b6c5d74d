// On an offence page: says whether the text this record is read from governed the date the reader
// gives (?date=), and points to the other text where it did not, or where commencement is unsure.
import { standingOn, isIsoDate, periodWords, type VersionWithPeriod } from '../lib/versions/in-force.ts';
import { earlierWordingWarning } from '../lib/versions/amendments.ts';
import type { SectionFootnotes } from '../lib/finder/footnotes.ts';

const data: { self: { id: string; version: string }; versions: VersionWithPeriod[]; twins: { id: string; version: string; url: string; label: string }[]; footnotes: SectionFootnotes[] } =
  JSON.parse(document.querySelector('#offence-date-data')!.textContent!);
const form = document.querySelector<HTMLFormElement>('#offence-date')!;
const input = form.querySelector<HTMLInputElement>('input[name="date"]')!;
const answer = document.querySelector<HTMLOutputElement>('#offence-date-answer')!;

function say(date: string) {
  answer.replaceChildren();
  if (!date) return;
  if (!isIsoDate(date)) { answer.textContent = `“${date}” is not a date.`; return; }
  const self = data.versions.find((v) => v.id === data.self.version)!;
  const s = standingOn(self.applies, date);
  const p = document.createElement('p');
  p.dataset.standing = s;
  p.textContent = s === 'in-force'
    ? `On ${date} this text governed: ${periodWords(self)}.`
    : s === 'uncertain'
      ? `On ${date} this text may or may not have governed: the date the 2025 amendments commenced is not confirmed. Read both texts.`
      : `On ${date} this text did not govern (${periodWords(self)}).`;
  answer.append(p);
  for (const t of data.twins) {
    const tv = data.versions.find((v) => v.id === t.version)!;
    const ts = standingOn(tv.applies, date);
    if (ts === 'not-in-force') continue;
    const q = document.createElement('p');
    const a = document.createElement('a');
    a.href = `${t.url}?date=${date}`;
    a.textContent = t.label;
    q.append(ts === 'in-force' ? 'The text that governed then: ' : 'The other text, which may have governed then: ', a, ` (${periodWords(tv)})`);
    answer.append(q);
  }
  for (const f of data.footnotes) {
    const w = earlierWordingWarning(f.section, f.footnotes, date);
    if (w) { const q = document.createElement('p'); q.textContent = w; answer.append(q); }
  }
}

const initial = new URLSearchParams(location.search).get('date') ?? '';
input.value = isIsoDate(initial) ? initial : '';
say(initial);
form.addEventListener('submit', (e) => {
  e.preventDefault();
  const url = new URL(location.href);
  if (input.value) url.searchParams.set('date', input.value); else url.searchParams.delete('date');
  history.replaceState(null, '', url);
  say(input.value);
});
