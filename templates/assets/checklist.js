/* checklist: ticks to and from the progress store (handbook.js), "changed since you ticked it", the progress
   bars and the progress tools (reset here; export, import and links through transfer.js, loaded on first
   use). On pages with a checklist or progress bars. */
(function checklist() {
  'use strict';

  var progress = window.handbookProgress;
  var text = window.handbookText;
  if (!progress) { return; }

  function boxes() {
    return Array.prototype.slice.call(document.querySelectorAll('input[type="checkbox"][data-item]'));
  }

  function idsOf(list) {
    return list.map(function (box) { return box.getAttribute('data-item'); });
  }

  function showChecks() {
    var items = progress.read().items;
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
    note.textContent = text('js.checklist.changed') + ' ';
    var ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = text('js.checklist.still_done');
    var label = li.querySelector('label');
    ok.setAttribute('aria-label', text('js.checklist.still_done_item', { item: label ? label.textContent.trim() : id }));
    ok.addEventListener('click', function () {
      progress.update(function (state) {
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
    progress.update(function (state) {
      if (on) { state.items[id] = { t: Date.now(), h: box.getAttribute('data-hash') }; }
      else { delete state.items[id]; }
    });
  });

  /* ---- progress bars: "n of m" for a page, a phase card, or all phases ---- */
  function idsFor(el) {
    var list = el.getAttribute('data-items');
    if (list !== null) { return list.split(' ').filter(Boolean); }
    if (el.hasAttribute('data-sum')) {
      /* The index's overall bar counts the phase cards' items (a part's bar counts them again, so not it);
         listing them twice would cost 2 KB a page.
         (start.js gives it its own data-items when the learner counts known phases apart.) */
      var bars = document.querySelectorAll('[data-progress][data-items]:not([data-sum]):not([data-group])');
      return Array.prototype.reduce.call(bars, function (all, bar) { return all.concat(idsFor(bar)); }, []);
    }
    return idsOf(boxes());
  }

  function showProgress() {
    var items = progress.read().items;
    Array.prototype.forEach.call(document.querySelectorAll('[data-progress]'), function (el) {
      var ids = idsFor(el);
      var done = ids.filter(function (id) { return items[id]; }).length;
      var bar = el.querySelector('progress');
      el.querySelector('.progress-text').textContent = text('js.checklist.done',
        { label: el.getAttribute('data-label') || text('js.checklist.progress'), done: done, total: ids.length });
      bar.max = Math.max(ids.length, 1);
      bar.value = done;
      el.hidden = false;
    });
  }

  /* ---- the progress tools: reset here, the rest in transfer.js ---- */
  (function tools() {
    var panel = document.querySelector('[data-progress-tools]');
    if (!panel) { return; }
    var out = panel.querySelector('[data-progress-message]');
    panel.hidden = false;
    panel.addEventListener('click', function (e) {
      var button = e.target.closest('[data-action]');
      var action = button && button.getAttribute('data-action');
      if (action === 'reset') {
        var ids = button.getAttribute('data-scope') === 'page' ? idsOf(boxes()) : null;
        var question = ids ? text('js.checklist.untick_page', { n: ids.length }) : text('js.checklist.reset_all');
        if (!window.confirm(question)) { return; }
        progress.update(function (state) {
          if (ids) { ids.forEach(function (id) { delete state.items[id]; }); }
          else { state.items = {}; state.quiz = {}; state.extra = {}; }
        });
        out.textContent = text(ids ? 'js.checklist.page_was_reset' : 'js.checklist.all_was_reset');
      } else if (action) {
        progress.transfer(function (t) { t.act(action, panel); });
      }
    });
    var input = panel.querySelector('[data-import]');
    if (input) {
      input.addEventListener('change', function () {
        progress.transfer(function (t) { t.importFile(input, panel); });
      });
    }
  })();

  function render() {
    showChecks();
    showProgress();
  }
  document.addEventListener('handbook:change', render);
  render();
})();
