/* Search with Pagefind (large briefings): the Search page gets Pagefind's UI, and an
   article opened from a result highlights the searched words (?highlight=...).
   Everything is loaded from this site's own pagefind/ folder: no other host. */
(function () {
  function base() {
    var config = document.getElementById("__config");
    var root = config ? JSON.parse(config.textContent).base : ".";
    return new URL(root.replace(/\/?$/, "/"), window.location.href).href;
  }
  function loadScript(src, done) {
    var s = document.createElement("script");
    s.src = src;
    s.onload = done;
    document.head.appendChild(s);
  }
  function setupSearch() {
    var el = document.getElementById("pagefind-search");
    if (!el || el.dataset.ready) return;
    el.dataset.ready = "1";
    // Busy until Pagefind has loaded its index (aria-busy="false" then): a query entered
    // meanwhile is held and searched once it has (holdInputUntil).
    el.setAttribute("aria-busy", "true");
    var bundle = base() + "pagefind/";
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = bundle + "pagefind-ui.css";
    document.head.appendChild(css);
    document.querySelectorAll(".pagefind-noscript").forEach(function (p) { p.hidden = true; });
    // Large briefings are indexed in parts (briefing-parts.json lists the others): merged here.
    var parts = fetch(bundle + "briefing-parts.json").then(function (r) { return r.ok ? r.json() : []; })
      .catch(function () { return []; });
    var api = base() + "assets/pagefind-latest/";
    var pagefind = import(api + "pagefind.js");
    loadScript(bundle + "pagefind-ui.js", function () {
      Promise.all([parts, pagefind]).then(function (got) {
        var others = got[0];
        keepQueryInAddress(el);  // (before holdInputUntil, which holds input events back a while)
        holdInputUntil(el, got[1].loaded);
        got[1].ready.then(function () { el.setAttribute("aria-busy", "false"); });
        got[1].spread(others.length);  // the parts searched by a worker per core
        // Pagefind's API through assets/pagefind-latest/ (one search at a time, the latest
        // query wins): so no debounce is needed, and a pasted query is searched at once.
        var ui = new window.PagefindUI({
          element: "#pagefind-search", bundlePath: api, showSubResults: true,
          showImages: false, highlightParam: "highlight", resetStyles: false,
          debounceTimeoutMs: 0, processResult: byline,
          // (a misspelt name found nothing and said no more)
          translations: { zero_results: "No results for [SEARCH_TERM]. Check the spelling, or search for " +
                                        "fewer words or the start of a word." },
          mergeIndex: others.map(function (part) {
            return { bundlePath: bundle + part, highlightParam: "highlight" };  // per index
          }),
        });
        var q = new URLSearchParams(window.location.search).get("q");
        if (q) ui.triggerSearch(q);
        var input = el.querySelector("input");
        if (input) input.focus();
      });
    });
  }
  // Each result says where and when it was published (the article's header marks its publication
  // and date as Pagefind metadata): two results of the same subject told apart. The UI lists a
  // result's metadata as "Key: value"; the two are one line, "Published: Reuters · 12 April 2019"
  // (what is not known said as the article's header says it).
  function byline(result) {
    var meta = result.meta = result.meta || {};
    meta.published = (meta.source || "Publication not stated") + " \u00b7 " + (meta.date || "Undated");
    delete meta.source;
    delete meta.date;
    return result;
  }
  // The address holds the query (?q=, which the page searches on load): Back from a result
  // returns to the same results, and a search can be bookmarked or shared. Replaced, not
  // pushed: each key is no step of the history.
  function keepQueryInAddress(el) {
    el.addEventListener("input", function (event) {
      if (!event.target.matches || !event.target.matches("input")) return;
      var params = new URLSearchParams(window.location.search);
      var value = event.target.value.trim();
      if (value) params.set("q", value); else params.delete("q");
      var query = params.toString();
      history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : "") +
                           window.location.hash);
    }, true);
  }
  // Keys typed before the UI has loaded Pagefind each start a search that waits in the UI's
  // own polling loop (50 ms a round); those wake in any order, and the UI shows the results
  // of the last to wake, which need not be the whole query. So until Pagefind is loaded the
  // box's input events are held back; then one is replayed, for what the box holds by then.
  function holdInputUntil(el, loaded) {
    var ready = false, held = false;
    el.addEventListener("input", function (event) {
      if (!ready) { held = true; event.stopImmediatePropagation(); }
    }, true);
    loaded.then(function () {
      ready = true;
      var input = el.querySelector("input");
      if (held && input) input.dispatchEvent(new Event("input", { bubbles: true }));
    });
  }
  function setupHighlight() {
    if (!new URLSearchParams(window.location.search).get("highlight")) return;
    import(base() + "pagefind/pagefind-highlight.js").then(function () {
      new window.PagefindHighlight({ highlightParam: "highlight" });
    });
  }
  function setup() { setupSearch(); setupHighlight(); }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();
