// /compare/offences/?date=YYYY-MM-DD: shows the table of the law in force on the date of offence.
// Without JavaScript both tables stand one after the other, each headed by its period; with it,
// the table that does not apply is hidden, or both stay with a warning where commencement of the
// 2025 amendments is not confirmed. The rule is the shared pure module (src/lib/compare/in-force.ts).
import { textsOn, WINDOWS } from '../lib/compare/in-force.ts';

const fmt = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function apply() {
  const date = new URLSearchParams(location.search).get('date') ?? '';
  const status = document.querySelector<HTMLElement>('[data-date-result]');
  const input = document.querySelector<HTMLInputElement>('#offence-date');
  const now = document.querySelector<HTMLElement>('[data-period="now"]');
  const before = document.querySelector<HTMLElement>('[data-period="before"]');
  if (!status || !now || !before) return;
  if (!date) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
    status.textContent = `“${date}” is not a date. Enter the date of offence as day, month and year; both tables are shown.`;
    status.className = 'notice warn';
    return;
  }
  if (input) input.value = date;
  const results = Object.entries(WINDOWS).map(([act, w]) => ({ act, w, r: textsOn(act, date, [w.earlier, w.later]) }));
  const uncertain = results.filter((x) => x.r.uncertain);
  const allEarlier = results.every((x) => !x.r.uncertain && x.r.versions[0] === x.w.earlier);
  const allLater = results.every((x) => !x.r.uncertain && x.r.versions[0] === x.w.later);
  now.hidden = allEarlier;
  before.hidden = allLater;
  const name: Record<string, string> = { 'ptpa-2018': 'Trafficking Act (PTPA)', 'psma-2018': 'Smuggling Act (PSMA)' };
  const parts = results.map((x) => `${name[x.act] ?? x.act}: ${x.r.uncertain ? 'either text may apply — the 2025 amendment’s commencement is not confirmed' : x.r.versions[0] === x.w.earlier ? 'the text as enacted in 2018' : 'the text as amended in 2025'}`);
  status.textContent = `Offence on ${fmt(date)}. ${parts.join('; ')}. The Penal Code and the Bonded Labour Act columns show the one text the library holds.${uncertain.length ? ' Both tables are shown: check which text applies.' : ''}`;
  status.className = uncertain.length ? 'notice warn' : 'notice';
}
apply();
