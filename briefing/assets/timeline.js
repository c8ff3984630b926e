/* Timeline filters (topic, entity, events only). Without JavaScript the form stays
   hidden and the whole timeline reads in full. Works with Material's instant loading.
   (At the end: the search box, searched on every change.) */
(function () {
  function setup() {
    var form = document.querySelector("form.timeline-filters");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "1";
    form.hidden = false;
    var items = Array.prototype.slice.call(document.querySelectorAll("li.tl-item"));
    var output = form.querySelector("output");
    function value(name) {  // (a menu with nothing to choose is left out of the page)
      return form.elements[name] ? form.elements[name].value : "";
    }
    function apply() {
      var topic = value("topic");
      var entity = value("entity");
      var eventsOnly = form.elements["events-only"].checked;
      var shown = 0;
      items.forEach(function (li) {
        var ok = (!topic || (" " + li.dataset.topics + " ").indexOf(" " + topic + " ") >= 0) &&
                 (!entity || (" " + li.dataset.entities + " ").indexOf(" " + entity + " ") >= 0) &&
                 (!eventsOnly || li.classList.contains("tl-event"));
        li.hidden = !ok;
        if (ok) shown += 1;
      });
      document.querySelectorAll("ol.timeline").forEach(function (list) {
        var any = list.querySelector("li.tl-item:not([hidden])");
        list.hidden = !any;
        // The section's heading goes with it, and what stands between ("These articles do
        // not state when they were published.").
        var heading = list.previousElementSibling;
        while (heading && !/^H[12]$/.test(heading.tagName) && !heading.matches("ol.timeline, form")) {
          heading.hidden = !any;
          heading = heading.previousElementSibling;
        }
        if (heading && /^H2$/.test(heading.tagName)) {
          heading.hidden = !any;
          // The table of contents lists only the years left to show.
          if (heading.id) document.querySelectorAll('.md-nav--secondary a[href$="#' + CSS.escape(heading.id) + '"]')
            .forEach(function (a) { a.closest("li").hidden = !any; });
        }
      });
      output.textContent = shown + " of " + items.length + " entries shown" +
        (shown ? "" : ": none matches these filters");
    }
    function remember() {  // the address says what is shown: a filtered view can be shared
      var params = new URLSearchParams(window.location.search);
      [["topic", value("topic")], ["entity", value("entity")],
       ["events", form.elements["events-only"].checked ? "1" : ""]].forEach(function (kv) {
        if (kv[1]) params.set(kv[0], kv[1]); else params.delete(kv[0]);
      });
      var query = params.toString();
      history.replaceState(history.state, "", window.location.pathname + (query ? "?" + query : "") +
                           window.location.hash);
    }
    // ?topic=<slug>&entity=<slug>&events=1 presets the filters (entity pages link here).
    var params = new URLSearchParams(window.location.search);
    ["topic", "entity"].forEach(function (name) {
      var value = params.get(name);
      var select = form.elements[name];
      if (value && select && select.querySelector('option[value="' + CSS.escape(value) + '"]')) select.value = value;
    });
    if (params.get("events") === "1") form.elements["events-only"].checked = true;
    form.addEventListener("change", function () { apply(); remember(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    apply();
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setup);
  } else {
    document.addEventListener("DOMContentLoaded", setup);
  }
})();

/* Material's search box searches on key events only: text pasted with the mouse, dropped
   in, filled in by the browser or committed by an input method left "Type to start
   searching" until a key was pressed. Each such change of the box now counts as a key (a
   change typed on the keyboard is searched once: the theme drops a query equal to the last).
   The Search page of a large briefing (Pagefind's UI) listens to input already. */
(function () {
  document.addEventListener("input", function (e) {
    var box = e.target;
    if (e.isComposing || !box.matches || !box.matches("input.md-search__input")) return;
    box.dispatchEvent(new KeyboardEvent("keyup", { bubbles: true }));
  });
})();

/* Words with and without their marks (briefing/site.py index_unmarked gives each marked word of
   Material's index unmarked too, in fields the search reads and never shows):
   - a query typed with marks ("Nicușor") also finds the pages that write the word without them
     ("Nicusor", as English wires do): the query goes to Material's search worker unmarked, which
     finds both; the box keeps what was typed (only the worker's query message, {type: 2, data},
     is changed);
   - a word so found ("Pirvulescu" for "Pîrvulescu") is marked on the page the result opens, as
     Material marks the words it can match as written (the "h" parameter of the result's link):
     only those whose letters, without their marks, begin with a searched term and which, as
     written, do not (Material marks the others);
   - a word with marks is searched as typed and unmarked both ("cỏ co"), and its unmarked form, when
     short, as a whole word ("co^1": Material's search takes each term for the start of words):
     Vietnamese's syllables without their marks are other languages' words and beginnings of words,
     "mây" is English's "may" (a stop word, dropped) and "cỏ" all words in "co…", so "Cỏ Mây" listed
     27 pages but the only one that names the shoal (a first-time user's South China Sea briefing);
   - words of Thai, Lao, Khmer and Burmese, which set no spaces between them, are found inside
     a run of letters too (below); Material marks them on the page as they are written. */
(function () {
  if (!String.prototype.normalize) return;
  var LETTERS = { "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i",
                  "ŧ": "t", "Ŧ": "T", "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "Ð": "D",
                  "þ": "th", "Þ": "Th" };
  // Only Latin, Greek and Cyrillic letters (and the ligatures and fullwidth forms copied from
  // PDFs) lose their marks, as in briefing/text.py strip_marks: Thai's "ำ" taken apart made "ทำ"
  // a word no page holds.
  var FOLDED = /[\u0000-\u052f\u1e00-\u1fff\ufb00-\ufb06\uff00-\uffef]+/g;
  // Arabic and Hebrew, as text.py's _RTL_FOLD: Arabic without its harakat ("شنّتا" typed "شنتا") and tatweel, a bare
  // alif for "أ", "إ", "آ", "ٱ" ("الأحمر" typed "الاحمر"), Persian's "ی" and "ک" as Arabic's "ي" and "ك"; Hebrew
  // without its points, its geresh and gershayim for the apostrophe and quote typed in their place ("החות'ים").
  var RTL = /[\u0591-\u05f4\u0600-\u06ff]/;
  var RTL_DROPPED = /[\u064b-\u065f\u0670\u0640\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g;
  var RTL_LETTERS = { "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
                      "\u06cc": "\u064a", "\u06a9": "\u0643" };
  function unmarked(text) {
    text = text.replace(FOLDED, function (run) {
      return run.replace(/[łŁøØđĐħĦıŧŦßæÆœŒðÐþÞ]/g, function (c) { return LETTERS[c]; })
        .normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
    });
    if (!RTL.test(text)) return text;
    return text.replace(RTL_DROPPED, "").replace(/[\u0623\u0625\u0622\u0671\u06cc\u06a9]/g, function (c) {
      return RTL_LETTERS[c];
    }).replace(/([\u05d0-\u05ea])'/g, "$1\u05f3").replace(/([\u05d0-\u05ea])"(?=[\u05d0-\u05ea])/g, "$1\u05f4");
  }

  // Thai, Lao, Khmer and Burmese set no spaces between words, and Lunr (under Material's search)
  // took a whole run ("ห้องสมุดมีหนังสือมากกว่าสองล้านเล่ม") for one word: a word inside it was
  // never found. Japanese too, where kana meet kanji: the search plugin splits only the kanji
  // (with jieba, for Chinese), so "東京エレクトロン" found nothing. The browser's word segmenter
  // (Intl.Segmenter: ICU's dictionaries) splits them. Each entry of the index that holds such
  // text gets its words in fields of their own (WORD_FIELDS: read, never shown, as the unmarked
  // ones), and a query is split the same way. Chinese alone is left to the search plugin.
  var RUN = new RegExp("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f]+" +
                       "|[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]*[\u3040-\u30ff\uff66-\uff9f]" +
                       "[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff66-\uff9f]*", "g");
  var HAS_RUN = /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f\u3040-\u30ff\uff66-\uff9f]/;
  var SHORT_UNMARKED = 5;  // letters: a shorter unmarked form is searched as a whole word
  var WORD_FIELDS = { title_words: "title", text_words: "text" };
  var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ?
    new Intl.Segmenter(undefined, { granularity: "word" }) : null;
  function runWords(text) {  // the words of text's runs of those scripts
    var found = [];
    text.replace(RUN, function (run) {
      Array.from(segmenter.segment(run)).forEach(function (s) { if (s.isWordLike) found.push(s.segment); });
      return run;
    });
    return found;
  }
  function splitWords(entries) {  // the index's entries (Material's setup message), in place
    var fields = {};
    entries.forEach(function (entry) {
      Object.keys(WORD_FIELDS).forEach(function (field) {
        var value = entry[WORD_FIELDS[field]];
        if (typeof value !== "string" || !HAS_RUN.test(value)) return;
        entry[field] = runWords(value).join(" ");
        fields[field] = true;
      });
    });
    return Object.keys(fields);
  }

  // The short unmarked forms added to the query now searched ("co" for "cỏ"). Material copies the
  // terms a result matched into its link (?h=cỏ+mây+co), and the page it opens marked every word
  // in "co…" ("Coast Guard", "Converted"): the link gets the word as typed instead, and mark()
  // (below) marks the unmarked form as a whole word.
  var shortForms = {};
  function plainLinks(root) {
    if (!root.querySelectorAll) return;
    var links = root.matches && root.matches("a[href]") ? [root] : [];
    Array.prototype.push.apply(links, root.querySelectorAll("a[href]"));
    links.forEach(function (a) {
      var url = new URL(a.href, window.location.href);
      var h = url.searchParams.get("h");
      if (!h) return;
      var kept = [];
      h.split(/\s+/).forEach(function (t) {
        t = Object.prototype.hasOwnProperty.call(shortForms, t) ? shortForms[t] : t;
        if (t && kept.indexOf(t) < 0) kept.push(t);
      });
      if (kept.join(" ") === h) return;
      url.searchParams.set("h", kept.join(" "));
      a.setAttribute("href", url.href);
    });
  }
  function watchResults() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || list.dataset.hWatched) return;
    list.dataset.hWatched = "1";
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        Array.prototype.forEach.call(change.addedNodes, function (n) { if (n.nodeType === 1) plainLinks(n); });
      });
    }).observe(list, { childList: true, subtree: true });
  }

  if (typeof Worker !== "undefined") {
    var post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (message) {
      var args = Array.prototype.slice.call(arguments);
      if (message && message.type === 0 && segmenter && message.data && Array.isArray(message.data.docs) &&
          message.data.config && message.data.config.fields) {
        var config = message.data.config;
        splitWords(message.data.docs).forEach(function (field) {
          var source = config.fields[WORD_FIELDS[field]] || {};
          config.fields[field] = { boost: source.boost || 1 };
        });
      } else if (message && message.type === 2 && typeof message.data === "string") {
        shortForms = {};
      }
      if (message && message.type === 2 && typeof message.data === "string" && /[^\x00-\x7f]/.test(message.data)) {
        var query = message.data;
        if (segmenter && HAS_RUN.test(query)) {
          query = query.replace(RUN, function (run) { return " " + runWords(run).join(" ") + " "; })
            .replace(/\s+/g, " ").trim();
        }
        // (a query with quotes or Lunr's marks, "+", "-", "~", "^", "*", ":", as before: unmarked whole)
        args[0] = { type: 2, data: /["+\-~^*:]/.test(query) ? unmarked(query) : query.split(/\s+/).map(function (w) {
          var plain = unmarked(w);
          if (plain === w) return w;
          if (plain.length < SHORT_UNMARKED && /^[\p{L}\p{N}]+$/u.test(plain)) {
            shortForms[plain.toLowerCase()] = shortForms[plain.toLowerCase()] || w.toLowerCase();
            return w + " " + plain + "^1";
          }
          return w + " " + plain;
        }).join(" ") };
      }
      return post.apply(this, args);
    };
  }

  function mark() {
    var h = new URLSearchParams(window.location.search).get("h");
    var content = document.querySelector("article.md-content__inner");
    if (!h || !content) return;
    var raw = h.toLowerCase().split(/\s+/).filter(function (t) { return t; });
    var terms = raw.map(unmarked);
    if (!terms.length) return;
    // (a short unmarked form, searched as a whole word, is marked as one: "co" for "cỏ", not "Coast")
    var whole = raw.map(function (r, i) { return terms[i] !== r && terms[i].length < SHORT_UNMARKED; });
    // (a Hebrew word's geresh or gershayim, or the apostrophe typed for it, inside it: "החות'ים")
    var word = /(?:[\p{L}\p{M}\p{N}]|(?<=[\u05d0-\u05ea])['"\u05f3\u05f4](?=[\u05d0-\u05ea]))+/gu;
    var nodes = [];
    var it = document.createNodeIterator(content, NodeFilter.SHOW_TEXT);
    for (var node = it.nextNode(); node; node = it.nextNode()) {
      var parent = node.parentElement;
      if (parent && parent.offsetHeight && !parent.closest("mark, script, style") &&
          (/[^\x00-\x7f]/.test(node.textContent) || whole.indexOf(true) >= 0)) nodes.push(node);
    }
    nodes.forEach(function (node) {
      var text = node.textContent, parts = [], last = 0, m;
      word.lastIndex = 0;
      while ((m = word.exec(text)) !== null) {
        var as = m[0].toLowerCase(), plain = unmarked(as);
        // (the query holds a marked word and its unmarked form: a word that begins with either as written
        // is Material's to mark)
        var hit = !raw.some(function (r) { return as.indexOf(r) === 0; }) &&
          terms.some(function (t, i) { return whole[i] ? plain === t : plain.indexOf(t) === 0; });
        if (!hit) continue;
        parts.push(document.createTextNode(text.slice(last, m.index)));
        var el = document.createElement("mark");
        el.setAttribute("data-md-highlight", "");
        el.textContent = m[0];
        parts.push(el);
        last = m.index + m[0].length;
      }
      if (!parts.length) return;
      parts.push(document.createTextNode(text.slice(last)));
      node.replaceWith.apply(node, parts);
    });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { mark(); watchResults(); });
  } else {
    document.addEventListener("DOMContentLoaded", function () { mark(); watchResults(); });
  }
})();

/* The search plugin splits Chinese and Japanese text into words with zero-width spaces, in the
   index's titles and text, and its results show them: a result's title copied from the list
   carried them (a first-time user's competition-law briefing pasted "スマートフォンにおいて\u200b利用\u200bされる…").
   They are taken out of the results as the list shows them; the index, which needs them, keeps them. */
(function () {
  var ZWSP = /\u200b/g;
  function clean(root) {
    var it = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
    for (var node = it.nextNode(); node; node = it.nextNode()) {
      if (node.nodeValue.indexOf("\u200b") >= 0) node.nodeValue = node.nodeValue.replace(ZWSP, "");
    }
  }
  function watch() {
    var list = document.querySelector(".md-search-result__list");
    if (!list || list.dataset.zwspWatched) return;
    list.dataset.zwspWatched = "1";
    new MutationObserver(function (changes) {
      changes.forEach(function (change) {
        Array.prototype.forEach.call(change.addedNodes, function (n) { if (n.nodeType === 1) clean(n); });
      });
    }).observe(list, { childList: true, subtree: true });
  }
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(watch);
  } else {
    document.addEventListener("DOMContentLoaded", watch);
  }
})();
