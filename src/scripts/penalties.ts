// Sorting and filtering of the penalty table; the table itself needs no script.
const table = document.querySelector<HTMLTableElement>('#penalty-table');
const form = document.querySelector<HTMLFormElement>('#pt-filters');
if (table && form) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  form.hidden = false;

  const apply = () => {
    const f = new FormData(form);
    let shown = 0;
    for (const r of rows) {
      // "Where" keeps every row whose text governs that place, the laws of the whole of Pakistan included.
      const place = String(f.get('place') ?? '');
      const ok = (['act', 'cognizable', 'bailable', 'compoundable'] as const).every((k) => !f.get(k) || r.dataset[k] === f.get(k))
        && (!place || (r.dataset.places ?? '').split(' ').includes(place))
        && (f.get('currentOnly') !== '1' || r.dataset.current === 'true');
      r.hidden = !ok;
      if (ok) shown++;
    }
    document.querySelector('#pt-count')!.textContent = `${shown} offence${shown === 1 ? '' : 's'} shown`;
  };
  form.addEventListener('change', apply);
  apply();

  for (const th of table.tHead!.rows[0].cells) {
    const how = th.dataset.sort;
    if (!how) continue;
    const label = th.textContent ?? '';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = label;
    th.replaceChildren(button);
    th.dataset.label = label; // printed in place of the button (src/styles/print.css)
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
      for (const other of table.tHead!.rows[0].cells) if (other.dataset.sort) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', dir);
      const idx = th.cellIndex;
      const key = th.dataset.key;
      const value = (r: HTMLTableRowElement) => (how === 'num' ? Number(r.dataset[key!]) : r.cells[idx].textContent ?? '');
      rows.sort((a, b) => {
        const x = value(a), y = value(b);
        const c = typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y), 'en', { numeric: true });
        return dir === 'ascending' ? c : -c;
      });
      body.append(...rows);
    });
  }
}
