/* learner: what the learner's own tools share, on top of the progress store of handbook.js
   (window.handbookProgress). The tools are one script each, loaded only on the pages that have them (see
   templates/layout.ftlh): quiz.js, start.js (the index), plan.js, track.js, entry.js (portfolio entries) and
   portfolio.js. They reach these helpers as window.handbookLearner. This file also shows the best quiz
   score wherever a page has a [data-quiz-best] line (a quiz page and its phase page).
   Stored in the same state (documented in CONTRIBUTING.md), so export, import and progress links carry it:
     quiz["<phase key>"]           {best, of, t}               best score, out of that many questions
     extra["known:<phase key>"]    {t}                         a phase the learner already knows
     extra["plan"]                 {pace, hours, start, t}     fast|typical|thorough|hours; start YYYY-MM-DD
     extra["picks:<page key>"]     {ids: [...], t}             items picked on a track page
     extra["portfolio:<key>"]      {demo, repo, writeup, note, t}   key: a phase key or a picked item's id
   One entry per key: importing keeps this browser's entries and adds the missing ones, entry by entry.
   Whatever is read back is checked again (imports and links are untrusted), and user text only ever reaches
   the page through textContent, href and value. */
(function learner() {
  'use strict';

  var progress = window.handbookProgress;
  var text = window.handbookText;
  if (!progress) { return; }
  var LINKS = [['demo', text('js.learner.demo')], ['repo', text('js.learner.repo')],
    ['writeup', text('js.learner.writeup')]];
  var NOTE_MAX = 140;
  var renderers = [];

  /* ---- shared helpers ---- */
  function all(selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  }

  function show(el, on) {
    if (el) { el.hidden = !on; }
  }

  /* Sets text only when it changes, so a status region is not announced again for nothing. */
  function say(el, text) {
    if (el && el.textContent !== text) { el.textContent = text; }
  }

  function record(value) {
    return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
  }

  /* An extra entry, from a state already read or from the store. */
  function extra(key, state) {
    return record((state || progress.read()).extra[key]);
  }

  function setExtra(key, value) {
    progress.update(function (state) {
      if (value) {
        value.t = Date.now();
        state.extra[key] = value;
      } else {
        delete state.extra[key];
      }
    });
  }

  function idsOf(el) {
    var list = el.getAttribute('data-items');
    return list ? list.split(' ') : [];
  }

  function ticked(ids, items) {
    return ids.filter(function (id) { return items[id]; }).length;
  }

  /* A link typed or imported: the browser's normalised http(s) URL, '' when empty, null when not allowed. */
  function safeUrl(text) {
    var value = typeof text === 'string' ? text.trim() : '';
    if (!value) { return ''; }
    var url;
    try { url = new URL(value); } catch (e) { return null; }
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname ? url.href : null;
  }

  function oneLine(text) {
    return typeof text === 'string' ? text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim()
      .slice(0, NOTE_MAX) : '';
  }

  /* A portfolio entry as stored, checked again; null when it holds nothing. */
  function entry(key) {
    var raw = extra('portfolio:' + key);
    if (!raw) { return null; }
    var out = { note: oneLine(raw.note) };
    LINKS.forEach(function (l) { out[l[0]] = safeUrl(raw[l[0]]) || ''; });
    return out.demo || out.repo || out.writeup || out.note ? out : null;
  }

  /* The items picked on a track page: known ids only, each once. */
  function picks(trackKey, valid) {
    var raw = extra('picks:' + trackKey);
    var ids = raw && Array.isArray(raw.ids) ? raw.ids : [];
    return valid.filter(function (id) { return ids.indexOf(id) >= 0; });
  }

  /* Gently enforced: any number can be picked; outside the range a message says so. */
  function pickMessage(n, min, max, label) {
    var key = n === 0 ? 'none' : n < min ? 'too_few' : n > max ? 'too_many' : 'set';
    return text('js.learner.picked_' + key, { n: n, min: min, label: label });
  }

  function onRender(fn) {
    renderers.push(fn);
    fn();
  }

  /* A phase's best quiz score as stored, checked again; null when there is none. */
  function quizBest(key, state) {
    var s = record((state || progress.read()).quiz[key]);
    return s && typeof s.best === 'number' && typeof s.of === 'number' ? s : null;
  }

  all('[data-quiz-best]').forEach(function bestScore(line) {
    var key = line.getAttribute('data-quiz-best');
    var size = Number(line.getAttribute('data-quiz-size'));
    onRender(function () {
      var s = quizBest(key);
      show(line, !!s);
      if (s) {
        say(line, text(s.of !== size ? 'js.learner.best_earlier' : 'js.learner.best', { best: s.best, total: s.of }));
      }
    });
  });

  /* Ticks, imports and links change the store; so does another tab (handbook.js passes that on). Redraw
     everything from it. */
  document.addEventListener('handbook:change', function () {
    renderers.forEach(function (fn) { fn(); });
  });

  window.handbookLearner = { LINKS: LINKS, all: all, show: show, say: say, record: record, extra: extra,
    setExtra: setExtra, idsOf: idsOf, ticked: ticked, text: text, safeUrl: safeUrl, oneLine: oneLine,
    entry: entry, picks: picks, pickMessage: pickMessage, quizBest: quizBest, onRender: onRender };
})();
