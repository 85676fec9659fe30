/* handbook: remembers a learner's ticks in this browser (localStorage), shows progress, moves it between
   devices (file or link), and keeps two tabs in step. Plain HTML works without it: the checkboxes are real.
   Stored format (documented in CONTRIBUTING.md): key "handbook:v1:<handbook id>", value
   {"format":1,"items":{"<item id>":{"t":<ms>,"h":"<text hash>"}},"quiz":{},"extra":{}}. */
(function handbook() {
  'use strict';

  var FORMAT = 1;
  var body = document.body;
  var handbookId = body.getAttribute('data-handbook');
  var KEY = 'handbook:v1:' + handbookId;

  /* ---- store: the only code that touches localStorage; every call guarded ---- */
  var store = (function store() {
    var memory = null;       /* the state when storage is unusable */
    var readOnly = false;    /* a newer format is stored: never overwrite it */
    var problem = '';
    var asked = false;

    function storage() {
      try {
        var s = window.localStorage;
        s.getItem(KEY);
        return s;
      } catch (e) {
        fail('Your browser does not let this page store data, so ticks last only until you leave the page.');
        return null;
      }
    }

    function fail(message) {
      if (!problem) {
        problem = message;
        document.dispatchEvent(new CustomEvent('handbook:problem', { detail: message }));
      }
    }

    function empty() {
      return { format: FORMAT, items: {}, quiz: {}, extra: {} };
    }

    function valid(state) {
      return state && typeof state === 'object' && !Array.isArray(state) && typeof state.format === 'number' &&
        state.items && typeof state.items === 'object' && !Array.isArray(state.items);
    }

    function normalise(state) {
      if (!state.quiz || typeof state.quiz !== 'object') { state.quiz = {}; }
      if (!state.extra || typeof state.extra !== 'object') { state.extra = {}; }
      return state;
    }

    /* Keeps an unreadable value under a backup key, once, instead of overwriting it. */
    function backup(s, raw) {
      try {
        var k = KEY + ':backup';
        if (s.getItem(k) === null) { s.setItem(k, raw); }
      } catch (e) { /* nothing more we can do; the value stays where it was until the next write */ }
    }

    function read() {
      if (memory) { return memory; }
      var s = storage();
      if (!s) { memory = empty(); return memory; }
      var raw = s.getItem(KEY);
      if (raw === null) { return empty(); }
      var state = null;
      try { state = JSON.parse(raw); } catch (e) { state = null; }
      if (!valid(state)) {
        backup(s, raw);
        fail('Saved progress could not be read; it was kept aside (' + KEY + ':backup) and a fresh start made.');
        return empty();
      }
      if (state.format > FORMAT) {
        readOnly = true;
        fail('Progress was saved by a newer version of this handbook. Ticks here are not saved; reload to update.');
      }
      return normalise(state);
    }

    function write(state) {
      if (readOnly || memory) { memory = memory || state; return; }
      var s = storage();
      if (!s) { memory = state; return; }
      try {
        s.setItem(KEY, JSON.stringify(state));
        persist();
      } catch (e) {
        memory = state;
        fail('Browser storage is full, so ticks are no longer saved. Export your progress to keep it.');
      }
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

    return { read: read, update: update, empty: empty, valid: valid, problem: function () { return problem; },
      key: KEY };
  })();

  /* ---- the notice: one quiet line when storage misbehaves ---- */
  (function notice() {
    var shown = false;
    function show(message) {
      if (shown) { return; }
      shown = true;
      var p = document.createElement('p');
      p.className = 'note storage-note';
      p.setAttribute('role', 'status');
      p.textContent = message;
      var main = document.getElementById('main');
      if (main) { main.insertBefore(p, main.firstChild); }
    }
    document.addEventListener('handbook:problem', function (e) { show(e.detail); });
    if (store.problem()) { show(store.problem()); }
  })();

  /* ---- checklist: ticks to and from the store ---- */
  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll('input[type="checkbox"][data-item]'));
  }

  /* Moves ticks stored under a former id ("was:") to the item's current id. */
  function migrate() {
    var needed = boxes().some(function (box) {
      var was = box.getAttribute('data-was');
      if (!was) { return false; }
      var items = store.read().items;
      return !items[box.getAttribute('data-item')] && was.split(' ').some(function (old) { return items[old]; });
    });
    if (!needed) { return; }
    store.update(function (state) {
      boxes().forEach(function (box) {
        var id = box.getAttribute('data-item');
        var was = (box.getAttribute('data-was') || '').split(' ');
        for (var i = 0; i < was.length; i++) {
          if (was[i] && state.items[was[i]] && !state.items[id]) {
            state.items[id] = state.items[was[i]];
            delete state.items[was[i]];
          }
        }
      });
    });
  }

  function showChecks() {
    var items = store.read().items;
    boxes().forEach(function (box) {
      var id = box.getAttribute('data-item');
      var tick = items[id];
      box.checked = !!tick;
      var li = box.closest('li');
      if (li) { li.classList.toggle('is-done', !!tick); }
      changed(box, tick);
    });
  }

  /* "Changed since you ticked it": the item's text hash differs from the one stored with the tick. */
  function changed(box, tick) {
    var li = box.closest('li');
    if (!li) { return; }
    var note = li.querySelector('.item-status');
    var differs = tick && tick.h && tick.h !== box.getAttribute('data-hash');
    if (!differs) {
      if (note) { note.parentNode.removeChild(note); }
      return;
    }
    if (note) { return; }
    note = document.createElement('p');
    note.className = 'item-status';
    note.textContent = 'Changed since you ticked it. ';
    var ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = 'Still done';
    ok.addEventListener('click', function () {
      store.update(function (state) {
        var t = state.items[box.getAttribute('data-item')];
        if (t) { t.h = box.getAttribute('data-hash'); }
      });
    });
    note.appendChild(ok);
    li.appendChild(note);
  }

  document.addEventListener('change', function (e) {
    var box = e.target;
    if (!box.matches || !box.matches('input[type="checkbox"][data-item]')) { return; }
    var id = box.getAttribute('data-item');
    var on = box.checked;
    store.update(function (state) {
      if (on) { state.items[id] = { t: Date.now(), h: box.getAttribute('data-hash') }; }
      else { delete state.items[id]; }
    });
  });

  /* ---- progress bars: "n of m" for a page, a phase card, or all phases ---- */
  function idsFor(el) {
    if (el.hasAttribute('data-sum')) {
      /* The index's overall bar counts the phase cards' items; listing them twice would cost 2 KB a page. */
      var bars = document.querySelectorAll('[data-progress][data-items]');
      return Array.prototype.reduce.call(bars, function (all, bar) { return all.concat(idsFor(bar)); }, []);
    }
    var list = el.getAttribute('data-items');
    if (list !== null) { return list ? list.split(' ') : []; }
    return boxes().map(function (b) { return b.getAttribute('data-item'); });
  }

  function showProgress() {
    var items = store.read().items;
    var bars = document.querySelectorAll('[data-progress]');
    for (var i = 0; i < bars.length; i++) {
      var el = bars[i];
      var ids = idsFor(el);
      var done = ids.filter(function (id) { return items[id]; }).length;
      var text = el.querySelector('.progress-text');
      var bar = el.querySelector('progress');
      var label = el.getAttribute('data-label') || 'Progress';
      if (text) { text.textContent = label + ': ' + done + ' of ' + ids.length + ' done'; }
      if (bar) {
        bar.max = Math.max(ids.length, 1);
        bar.value = done;
      }
      el.hidden = false;
    }
  }

  /* ---- moving progress: export file, import file, progress link, reset ---- */
  function exportState() {
    return { handbook: handbookId, exported: new Date().toISOString(), state: store.read() };
  }

  /* Merges: a tick in either side is kept (the earlier tick time wins); quiz best scores keep the best. */
  function merge(into, from) {
    var added = 0;
    Object.keys(from.items).forEach(function (id) {
      if (!into.items[id]) { into.items[id] = from.items[id]; added++; }
    });
    Object.keys(from.quiz || {}).forEach(function (k) {
      var a = into.quiz[k], b = from.quiz[k];
      if (!a || (b && b.best > a.best)) { into.quiz[k] = b; }
    });
    Object.keys(from.extra || {}).forEach(function (k) {
      if (!(k in into.extra)) { into.extra[k] = from.extra[k]; }
    });
    return added;
  }

  function readImport(data) {
    if (!data || typeof data !== 'object') { throw new Error('not a progress file'); }
    var state = data.state || data;
    if (!store.valid(state)) { throw new Error('not a progress file'); }
    if (data.handbook && data.handbook !== handbookId) {
      throw new Error('this progress belongs to another handbook ("' + data.handbook + '")');
    }
    state.quiz = state.quiz || {};
    state.extra = state.extra || {};
    return state;
  }

  function apply(incoming, replace) {
    var before = Object.keys(store.read().items).length;
    var added = 0;
    store.update(function (state) {
      if (replace) {
        state.items = incoming.items;
        state.quiz = incoming.quiz;
        state.extra = incoming.extra;
      } else {
        added = merge(state, incoming);
      }
    });
    var after = Object.keys(store.read().items).length;
    return replace ? 'Replaced: ' + after + ' ticked items (before: ' + before + ').'
      : 'Merged: ' + added + ' new ticks added, ' + after + ' ticked in all.';
  }

  function encodeLink(state) {
    var compact = JSON.stringify({ h: handbookId, i: Object.keys(state.items), q: state.quiz, x: state.extra });
    var b64 = btoa(unescape(encodeURIComponent(compact)));
    return b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function decodeLink(text) {
    var b64 = text.replace(/-/g, '+').replace(/_/g, '/');
    var data = JSON.parse(decodeURIComponent(escape(atob(b64))));
    if (!data || data.h !== handbookId || !Array.isArray(data.i)) { throw new Error('not a progress link'); }
    var state = store.empty();
    data.i.forEach(function (id) { if (typeof id === 'string') { state.items[id] = { t: Date.now() }; } });
    state.quiz = data.q && typeof data.q === 'object' ? data.q : {};
    state.extra = data.x && typeof data.x === 'object' ? data.x : {};
    return state;
  }

  function say(message) {
    var out = document.querySelector('[data-progress-message]');
    if (out) { out.textContent = message; }
  }

  (function tools() {
    var panel = document.querySelector('[data-progress-tools]');
    if (!panel) { return; }
    panel.hidden = false;
    panel.addEventListener('click', function (e) {
      var action = e.target.getAttribute && e.target.getAttribute('data-action');
      if (!action) { return; }
      if (action === 'export') {
        var blob = new Blob([JSON.stringify(exportState(), null, 2)], { type: 'application/json' });
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = handbookId + '-progress.json';
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
        say('Exported ' + Object.keys(store.read().items).length + ' ticked items.');
      } else if (action === 'link') {
        var url = location.href.split('#')[0] + '#progress=' + encodeLink(store.read());
        var field = panel.querySelector('[data-progress-link]');
        if (field) { field.value = url; field.hidden = false; field.select(); }
        try { navigator.clipboard.writeText(url).then(function () { say('Progress link copied.'); }, function () {}); }
        catch (err) { /* the field shows the link anyway */ }
        say('Progress link ready: open it on your other device.');
      } else if (action === 'reset') {
        var scope = e.target.getAttribute('data-scope');
        var ids = scope === 'page' ? boxes().map(function (b) { return b.getAttribute('data-item'); }) : null;
        var question = ids ? 'Untick all ' + ids.length + ' items of this page?' : 'Remove all your progress in this handbook?';
        if (!window.confirm(question)) { return; }
        store.update(function (state) {
          if (ids) { ids.forEach(function (id) { delete state.items[id]; }); }
          else { state.items = {}; state.quiz = {}; state.extra = {}; }
        });
        say(ids ? 'This page was reset.' : 'All progress was reset.');
      }
    });
    var file = panel.querySelector('input[type="file"]');
    if (file) {
      file.addEventListener('change', function () {
        var f = file.files && file.files[0];
        if (!f) { return; }
        var replace = panel.querySelector('[data-import-replace]');
        f.text().then(function (text) {
          var incoming = readImport(JSON.parse(text));
          say(apply(incoming, replace && replace.checked));
        }).catch(function (err) {
          say('Could not import: ' + (err && err.message ? err.message : 'unreadable file') + '.');
        }).then(function () { file.value = ''; });
      });
    }
  })();

  /* A progress link opened here: offer to merge it, never apply it silently. */
  (function progressLink() {
    var m = /^#progress=([A-Za-z0-9_-]+)$/.exec(location.hash);
    if (!m) { return; }
    var incoming;
    try { incoming = decodeLink(m[1]); } catch (e) { return; }
    var bar = document.createElement('div');
    bar.className = 'note link-offer';
    bar.setAttribute('role', 'region');
    bar.setAttribute('aria-label', 'Progress link');
    var p = document.createElement('p');
    p.textContent = 'This link carries progress for ' + Object.keys(incoming.items).length +
      ' ticked items. Merge it into the progress saved in this browser?';
    var yes = document.createElement('button');
    yes.type = 'button';
    yes.textContent = 'Merge';
    var no = document.createElement('button');
    no.type = 'button';
    no.textContent = 'Ignore';
    function done(message) {
      history.replaceState(null, '', location.pathname + location.search);
      p.textContent = message;
      yes.remove();
      no.remove();
    }
    yes.addEventListener('click', function () { done(apply(incoming, false)); });
    no.addEventListener('click', function () { done('Ignored; nothing changed.'); });
    bar.appendChild(p);
    bar.appendChild(yes);
    bar.appendChild(no);
    var main = document.getElementById('main');
    if (main) { main.insertBefore(bar, main.firstChild); }
    yes.focus();
  })();

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

  /* Small screens: theme.js folds the navigation before the first paint. */

  function render() {
    showChecks();
    showProgress();
  }

  /* Another tab changed our key: show its ticks here too. */
  window.addEventListener('storage', function (e) {
    if (e.key === KEY || e.key === null) { render(); }
  });
  document.addEventListener('handbook:change', render);

  /* For the handbook's other scripts (quizzes, plan, portfolio): the same store, the same change event. */
  window.handbookProgress = { read: store.read, update: store.update };

  migrate();
  render();
})();
