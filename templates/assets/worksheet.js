/* worksheet: the three versions of a printable worksheet (and of the booklet). The page itself is the blank
   worksheet, which needs no script. This fills in the other two from the ticks saved in this browser
   (window.handbookProgress, from handbook.js): "ticks" marks each ticked item and writes the day it was
   ticked; "left" shows only the items not ticked yet. ?version=blank|ticks|left names a version in a link. */
(function worksheet() {
  'use strict';

  var VERSIONS = ['blank', 'ticks', 'left'];
  var form = document.querySelector('[data-sheet-versions]');
  var progress = window.handbookProgress;
  var text = window.handbookText;
  if (!form || !progress) { return; }

  function requested() {
    var version = new URLSearchParams(location.search).get('version');
    return VERSIONS.indexOf(version) >= 0 ? version : 'blank';
  }

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /* The learner's own calendar day, written as on a form: 2026-03-14. */
  function day(ms) {
    var d = new Date(ms);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  function status(version, done, total) {
    var today = day(Date.now());
    if (version === 'ticks') {
      return text('js.worksheet.with_ticks', { date: today, done: done, total: total });
    }
    if (version === 'left') {
      var items = text('js.worksheet.items', { n: total - done });
      return done ? text('js.worksheet.left_hidden', { date: today, items: items, total: total,
        hidden: text('js.worksheet.hidden', { n: done }) }) : text('js.worksheet.left', { date: today, items: items,
        total: total });
    }
    return '';
  }

  function showStatus(el, text) {
    el.textContent = text;
    el.hidden = !text;
  }

  /* One row: marked, dated, or hidden, as the version asks. */
  function row(tr, tick, version) {
    var done = !!tick && version === 'ticks';
    tr.classList.toggle('is-done', done);
    tr.hidden = !!tick && version === 'left';
    var date = tr.querySelector('[data-date]');
    if (date) { date.textContent = done && typeof tick.t === 'number' ? day(tick.t) : ''; }
    var state = tr.querySelector('[data-state]');
    if (state) { state.textContent = text(done ? 'js.worksheet.done' : 'js.worksheet.not_done'); }
  }

  function render(version) {
    var items = progress.read().items;
    var allDone = 0;
    var allTotal = 0;
    Array.prototype.forEach.call(document.querySelectorAll('[data-sheet]'), function (sheet) {
      var done = 0;
      var rows = sheet.querySelectorAll('tr[data-item]');
      Array.prototype.forEach.call(rows, function (tr) {
        var tick = items[tr.getAttribute('data-item')];
        if (tick) { done++; }
        row(tr, tick, version);
      });
      Array.prototype.forEach.call(sheet.querySelectorAll('tbody'), function (body) {
        var empty = body.querySelector('tr.all-done');
        if (empty) { empty.hidden = !!body.querySelector('tr[data-item]:not([hidden])') || version !== 'left'; }
      });
      var out = sheet.querySelector('[data-sheet-status]');
      if (out) { showStatus(out, status(version, done, rows.length)); }
      allDone += done;
      allTotal += rows.length;
    });
    var cover = document.querySelector('.booklet-cover [data-sheet-status]');
    if (cover) { showStatus(cover, status(version, allDone, allTotal)); }
  }

  function current() {
    var checked = form.querySelector('input[name="version"]:checked');
    return checked ? checked.value : 'blank';
  }

  /* The address names the version, so "print what is left" can be bookmarked or shared with oneself. */
  function remember(version) {
    var params = new URLSearchParams(location.search);
    if (version === 'blank') { params.delete('version'); } else { params.set('version', version); }
    var query = params.toString();
    history.replaceState(null, '', location.pathname + (query ? '?' + query : '') + location.hash);
  }

  var start = requested();
  var radio = form.querySelector('input[name="version"][value="' + start + '"]');
  if (radio) { radio.checked = true; }
  form.hidden = false;
  form.addEventListener('change', function () {
    remember(current());
    render(current());
  });
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  var print = form.querySelector('[data-print]');
  if (print) { print.addEventListener('click', function () { window.print(); }); }

  /* Ticked in another tab, or imported: the sheet follows. */
  document.addEventListener('handbook:change', function () { render(current()); });
  window.addEventListener('storage', function () { render(current()); });

  render(start);
})();
