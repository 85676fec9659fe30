/* transfer: moves progress between devices, as a file (export, import) or a progress link. handbook.js loads it
   the first time it is needed: a click on Export, Copy progress link or Import, or a page opened with a
   #progress= link. Most visits never move progress, so no page pays for this code as it opens (issue 9).
   The file and link formats are documented in CONTRIBUTING.md ("How learners' progress is stored"). */
(function transfer() {
  'use strict';

  var progress = window.handbookProgress;
  var text = window.handbookText;
  if (!progress) { return; }
  var handbookId = progress.id;
  var isObject = progress.isObject;
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;  /* an item id (model/ItemId.java): what a file or link may add */

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
    if (!isObject(data) || typeof data.handbook !== 'string' || !progress.valid(data.state)) {
      throw new Error(text('js.transfer.not_a_file'));
    }
    if (data.handbook !== handbookId) { throw new Error(text('js.transfer.other_handbook', { id: data.handbook })); }
    if (data.state.format > progress.FORMAT) { throw new Error(text('js.transfer.newer')); }
    return progress.normalise(data.state);
  }

  function apply(incoming, replace) {
    var before = count(progress.read());
    var added = 0;
    progress.update(function (state) {
      if (replace) {
        state.items = incoming.items;
        state.quiz = incoming.quiz;
        state.extra = incoming.extra;
      } else {
        added = merge(state, incoming);
      }
    });
    progress.migrate();
    var after = count(progress.read());
    return replace ? text('js.transfer.replaced', { before: text('js.transfer.ticked_items', { n: before }), after: after })
      : text('js.transfer.merged', { added: text('js.transfer.added', { n: added }),
        already: text('js.transfer.already', { n: count(incoming) - added }), total: after });
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
    var state = progress.empty();
    data.i.forEach(function (entry) {
      var part = String(entry).split(':');
      if (ID.test(part[0])) { state.items[part[0]] = part[1] ? { t: Date.now(), h: part[1] } : { t: Date.now() }; }
    });
    state.quiz = isObject(data.q) ? data.q : {};
    state.extra = isObject(data.x) ? data.x : {};
    return state;
  }

  function say(panel, message) {
    var out = panel.querySelector('[data-progress-message]');
    if (out) { out.textContent = message; }
  }

  /* A button of the progress tools (checklist.js passes the click on). */
  function act(action, panel) {
    if (action === 'export') {
      var file = { handbook: handbookId, exported: new Date().toISOString(), state: progress.read() };
      var a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' }));
      a.download = handbookId + '-progress.json';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      say(panel, text('js.transfer.exported', { n: count(file.state), file: a.download }));
    } else if (action === 'link') {
      var url = location.href.split('#')[0] + '#progress=' + encodeLink(progress.read());
      var field = panel.querySelector('[data-progress-link]');
      field.value = url;
      field.hidden = false;
      field.select();
      say(panel, text('js.transfer.link_ready'));
      try {
        navigator.clipboard.writeText(url).then(function () { say(panel, text('js.transfer.link_copied')); },
          function () {});
      } catch (err) { /* the field shows the link anyway */ }
    }
  }

  function importFile(input, panel) {
    var f = input.files[0];
    if (!f) { return; }
    var replace = panel.querySelector('[data-import-replace]').checked;
    f.text().then(function (json) { /* not "text": that is the function that gives the theme's words */
      var incoming = readFile(JSON.parse(json));
      if (replace && !window.confirm(text('js.transfer.confirm_replace', {
        here: text('js.transfer.ticked_items', { n: count(progress.read()) }), n: count(incoming), file: f.name }))) {
        say(panel, text('js.transfer.nothing_imported'));
      } else {
        say(panel, apply(incoming, replace));
      }
    }).catch(function (err) {
      say(panel, text('js.transfer.failed', { file: f.name,
        reason: err instanceof SyntaxError ? text('js.transfer.not_json') : err.message }));
    }).then(function () { input.value = ''; });
  }

  /* A progress link opened on this page: offer to merge it, never apply it silently. */
  function offer() {
    var m = /^#progress=(.*)$/.exec(location.hash);
    var main = document.getElementById('main');
    if (!m || !main) { return; }
    var box = main.querySelector('.link-offer') || document.createElement('div');
    box.className = 'note link-offer';
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', text('js.transfer.link_region'));
    box.textContent = '';
    var p = document.createElement('p');
    box.appendChild(p);
    main.insertBefore(box, main.firstChild);
    function done(message) {
      history.replaceState(null, '', location.pathname + location.search);
      box.textContent = '';
      box.appendChild(p);
      p.textContent = message;
      p.tabIndex = -1;
      p.focus();
    }
    var incoming;
    try { incoming = decodeLink(m[1]); } catch (e) {
      done(text('js.transfer.damaged'));
      return;
    }
    p.textContent = text('js.transfer.offer', { n: count(incoming) });
    [[text('js.transfer.merge'), function () { done(apply(incoming, false)); }],
      [text('js.transfer.ignore'), function () { done(text('js.transfer.ignored')); }]].forEach(function (b) {
      var button = document.createElement('button');
      button.type = 'button';
      button.textContent = b[0];
      button.addEventListener('click', b[1]);
      box.appendChild(button);
    });
    box.querySelector('button').focus();
  }

  window.handbookTransfer = { act: act, importFile: importFile, offer: offer };
})();
