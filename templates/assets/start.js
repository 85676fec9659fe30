/* start: the learner's own state on the start page. Each phase card says "Already known" (a phase marked on the
   plan page) and its best quiz score; known phases are counted apart from the overall bar, with a note; and
   each track page's picks are listed with their progress. */
(function start() {
  'use strict';

  var progress = window.handbookProgress;
  var L = window.handbookLearner;
  if (!progress || !L) { return; }
  var all = L.all;
  var show = L.show;
  var say = L.say;
  var record = L.record;
  var idsOf = L.idsOf;
  var ticked = L.ticked;
  var text = L.text;
  var entry = L.entry;
  var picks = L.picks;
  var pickMessage = L.pickMessage;
  var quizBest = L.quizBest;
  var onRender = L.onRender;
  var LINKS = L.LINKS;

  /* ---- phase cards: "already known", the best quiz score, and known phases counted apart ---- */
  (function cards() {
    var bars = all('.card [data-progress]');
    var overall = document.querySelector('[data-progress="all"]');
    var knownNote = document.querySelector('[data-known-note]');
    if (!bars.length) { return; }

    function badge(card, cls, text) {
      var el = card.querySelector('.' + cls);
      if (!text) {
        if (el) { el.remove(); }
        return;
      }
      if (!el) {
        el = document.createElement('p');
        el.className = cls;
        card.appendChild(el);
      }
      say(el, text);
    }

    function name(bar) {
      var card = bar.closest('.card');
      return text('js.start.phase_name', { label: card.querySelector('.card-number').textContent,
        title: card.querySelector('.card-title').textContent });
    }

    /* The overall bar counts only the phases not known (checklist.js draws it); true when that changed. */
    function countApart(state, known, working) {
      if (knownNote) {
        var ids = [].concat.apply([], known.map(idsOf));
        show(knownNote, known.length > 0);
        say(knownNote, known.length ? text('js.start.counted_apart', { n: known.length, names: known.map(name).join(', '),
          ticked: text('js.start.items_ticked', { done: ticked(ids, state.items), n: ids.length }) }) : '');
      }
      if (!overall) { return false; }
      var list = [].concat.apply([], working.map(idsOf)).join(' ');
      if (overall.getAttribute('data-items') === list) { return false; }
      overall.setAttribute('data-items', list);
      return true;
    }

    onRender(function () {
      var state = progress.read();
      var known = [];
      var working = [];
      bars.forEach(function (bar) {
        var key = bar.getAttribute('data-progress');
        var card = bar.closest('.card');
        var isKnown = !!record(state.extra['known:' + key]);
        (isKnown ? known : working).push(bar);
        card.classList.toggle('is-known', isKnown);
        badge(card, 'card-known', isKnown ? text('js.start.known') : '');
        var q = quizBest(key, state);
        badge(card, 'card-quiz', q ? text('js.start.quiz_best', { best: q.best, total: q.of }) : '');
      });
      /* The bar's items changed: ask checklist.js to redraw it (once; the next pass changes nothing). */
      if (countApart(state, known, working)) { document.dispatchEvent(new CustomEvent('handbook:change')); }
    });
  })();

  /* ---- on the index: the picked items with their progress ---- */
  all('[data-track-summary]').forEach(function trackSummary(section) {
    var key = section.getAttribute('data-track-summary');
    var min = Number(section.getAttribute('data-min'));
    var max = Number(section.getAttribute('data-max'));
    var items = all('[data-pick-item]', section);
    var valid = items.map(function (li) { return li.getAttribute('data-pick-item'); });
    var label = section.getAttribute('data-label');
    var line = section.querySelector('[data-track-status]');
    show(section, true);
    onRender(function () {
      var state = progress.read();
      var chosen = picks(key, valid);
      var done = chosen.filter(function (id) { return state.items[id]; }).length;
      items.forEach(function (li) {
        var id = li.getAttribute('data-pick-item');
        var picked = chosen.indexOf(id) >= 0;
        show(li, picked);
        if (!picked) { return; }
        var e = entry(id);
        var links = e ? LINKS.filter(function (l) { return e[l[0]]; }).length : 0;
        say(li.querySelector('[data-pick-status]'), text(state.items[id] ? 'js.start.done' : 'js.start.in_progress') +
          (links ? ' · ' + text('js.start.portfolio_links', { n: links }) : ''));
      });
      var counts = chosen.length ? ' ' + text('js.start.picks_done', { done: done, total: chosen.length }) : '';
      say(line, pickMessage(chosen.length, min, max, label) + counts);
    });
  });

})();
