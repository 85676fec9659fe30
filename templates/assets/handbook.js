/* handbook: remembers a learner's ticks in this browser (localStorage), shows progress, moves it between
   devices (file or link), and keeps two tabs in step. Plain HTML works without it: the checkboxes are real.
   The stored format, its migration rules and the file and link formats are documented in CONTRIBUTING.md
   ("How learners' progress is stored"): change them only together with that section. */
(function handbook() {
  'use strict';

  var FORMAT = 1;
  var body = document.body;
  var handbookId = body.getAttribute('data-handbook');
  var KEY = 'handbook:v1:' + handbookId;
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;  /* an item id (model/ItemId.java): what a file or link may add */

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
      fail('This browser does not let the handbook save, so your ticks last only while this page is open.');
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
        fail('Your progress was saved by a newer version of this handbook. It is left untouched, and ticks ' +
          'made here are not saved: reload to get the newer version.');
        return memory;
      }
      if (valid(state)) { return normalise(state); }
      if (keepAside(raw)) {
        fail('Saved progress could not be read. It was kept aside (' + KEY + ':backup) and a fresh start made.');
        return empty();
      }
      memory = empty();
      fail('Saved progress could not be read, so it is left as it is and ticks made here are not saved.');
      return memory;
    }

    function write(state) {
      if (memory) { memory = state; return; }
      try {
        localStorage.setItem(KEY, JSON.stringify(state));
      } catch (e) {
        if (!/quota/i.test(e && e.name)) { unusable(); }
        else { fail('Browser storage is full, so new ticks are not saved. Export your progress to keep it.'); }
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

  /* ---- checklist: ticks to and from the store ---- */
  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll('input[type="checkbox"][data-item]'));
  }

  function idsOf(list) {
    return list.map(function (box) { return box.getAttribute('data-item'); });
  }

  /* Moves ticks stored under a former id (an item's "was:") to its current id. The whole handbook's
     "old:new" pairs are on every page, so this happens wherever the learner lands first. A tick under
     the new id wins; the old one is then left alone. */
  function migrate() {
    var pairs = (body.getAttribute('data-former') || '').split(' ').filter(Boolean)
      .map(function (pair) { return pair.split(':'); });
    function due(items) {
      return pairs.filter(function (p) { return items[p[0]] && !items[p[1]]; });
    }
    if (!due(store.read().items).length) { return; }
    store.update(function (state) {
      due(state.items).forEach(function (p) {
        state.items[p[1]] = state.items[p[0]];
        delete state.items[p[0]];
      });
    });
  }

  function showChecks() {
    var items = store.read().items;
    boxes().forEach(function (box) {
      var tick = items[box.getAttribute('data-item')];
      box.checked = !!tick;
      var li = box.closest('li');
      if (li) {
        li.classList.toggle('is-done', !!tick);
        changed(li, box, tick);
      }
    });
  }

  /* "Changed since you ticked it": the item's text hash differs from the one stored with the tick. */
  function changed(li, box, tick) {
    var note = li.querySelector('.item-status');
    var id = box.getAttribute('data-item');
    var hash = box.getAttribute('data-hash');
    if (!(tick && tick.h && tick.h !== hash)) {
      if (note) { note.remove(); }
      return;
    }
    if (note) { return; }
    note = document.createElement('p');
    note.className = 'item-status';
    note.textContent = 'Changed since you ticked it. ';
    var ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = 'Still done';
    var label = li.querySelector('label');
    ok.setAttribute('aria-label', 'Still done: ' + (label ? label.textContent.trim() : id));
    ok.addEventListener('click', function () {
      store.update(function (state) {
        if (state.items[id]) { state.items[id].h = hash; }
      });
      box.focus();
    });
    note.appendChild(ok);
    li.appendChild(note);
  }

  document.addEventListener('change', function (e) {
    var box = e.target;
    if (!box.matches('input[type="checkbox"][data-item]')) { return; }
    var id = box.getAttribute('data-item');
    var on = box.checked;
    store.update(function (state) {
      if (on) { state.items[id] = { t: Date.now(), h: box.getAttribute('data-hash') }; }
      else { delete state.items[id]; }
    });
  });

  /* ---- progress bars: "n of m" for a page, a phase card, or all phases ---- */
  function showProgress() {
    var items = store.read().items;
    Array.prototype.forEach.call(document.querySelectorAll('[data-progress]'), function (el) {
      var list = el.getAttribute('data-items');
      var ids = list === null ? idsOf(boxes()) : list.split(' ').filter(Boolean);
      var done = ids.filter(function (id) { return items[id]; }).length;
      var count = done + ' of ' + ids.length + ' done';
      var bar = el.querySelector('progress');
      el.querySelector('.progress-text').textContent = el.getAttribute('data-label') + ': ' + count;
      bar.max = Math.max(ids.length, 1);
      bar.value = done;
      el.hidden = false;
    });
  }

  /* ---- moving progress: export file, import file, progress link, reset ---- */
  function count(state) {
    return Object.keys(state.items).filter(function (id) { return state.items[id]; }).length;
  }

  /* Merges: a tick on either side is kept (this browser's wins when both have one); quiz results keep
     the better best score; extra keys this browser lacks are added. */
  function merge(into, from) {
    var added = 0;
    Object.keys(from.items).forEach(function (id) {
      if (ID.test(id) && from.items[id] && !into.items[id]) { into.items[id] = from.items[id]; added++; }
    });
    Object.keys(from.quiz).forEach(function (k) {
      var a = into.quiz[k];
      var b = from.quiz[k];
      if (k !== '__proto__' && (!isObject(a) || (isObject(b) && b.best > a.best))) { into.quiz[k] = b; }
    });
    Object.keys(from.extra).forEach(function (k) {
      if (k !== '__proto__' && !into.extra.hasOwnProperty(k)) { into.extra[k] = from.extra[k]; }
    });
    return added;
  }

  /* A progress file: {"handbook": id, "exported": ISO date, "state": <the stored value>}. */
  function readFile(data) {
    if (!isObject(data) || typeof data.handbook !== 'string' || !store.valid(data.state)) {
      throw new Error('it is not a handbook progress file');
    }
    if (data.handbook !== handbookId) { throw new Error('it belongs to another handbook ("' + data.handbook + '")'); }
    if (data.state.format > FORMAT) { throw new Error('it was made by a newer version of this handbook'); }
    return store.normalise(data.state);
  }

  function apply(incoming, replace) {
    var before = count(store.read());
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
    migrate();
    var after = count(store.read());
    return replace ? 'Replaced: ' + before + ' ticked items before, ' + after + ' now.'
      : 'Merged: ' + added + ' new ticks added, ' + (count(incoming) - added) + ' were already ticked here; ' +
        after + ' ticked in all.';
  }

  /* A progress link: #progress=<base64url of {"v":1,"h":id,"i":["item-id:text-hash",...],"q":{},"x":{}}>. */
  function encodeLink(state) {
    var ids = Object.keys(state.items).filter(function (id) { return state.items[id]; }).map(function (id) {
      return state.items[id].h ? id + ':' + state.items[id].h : id;
    });
    var json = JSON.stringify({ v: 1, h: handbookId, i: ids, q: state.quiz, x: state.extra });
    return btoa(unescape(encodeURIComponent(json))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function decodeLink(text) {
    var data = JSON.parse(decodeURIComponent(escape(atob(text.replace(/-/g, '+').replace(/_/g, '/')))));
    if (!isObject(data) || data.h !== handbookId || !Array.isArray(data.i) || data.v > 1) {
      throw new Error('not a progress link for this handbook');
    }
    var state = store.empty();
    data.i.forEach(function (entry) {
      var part = String(entry).split(':');
      if (ID.test(part[0])) { state.items[part[0]] = part[1] ? { t: Date.now(), h: part[1] } : { t: Date.now() }; }
    });
    state.quiz = isObject(data.q) ? data.q : {};
    state.extra = isObject(data.x) ? data.x : {};
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
      var button = e.target.closest('[data-action]');
      var action = button && button.getAttribute('data-action');
      if (action === 'export') {
        var file = { handbook: handbookId, exported: new Date().toISOString(), state: store.read() };
        var a = document.createElement('a');
        a.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
        a.download = handbookId + '-progress.json';
        body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
        say('Exported ' + count(file.state) + ' ticked items to ' + a.download + '.');
      } else if (action === 'link') {
        var url = location.href.split('#')[0] + '#progress=' + encodeLink(store.read());
        var field = panel.querySelector('[data-progress-link]');
        field.value = url;
        field.hidden = false;
        field.select();
        say('Progress link ready: open it on your other device.');
        try {
          navigator.clipboard.writeText(url).then(function () { say('Progress link copied.'); }, function () {});
        } catch (err) { /* the field shows the link anyway */ }
      } else if (action === 'reset') {
        var ids = button.getAttribute('data-scope') === 'page' ? idsOf(boxes()) : null;
        var question = ids ? 'Untick all ' + ids.length + ' items on this page?'
          : 'Remove all your progress in this handbook (ticks, quiz results and notes)?';
        if (!window.confirm(question)) { return; }
        store.update(function (state) {
          if (ids) { ids.forEach(function (id) { delete state.items[id]; }); }
          else { state.items = {}; state.quiz = {}; state.extra = {}; }
        });
        say(ids ? 'This page was reset.' : 'All progress was reset.');
      }
    });
    var input = panel.querySelector('[data-import]');
    if (!input) { return; }
    input.addEventListener('change', function () {
      var f = input.files[0];
      if (!f) { return; }
      var replace = panel.querySelector('[data-import-replace]').checked;
      f.text().then(function (text) {
        var incoming = readFile(JSON.parse(text));
        if (replace && !window.confirm('Replace the ' + count(store.read()) + ' ticked items in this browser ' +
            'with the ' + count(incoming) + ' in ' + f.name + '?')) {
          say('Nothing imported.');
        } else {
          say(apply(incoming, replace));
        }
      }).catch(function (err) {
        say('Could not import ' + f.name + ': ' + (err instanceof SyntaxError ? 'it is not JSON' : err.message) + '.');
      }).then(function () { input.value = ''; });
    });
  })();

  /* A progress link opened here (or pasted into this page's address): offer to merge it, never apply it
     silently. */
  function progressLink() {
    var m = /^#progress=(.*)$/.exec(location.hash);
    var main = document.getElementById('main');
    if (!m || !main) { return; }
    var offer = main.querySelector('.link-offer') || document.createElement('div');
    offer.className = 'note link-offer';
    offer.setAttribute('role', 'region');
    offer.setAttribute('aria-label', 'Progress link');
    offer.textContent = '';
    var p = document.createElement('p');
    offer.appendChild(p);
    main.insertBefore(offer, main.firstChild);
    function done(message) {
      history.replaceState(null, '', location.pathname + location.search);
      offer.textContent = '';
      offer.appendChild(p);
      p.textContent = message;
      p.tabIndex = -1;
      p.focus();
    }
    var incoming;
    try { incoming = decodeLink(m[1]); } catch (e) {
      done('This progress link is damaged or belongs to another handbook; nothing changed.');
      return;
    }
    p.textContent = 'This link carries progress for ' + count(incoming) + ' ticked items. ' +
      'Merge it into the progress saved in this browser?';
    [['Merge', function () { done(apply(incoming, false)); }],
      ['Ignore', function () { done('Ignored; nothing changed.'); }]].forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = b[0];
      button.addEventListener('click', b[1]);
      offer.appendChild(button);
    });
    offer.querySelector('button').focus();
  }
  window.addEventListener('hashchange', progressLink);
  progressLink();

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

  /* ---- small screens: the navigation starts folded ---- */
  (function navigation() {
    var nav = document.querySelector('.nav-toggle');
    if (nav && window.matchMedia('(max-width: 48rem)').matches) { nav.open = false; }
  })();

  function render() {
    showChecks();
    showProgress();
  }

  /* Another tab changed our key: tell this page's scripts, as for a change made here. */
  window.addEventListener('storage', function (e) {
    if (e.key === KEY || e.key === null) { document.dispatchEvent(new CustomEvent('handbook:change')); }
  });
  document.addEventListener('handbook:change', render);

  /* For the handbook's other scripts (quizzes, plan, portfolio): the same store, the same change event. */
  window.handbookProgress = { read: store.read, update: store.update };

  migrate();
  render();
})();
