/* Pagefind's API, with at most one search running at a time: the latest query wins.

   Pagefind runs every search to the end in one web worker, and its UI starts one per
   keystroke (after its debounce). Typing "export controls" into a 10,000-article
   briefing queued a dozen searches over four index parts, and the results for the whole
   query came 1.6-2.1 s after the last key (median, bench/README.md). Here a search asked
   for while another runs waits; a newer one replaces it; when the running one ends, only
   the newest waiting query runs, and every caller that waited gets its results (the UI
   drops results it no longer wants). So results follow the last key by at most the rest
   of one search plus one, and a pasted query starts at once (the UI's debounce is 0).

   The index parts of a large briefing are merged side by side: the UI merges them one
   after another and waits for each; here mergeIndex() returns at once and searches wait
   until every part is in.

   The UI loads this file as "<bundlePath>pagefind.js" (pagefind-search.js gives it this
   folder as bundlePath); everything but search(), mergeIndex() and filters() is
   Pagefind's own, which finds its bundle, worker and index from its own address. */
export * from "../../pagefind/pagefind.js";
import {
  filters as pagefindFilters, mergeIndex as pagefindMerge, search as pagefindSearch,
} from "../../pagefind/pagefind.js";

const merging = [];  // the parts being merged; searches wait for all of them

export function mergeIndex(path, options) {
  merging.push(pagefindMerge(path, options));
  return Promise.resolve();
}

// Resolved once the UI has loaded Pagefind (options set, index parts asked for): the UI asks
// for the filters right after that (Pagefind 1.5's UI; tests/test_pagefind.py would time out
// on a UI that does not). pagefind-search.js holds the box's input back until then.
let markLoaded;
export const loaded = new Promise((resolve) => { markLoaded = resolve; });

export function filters() {
  markLoaded();
  return Promise.all(merging).then(() => pagefindFilters());
}

let running = null;  // the search in the worker now
let waiting = null;  // { term, options, callers }: the newest query asked for meanwhile

function start(term, options) {
  const search = Promise.all(merging).then(() => pagefindSearch(term, options));
  running = search;
  const next = () => {
    running = null;
    if (!waiting) return;
    const { term: t, options: o, callers } = waiting;
    waiting = null;
    start(t, o).then((r) => callers.forEach((c) => c.resolve(r)),
      (e) => callers.forEach((c) => c.reject(e)));
  };
  search.then(next, next);
  return search;
}

export function search(term, options) {
  if (!running) return start(term, options);
  waiting = waiting || { callers: [] };
  waiting.term = term;
  waiting.options = options;
  return new Promise((resolve, reject) => waiting.callers.push({ resolve, reject }));
}
