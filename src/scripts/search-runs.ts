// One search at a time per form: a reader who types on while a search is under way gets the
// results of the last key, never an earlier search's results arriving late. Shared by the site's
// search page and the downloaded copy's.

/**
 * Wraps `search(state, id)` for `form`: `run(state)` starts a search, marking the form
 * `data-state="busy"` until the latest search is done ("done"), which is what tests and
 * assistive technology wait for. `search` should stop where `isLatest(id)` turns false.
 */
export function searchRuns<S>(form: HTMLElement, search: (state: S, id: number) => Promise<void>) {
  let latest = 0;
  return {
    /** The id of the latest search started. */
    latest: () => latest,
    /** Whether the search with this id is still the latest. */
    isLatest: (id: number) => id === latest,
    async run(state: S) {
      const id = ++latest;
      form.dataset.state = 'busy';
      try {
        await search(state, id);
      } finally {
        if (id === latest) form.dataset.state = 'done';
      }
    },
  };
}
