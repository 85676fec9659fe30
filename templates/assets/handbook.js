/* handbook: the progress store every page shares. It remembers a learner's ticks, quiz scores and notes in
   this browser (localStorage), migrates renamed items, keeps two tabs in step and applies the theme toggle.
   The other scripts build on it through window.handbookProgress (see the end) and the 'handbook:change'
   event: checklist.js (ticks, progress bars, progress tools), transfer.js (export, import and progress links,
   loaded on first use) and the learner's tools (learner.js and one script per tool). Plain HTML works
   without any of them: the checkboxes are real.
   The stored format, its migration rules and the file and link formats are documented in CONTRIBUTING.md
   ("How learners' progress is stored"): change them only together with that section. */
(function handbook() {
  'use strict';

  var FORMAT = 1;
  var body = document.body;
  var handbookId = body.getAttribute('data-handbook');
  var KEY = 'handbook:v1:' + handbookId;
  var text = window.handbookText;

  function isObject(v) {
    return !!v && typeof v === 'object' && !Array.isArray(v);
  }

  /* ---- store: the only code that touches the progress key; every storage call is guarded ---- */
  var store = (function store() {
    /* When set, progress lives here only: storage is unusable or full, or holds what we must not overwrite. */
    var memory = null;
    var problem = '';
    var keptAside = null;  /* the unreadable value already copied to a backup key */
    var asked = false;

    /* Each distinct problem is announced once (the notice shows the latest). */
    function fail(message) {
      if (message !== problem) {
        problem = message;
        document.dispatchEvent(new CustomEvent('handbook:problem', { detail: message }));
      }
    }

    function unusable() {
      memory = memory || empty();
      fail(text('js.handbook.unusable'));
    }

    function empty() {
      return normalise({ format: FORMAT, items: {} });
    }

    /* Ours, format 1 or later. quiz and extra may be missing, but never of another type: then it is foreign. */
    function valid(state) {
      return isObject(state) && typeof state.format === 'number' && isObject(state.items) &&
        (state.quiz === undefined || isObject(state.quiz)) && (state.extra === undefined || isObject(state.extra));
    }

    /* items gets no prototype, so that an item id such as "constructor" is never found ticked. */
    function normalise(state) {
      state.items = Object.assign(Object.create(null), state.items);
      state.quiz = state.quiz || {};
      state.extra = state.extra || {};
      Object.keys(state.items).forEach(function (id) {
        if (state.items[id] && !isObject(state.items[id])) { state.items[id] = { t: 0 }; }
      });
      return state;
    }

    /* Copies an unreadable value to a backup key (a second, different one gets a dated key), so that the
       next save cannot destroy it. False when even that fails: then nothing may be written. */
    function keepAside(raw) {
      if (keptAside === raw) { return true; }
      try {
        var k = KEY + ':backup';
        var old = localStorage.getItem(k);
        if (old !== null && old !== raw) { k += ':' + Date.now(); }
        if (old !== raw) { localStorage.setItem(k, raw); }
        keptAside = raw;
        return true;
      } catch (e) {
        return false;
      }
    }

    function read() {
      if (memory) { return memory; }
      var raw;
      var state = null;
      try { raw = localStorage.getItem(KEY); } catch (e) { unusable(); return memory; }
      if (raw === null) { return empty(); }
      try { state = JSON.parse(raw); } catch (e) { /* unreadable: kept aside below */ }
      if (isObject(state) && typeof state.format === 'number' && state.format > FORMAT) {
        /* Written by a newer version of the site: never downgrade it; this page works on a copy. */
        memory = valid(state) ? normalise(state) : empty();
        fail(text('js.handbook.newer'));
        return memory;
      }
      if (valid(state)) { return normalise(state); }
      if (keepAside(raw)) {
        fail(text('js.handbook.kept_aside', { key: KEY + ':backup' }));
        return empty();
      }
      memory = empty();
      fail(text('js.handbook.unreadable'));
      return memory;
    }

    function write(state) {
      if (memory) { memory = state; return; }
      try {
        localStorage.setItem(KEY, JSON.stringify(state));
      } catch (e) {
        if (!/quota/i.test(e && e.name)) { unusable(); }
        else { fail(text('js.handbook.full')); }
        memory = state;
        return;
      }
      persist();
    }

    /* Asks the browser not to evict our data under storage pressure (once, on the first save). */
    function persist() {
      if (asked) { return; }
      asked = true;
      try {
        if (navigator.storage && navigator.storage.persist) {
          navigator.storage.persisted().then(function (yes) { return yes || navigator.storage.persist(); })
            .catch(function () {});
        }
      } catch (e) { /* optional */ }
    }

    /* Read, change, write: always starts from what is stored now, so another tab's ticks survive. */
    function update(change) {
      var state = read();
      change(state);
      write(state);
      document.dispatchEvent(new CustomEvent('handbook:change'));
      return state;
    }

    return { read: read, update: update, empty: empty, valid: valid, normalise: normalise,
      problem: function () { return problem; } };
  })();

  /* ---- the notice: one quiet line when storage misbehaves ---- */
  (function notice() {
    var p = null;
    function show(message) {
      var main = document.getElementById('main');
      if (!p && main) {
        p = document.createElement('p');
        p.className = 'note storage-note';
        p.setAttribute('role', 'status');
        main.insertBefore(p, main.firstChild);
      }
      if (p) { p.textContent = message; }
    }
    document.addEventListener('handbook:problem', function (e) { show(e.detail); });
    if (store.problem()) { show(store.problem()); }
  })();

  /* Moves ticks stored under a former id (an item's "was:") to its current id, and lets go of ticks on
     retired ids (items dropped on purpose: "retired:"). The whole handbook's "old:new" pairs and retired
     ids are on every page, so this happens wherever the learner lands first. A tick under the new id wins;
     the old one is then left alone. */
  function migrate() {
    var pairs = (body.getAttribute('data-former') || '').split(' ').filter(Boolean)
      .map(function (pair) { return pair.split(':'); });
    var retired = (body.getAttribute('data-retired') || '').split(' ').filter(Boolean);
    function due(items) {
      return pairs.filter(function (p) { return items[p[0]] && !items[p[1]]; });
    }
    function gone(items) {
      return retired.filter(function (id) { return items[id]; });
    }
    var items = store.read().items;
    if (!due(items).length && !gone(items).length) { return; }
    store.update(function (state) {
      due(state.items).forEach(function (p) {
        state.items[p[1]] = state.items[p[0]];
        delete state.items[p[0]];
      });
      gone(state.items).forEach(function (id) { delete state.items[id]; });
    });
  }

  /* ---- theme: a remembered light/dark choice (theme.js applied it before paint) ---- */
  (function themeToggle() {
    var button = document.querySelector('[data-theme-toggle]');
    if (!button) { return; }
    var root = document.documentElement;
    function dark() {
      var t = root.getAttribute('data-theme');
      return t ? t === 'dark' : window.matchMedia('(prefers-color-scheme: dark)').matches;
    }
    function show() { button.setAttribute('aria-pressed', String(dark())); }
    button.hidden = false;
    show();
    button.addEventListener('click', function () {
      var next = dark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      try { localStorage.setItem('handbook-theme', next); } catch (e) { /* kept for this page only */ }
      show();
    });
  })();

  /* ---- transfer.js: export, import and progress links, loaded the first time they are used ---- */
  var waiting = null;
  function transfer(use) {
    if (window.handbookTransfer) { use(window.handbookTransfer); return; }
    if (waiting) { waiting.push(use); return; }
    waiting = [use];
    var s = document.createElement('script');
    s.src = (body.getAttribute('data-root') || '') + 'assets/transfer.js';
    s.onload = function () {
      var ready = waiting;
      waiting = null;
      ready.forEach(function (fn) { fn(window.handbookTransfer); });
    };
    s.onerror = function () {
      waiting = null;
      document.dispatchEvent(new CustomEvent('handbook:problem',
        { detail: text('js.handbook.tools_failed') }));
    };
    document.head.appendChild(s);
  }

  /* A progress link opened here (or pasted into this page's address): transfer.js offers to merge it. */
  function progressLink() {
    if (/^#progress=/.test(location.hash)) { transfer(function (t) { t.offer(); }); }
  }
  window.addEventListener('hashchange', progressLink);

  /* Another tab changed our key: tell this page's scripts, as for a change made here. */
  window.addEventListener('storage', function (e) {
    if (e.key === KEY || e.key === null) { document.dispatchEvent(new CustomEvent('handbook:change')); }
  });

  /* For the handbook's other scripts: the same store, the same change event. */
  window.handbookProgress = { id: handbookId, FORMAT: FORMAT, isObject: isObject, read: store.read,
    update: store.update, empty: store.empty, valid: store.valid, normalise: store.normalise, migrate: migrate,
    transfer: transfer };

  migrate();
  progressLink();
})();
