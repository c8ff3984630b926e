/* Pagefind's API, with at most one search running at a time (the latest query wins), and
   the index parts of a large briefing searched by several workers side by side.

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

   Pagefind searches the parts it has merged one after another, in its one worker (one
   per copy of pagefind.js that the page loads). Told how many parts there are
   (spread()), this module gives each of up to one worker per core (at most
   MAX_WORKERS) a run of consecutive parts: the first worker the Search page's own
   Pagefind, each other one a copy of pagefind.js loaded under another address
   ("pagefind.js?worker=2"), whose first part is its main index. A search asks every
   worker and merges what they find as Pagefind merges its parts (by score; for equal
   scores, in the order of the parts), so the results are those of one worker. On a
   10,000-article briefing in four parts, two workers on two cores showed the results of
   a query typed key by key 184 ms after the last key instead of 263 (medians of 15,
   bench/README.md); a pasted query's first result came 318 ms after it instead of 301,
   the price of starting a second worker when the box is first used.

   The UI loads this file as "<bundlePath>pagefind.js" (pagefind-search.js gives it this
   folder as bundlePath); everything but options(), mergeIndex(), filters(), search(),
   preload() and destroy() is Pagefind's own, which finds its bundle, worker and index
   from its own address. */
export * from "../../pagefind/pagefind.js";
import * as pagefind from "../../pagefind/pagefind.js";

const MAX_WORKERS = 4;

const workers = [Promise.resolve(pagefind)];  // Pagefind's API, one copy per worker
let firstPartOf = [0];  // index of the first part of each worker's run (part 0: the main index)
let merged = 0;  // parts merged so far, besides the main index
let uiOptions = {};
const merging = [];  // the parts being merged; searches wait for all of them

/* How many index parts the page will merge besides the main one; before mergeIndex(). */
export function spread(others) {
  const parts = others + 1;
  const cores = (typeof navigator !== "undefined" && navigator.hardwareConcurrency) || 1;
  const n = Math.max(1, Math.min(parts, cores, MAX_WORKERS));
  firstPartOf = Array.from({ length: n }, (_, w) => Math.round((w * parts) / n));
}

export function options(opts) {
  uiOptions = { ...uiOptions, ...opts };
  return pagefind.options(opts);
}

export function mergeIndex(path, opts) {
  const part = ++merged;
  const w = firstPartOf.filter((first) => first <= part).length - 1;
  if (w > 0 && firstPartOf[w] === part) {  // this worker's main index: a copy of Pagefind
    workers[w] = import(`../../pagefind/pagefind.js?worker=${w + 1}`).then(async (copy) => {
      // Pagefind takes the site's root from what precedes "pagefind/" in a main index's path.
      const basePath = new URL(path, window.location.href).pathname;
      await copy.options({ ...uiOptions, ...opts, basePath });
      await copy.init();
      return copy;
    });
    merging.push(workers[w]);
  } else {
    merging.push(workers[w].then((api) => api.mergeIndex(path, opts)));
  }
  return Promise.resolve();
}

function all() {
  return Promise.all(merging).then(() => Promise.all(workers));
}

// As Pagefind merges the filter counts of its parts.
function mergeFilters(each) {
  const out = {};
  for (const filters of each) {
    for (const [name, values] of Object.entries(filters || {})) {
      const into = (out[name] = out[name] || {});
      for (const [value, count] of Object.entries(values)) into[value] = (into[value] || 0) + count;
    }
  }
  return out;
}

// Resolved once the UI has loaded Pagefind (options set, index parts asked for): the UI asks
// for the filters right after that (Pagefind 1.5's UI; tests/test_pagefind.py would time out
// on a UI that does not). pagefind-search.js holds the box's input back until then.
let markLoaded;
export const loaded = new Promise((resolve) => { markLoaded = resolve; });

// Settled once that first call's filters are in: every worker has its WebAssembly and the
// metadata of each of its parts, so a search asked for now starts at once (what Material's
// "Initializing search" waits for). pagefind-search.js marks the box busy until then.
let markReady;
export const ready = new Promise((resolve) => { markReady = resolve; });

export function filters() {
  markLoaded();
  const got = all().then((apis) => Promise.all(apis.map((api) => api.filters()))).then(mergeFilters);
  got.then(() => markReady(), () => markReady());
  return got;
}

export function preload(term, opts) {
  return all().then((apis) => Promise.all(apis.map((api) => api.preload(term, opts)))).then(() => undefined);
}

export function destroy() {
  return Promise.all(workers).then((apis) => Promise.all(apis.map((api) => api.destroy())));
}

// Every worker's search, merged as Pagefind merges those of its parts.
async function searchAll(term, opts) {
  const apis = await all();
  const found = await Promise.all(apis.map((api) => api.search(term, opts)));
  if (found.length === 1) return found[0];
  return {
    ...found[0],
    results: found.map((f) => f.results).flat().sort((a, b) => b.score - a.score),
    unfilteredResultCount: found.reduce((sum, f) => sum + f.unfilteredResultCount, 0),
    filters: mergeFilters(found.map((f) => f.filters)),
    totalFilters: mergeFilters(found.map((f) => f.totalFilters)),
    timings: found.map((f) => f.timings).flat(),
  };
}

let running = null;  // the search in the workers now
let waiting = null;  // { term, options, callers }: the newest query asked for meanwhile

function start(term, opts) {
  const search = searchAll(term, opts);
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

export function search(term, opts) {
  if (!running) return start(term, opts);
  waiting = waiting || { callers: [] };
  waiting.term = term;
  waiting.options = opts;
  return new Promise((resolve, reject) => waiting.callers.push({ resolve, reject }));
}
