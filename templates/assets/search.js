/* handbook search: results as you type from search-index.js (built with the site), in an ARIA combobox.
   Loaded by theme.js on first use, after the index. Keys: "/" focuses (theme.js), ArrowDown/ArrowUp move,
   Enter opens, Escape closes then clears. Focus stays in the box; aria-activedescendant names the active
   result. Every term must match a result's title, text or page title; matches in titles and at the start
   of words rank first. Plain substring matching: for a few hundred entries it takes well under 1 ms.
   Our own code rather than a library: the matching is 40 lines, while lunr.min.js is 29.5 KB, fuse.js's
   basic build 19.3 KB and flexsearch's light build 5.9 KB (no multi-field documents), each on top of this
   interface; and a library's prebuilt index would need Node.js in every handbook's build. */
(function search() {
  'use strict';

  var LIMIT = 10;
  var text = window.handbookText;
  var KIND = { p: text('js.search.page'), h: text('js.search.section'), i: text('js.search.item'),
    m: text('js.search.mastery') };
  var BONUS = { p: 3, h: 2, m: 1, i: 0 };

  var form = document.getElementById('search');
  var input = document.getElementById('search-input');
  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!form || !input || !list || !status) { return; }
  var panel = form.querySelector('[data-search-panel]');
  var none = form.querySelector('[data-search-none]');
  var root = document.body.getAttribute('data-root') || '';
  var data = window.handbookSearch;
  var entries = [];
  var results = [];
  var active = -1;

  /* Lower case without accents, so "resume" finds "résumé". */
  function fold(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  if (data && data.v === 1) {
    entries = data.entries.map(function (e, order) {
      var page = data.pages[e[0]];
      return { path: page[0], where: page[1], anchor: e[1], kind: e[2], title: e[3], order: order,
        t: fold(e[3]), b: fold(e[4]), w: fold(page[1]) };
    });
  }

  function wordStart(text, at) {
    return at === 0 || !/[a-z0-9]/.test(text.charAt(at - 1));
  }

  /* 0 when a term is missing; otherwise higher for title hits and hits at the start of a word. */
  function score(entry, terms) {
    var total = BONUS[entry.kind] || 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var at = entry.t.indexOf(term);
      if (at >= 0) {
        total += wordStart(entry.t, at) ? 10 : 6;
        continue;
      }
      at = entry.b.indexOf(term);
      if (at >= 0) {
        total += wordStart(entry.b, at) ? 4 : 2;
        continue;
      }
      if (entry.w.indexOf(term) >= 0) {
        total += 1;
        continue;
      }
      return 0;
    }
    return total;
  }

  function find(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length) { return []; }
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var s = score(entries[i], terms);
      if (s > 0) { found.push({ entry: entries[i], score: s }); }
    }
    found.sort(function (a, b) { return b.score - a.score || a.entry.order - b.entry.order; });
    return found.map(function (f) { return f.entry; });
  }

  function href(entry) {
    return root + entry.path + (entry.anchor ? '#' + entry.anchor : '');
  }

  function option(entry, i) {
    var li = document.createElement('li');
    li.id = 'search-result-' + i;
    li.className = 'search-result';
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    var title = document.createElement('span');
    title.className = 'search-title';
    title.textContent = entry.title;
    var where = document.createElement('span');
    where.className = 'search-where';
    /* A page says where it stands when its title alone does not (a phase's number, a lesson's part). */
    where.textContent = KIND[entry.kind] + (entry.kind === 'p' && entry.where === entry.title ? '' : ' · ' + entry.where);
    li.appendChild(title);
    li.appendChild(where);
    return li;
  }

  function open(show) {
    panel.hidden = !show;
    input.setAttribute('aria-expanded', String(show && results.length > 0));
  }

  function select(i) {
    var items = list.children;
    if (active >= 0 && items[active]) { items[active].setAttribute('aria-selected', 'false'); }
    active = i;
    if (i < 0 || !items[i]) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    items[i].setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', items[i].id);
    items[i].scrollIntoView({ block: 'nearest' });
  }

  function update() {
    var query = input.value.trim();
    var all = query ? find(query) : [];
    results = all.slice(0, LIMIT);
    list.textContent = '';
    results.forEach(function (entry, i) { list.appendChild(option(entry, i)); });
    active = -1;
    select(results.length ? 0 : -1);
    none.hidden = !(query && !results.length);
    list.hidden = !results.length;
    open(!!query);
    if (!entries.length) {
      status.textContent = text('js.search.unavailable');
      none.textContent = status.textContent;
    } else {
      status.textContent = !query ? '' : !all.length ? text('js.search.no_results') : all.length > LIMIT
        ? text('js.search.results_best', { n: all.length, best: LIMIT }) : text('js.search.results', { n: all.length });
    }
  }

  function go(i) {
    var entry = results[i];
    if (!entry) { return; }
    var url = href(entry);
    open(false);
    var a = document.createElement('a');
    a.href = url;
    if (a.href === location.href && entry.anchor) {
      /* Already there: the URL would not change, so scroll by hand. */
      var target = document.getElementById(entry.anchor);
      if (target) { target.scrollIntoView(); }
      return;
    }
    if (a.pathname === location.pathname) {
      /* Same page: leave the box, so Tab continues from the result rather than from the header. */
      input.blur();
    }
    location.href = url;
  }

  input.addEventListener('input', update);
  input.addEventListener('focus', function () { if (input.value.trim()) { update(); } });
  input.addEventListener('keydown', function (e) {
    var n = results.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (panel.hidden) { update(); return; }
      if (n) { select(e.key === 'ArrowDown' ? (active + 1) % n : (active - 1 + n) % n); }
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (!panel.hidden && active >= 0) { go(active); }
    } else if (e.key === 'Escape') {
      if (!panel.hidden) { open(false); } else { input.value = ''; update(); }
      e.preventDefault();
    }
  });
  /* Keep focus in the box while a result is clicked; the click then opens it. */
  list.addEventListener('mousedown', function (e) { e.preventDefault(); });
  list.addEventListener('click', function (e) {
    var li = e.target.closest && e.target.closest('[role="option"]');
    if (li) { go(Array.prototype.indexOf.call(list.children, li)); }
  });
  form.addEventListener('focusout', function (e) {
    if (!form.contains(e.relatedTarget)) { open(false); }
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });

  /* The reader may have typed while this script loaded. */
  if (document.activeElement === input && input.value.trim()) { update(); }
})();
