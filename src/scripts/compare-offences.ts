// /compare/offences/?date=YYYY-MM-DD: shows the table of the law in force on the date of offence.
// Without JavaScript both tables stand one after the other, each headed by its period; with it,
// the table that does not apply is hidden, or both stay with a warning where commencement of the
// 2025 amendments is not confirmed. The rule is the shared pure module (src/lib/versions/in-force.ts),
// fed with the Acts' periods the page carries in a data attribute.
import { tablesFor, type ActPeriods } from '../lib/compare/periods.ts';
import { isIsoDate } from '../lib/versions/in-force.ts';

const fmt = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function apply() {
  const date = new URLSearchParams(location.search).get('date') ?? '';
  const status = document.querySelector<HTMLElement>('[data-date-result]');
  const input = document.querySelector<HTMLInputElement>('#offence-date');
  const now = document.querySelector<HTMLElement>('[data-period="now"]');
  const before = document.querySelector<HTMLElement>('[data-period="before"]');
  const data = document.querySelector<HTMLElement>('[data-act-periods]')?.dataset.actPeriods;
  if (!status || !now || !before || !data || !date) return;
  if (!isIsoDate(date)) {
    status.textContent = `“${date}” is not a date. Enter the date of offence as day, month and year; both tables are shown.`;
    status.className = 'notice warn';
    return;
  }
  if (input) input.value = date;
  const t = tablesFor(JSON.parse(data) as ActPeriods[], date);
  now.hidden = !t.now;
  before.hidden = !t.before;
  status.textContent = `Offence on ${fmt(date)}. ${t.lines.join('. ')}. The Penal Code and Bonded Labour Act columns show the one text the library holds of each.${t.uncertain ? ' Both tables are shown: which text applies depends on a commencement date that is not confirmed.' : ''}`;
  status.className = t.uncertain ? 'notice warn' : 'notice';
}
apply();
