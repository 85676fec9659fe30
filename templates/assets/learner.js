/* learner: the learner's own tools, on top of the progress store of handbook.js (window.handbookProgress):
   self-check quizzes, starting point and pace, track picks (capstone projects) and the portfolio.
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
  if (!progress) { return; }
  var KEY = 'handbook:v1:' + document.body.getAttribute('data-handbook');
  var LINKS = [['demo', 'Demo'], ['repo', 'Repository'], ['writeup', 'Write-up']];
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

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
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
    if (n === 0) { return 'Nothing picked yet: choose ' + label + '.'; }
    if (n < min) { return 'You picked ' + n + '. Pick at least ' + min + ' for your track (' + label + ').'; }
    if (n > max) { return 'You picked ' + n + ', more than the track asks (' + label + '). Consider dropping one.'; }
    return 'You picked ' + n + ': your track is set.';
  }

  function onRender(fn) {
    renderers.push(fn);
    fn();
  }

  /* ---- quiz: marked in the browser, best score kept ---- */
  (function quiz() {
    var section = document.querySelector('[data-quiz]');
    if (!section) { return; }
    var key = section.getAttribute('data-quiz');
    var form = section.querySelector('[data-quiz-form]');
    var result = section.querySelector('[data-quiz-result]');
    var best = section.querySelector('[data-quiz-best]');
    var again = section.querySelector('[data-quiz-again]');
    var questions = all('[data-question]', form);
    var checked = false;

    show(section.querySelector('[data-quiz-actions]'), true);
    questions.forEach(function (q) { show(q.querySelector('[data-answer]'), false); });

    function stored() {
      var s = record(progress.read().quiz[key]);
      return s && typeof s.best === 'number' && typeof s.of === 'number' ? s : null;
    }

    function showBest() {
      var s = stored();
      show(best, !!s);
      if (s) {
        say(best, 'Your best score: ' + s.best + ' of ' + s.of +
          (s.of !== questions.length ? ' (on an earlier version of this quiz).' : '.'));
      }
    }

    function unmark() {
      checked = false;
      questions.forEach(function (q) {
        all('.option-feedback', q).forEach(function (p) { p.remove(); });
        all('.option', q).forEach(function (li) {
          li.classList.remove('is-chosen', 'is-correct');
        });
        q.classList.remove('is-right', 'is-wrong');
        show(q.querySelector('[data-question-result]'), false);
      });
      show(result, false);
      show(again, false);
    }

    /* Marks one question and explains every option; true when exactly the correct options were chosen. */
    function mark(q) {
      var whys = all('[data-why]', q);
      var right = true;
      var answered = false;
      all('.option', q).forEach(function (li, i) {
        var correct = li.hasAttribute('data-correct');
        var chosen = li.querySelector('input').checked;
        answered = answered || chosen;
        right = right && chosen === correct;
        li.classList.toggle('is-chosen', chosen);
        li.classList.toggle('is-correct', correct);
        var p = document.createElement('p');
        p.className = 'option-feedback';
        var verdict = document.createElement('strong');
        verdict.textContent = chosen ? (correct ? 'Your answer: correct. ' : 'Your answer: not correct. ')
          : (correct ? 'A correct answer. ' : 'Not correct. ');
        p.appendChild(verdict);
        if (whys[i]) { p.appendChild(whys[i].cloneNode(true)); }
        li.appendChild(p);
      });
      var ok = answered && right;
      q.classList.add(ok ? 'is-right' : 'is-wrong');
      var line = q.querySelector('[data-question-result]');
      line.textContent = !answered ? 'Not answered.' : right ? 'Right.' : 'Not quite.';
      show(line, true);
      return ok;
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      unmark();
      var score = questions.filter(mark).length;
      var of = questions.length;
      var before = stored();
      var isBest = !before || before.of !== of || score > before.best;
      if (isBest) {
        progress.update(function (state) { state.quiz[key] = { best: score, of: of, t: Date.now() }; });
      }
      checked = true;
      result.textContent = 'You got ' + score + ' of ' + of + ' right. ' +
        (isBest ? 'Saved as your best score.' : 'Your best is still ' + before.best + ' of ' + before.of + '.');
      show(result, true);
      show(again, true);
      result.focus();
    });

    again.addEventListener('click', function () {
      form.reset();
      unmark();
      var first = form.querySelector('input');
      if (first) { first.focus(); }
    });

    /* A changed answer makes the marks stale: clear them until the next check. */
    form.addEventListener('change', function () {
      if (checked) { unmark(); }
    });

    onRender(showBest);
  })();

  /* ---- phase cards on the index: "already known" and the best quiz score ---- */
  (function cards() {
    var bars = all('.card [data-progress]');
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
    onRender(function () {
      var state = progress.read();
      bars.forEach(function (bar) {
        var key = bar.getAttribute('data-progress');
        var card = bar.closest('.card');
        var known = !!record(state.extra['known:' + key]);
        card.classList.toggle('is-known', known);
        badge(card, 'card-known', known ? 'Already known' : '');
        var q = record(state.quiz[key]);
        badge(card, 'card-quiz', q && typeof q.best === 'number' && typeof q.of === 'number'
          ? 'Quiz best: ' + q.best + ' of ' + q.of : '');
      });
    });
  })();

  /* ---- starting point and pace: known phases, a plan with target dates, ahead or behind ---- */
  (function plan() {
    var section = document.querySelector('[data-plan]');
    if (!section) { return; }
    var form = section.querySelector('[data-plan-form]');
    var rows = all('[data-plan-phase]', section);
    var summary = section.querySelector('[data-plan-summary]');
    var table = section.querySelector('[data-plan-table]');
    var overall = document.querySelector('[data-progress="all"]');
    var knownNote = document.querySelector('[data-known-note]');
    var weekHours = Number(section.getAttribute('data-week-hours')) || 10;
    var lang = document.documentElement.lang || undefined;
    var DAY = 86400000;
    var PACES = ['fast', 'typical', 'thorough', 'hours'];
    var SLACK = 0.5;   /* weeks: a few days either way is still on track */

    show(form, true);

    function isKnown(key, state) {
      return !!extra('known:' + key, state);
    }

    function readPlan(state) {
      var p = extra('plan', state);
      if (!p) { return null; }
      return {
        pace: PACES.indexOf(p.pace) >= 0 ? p.pace : '',
        hours: typeof p.hours === 'number' && p.hours >= 1 && p.hours <= 80 ? p.hours : null,
        start: typeof p.start === 'string' && !isNaN(day(p.start)) ? p.start : ''
      };
    }

    /* Dates are whole days in UTC, so a plan never shifts by a day across time zones or daylight saving. */
    function day(iso) {
      var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!m) { return NaN; }
      var ms = Date.UTC(+m[1], +m[2] - 1, +m[3]);
      return new Date(ms).toISOString().slice(0, 10) === iso ? ms : NaN;
    }

    function today() {
      var d = new Date();
      return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate());
    }

    function dayText(ms) {
      return new Date(ms).toLocaleDateString(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    }

    function dateCell(cell, ms, prefix) {
      cell.textContent = prefix;
      var time = document.createElement('time');
      time.dateTime = new Date(ms).toISOString().slice(0, 10);
      time.textContent = dayText(ms);
      cell.appendChild(time);
    }

    function weeksOf(row, p) {
      var min = Number(row.getAttribute('data-min-weeks'));
      var max = Number(row.getAttribute('data-max-weeks'));
      if (p.pace === 'fast') { return min; }
      if (p.pace === 'thorough') { return max; }
      if (p.pace === 'hours' && p.hours) { return (min + max) / 2 * weekHours / p.hours; }
      return (min + max) / 2;
    }

    function aboutWeeks(w) {
      var half = Math.round(w * 2) / 2;
      return half === 0.5 ? 'half a week' : half === 1 ? '1 week' : half + ' weeks';
    }

    /* done and expected are shares of the phase; within half a week of the plan counts as on track. */
    function status(done, expected, weeks, notYet) {
      if (done >= 1) { return 'Done'; }
      if (notYet) { return done > 0 ? 'Ahead' : 'Upcoming'; }
      var lead = (done - expected) * weeks;
      return lead >= SLACK ? 'Ahead' : -lead >= SLACK ? 'Behind' : 'On track';
    }

    function fillForm(state, p) {
      all('[data-known]', form).forEach(function (box) {
        box.checked = isKnown(box.getAttribute('data-known'), state);
      });
      all('input[name="pace"]', form).forEach(function (r) { r.checked = !!p && r.value === p.pace; });
      if (document.activeElement !== form.elements.hours) {
        form.elements.hours.value = p && p.hours ? String(p.hours) : '';
      }
      form.elements.start.value = p ? p.start : '';
    }

    /* Known phases are counted apart: the overall bar counts only the others (handbook.js draws it). */
    function countApart(state) {
      var working = [];
      var known = [];
      rows.forEach(function (row) {
        (isKnown(row.getAttribute('data-plan-phase'), state) ? known : working).push(row);
      });
      if (knownNote) {
        var ids = [].concat.apply([], known.map(idsOf));
        show(knownNote, known.length > 0);
        say(knownNote, known.length ? 'Counted apart: ' + plural(known.length, 'phase', 'phases') +
          ' you already know (' + known.map(function (r) { return r.querySelector('a').textContent; }).join(', ') +
          '), ' + ticked(ids, state.items) + ' of ' + ids.length + ' items ticked.' : '');
      }
      if (!overall) { return false; }
      var list = [].concat.apply([], working.map(idsOf)).join(' ');
      if (overall.getAttribute('data-items') === list) { return false; }
      overall.setAttribute('data-items', list);
      return true;
    }

    function render() {
      var state = progress.read();
      var p = readPlan(state);
      fillForm(state, p);
      var redraw = countApart(state);
      var start = p ? day(p.start) : NaN;
      show(table, !isNaN(start));
      show(summary, true);
      if (isNaN(start)) {
        say(summary, 'Choose a start date to see your plan.');
      } else {
        schedule(state, p, start);
      }
      /* The bar's items changed: ask handbook.js to redraw it (once; the next pass changes nothing). */
      if (redraw) { document.dispatchEvent(new CustomEvent('handbook:change')); }
    }

    /* Phases follow each other from the start date; known ones take no time. Ahead or behind compares the
       share of each phase's items ticked with the share of its planned time that has passed. */
    function schedule(state, p, start) {
      var now = today();
      var at = start;
      var doneWeeks = 0;
      var dueWeeks = 0;
      var finish = start;
      rows.forEach(function (row) {
        var key = row.getAttribute('data-plan-phase');
        var cells = {};
        all('[data-cell]', row).forEach(function (c) { cells[c.getAttribute('data-cell')] = c; });
        var ids = idsOf(row);
        var n = ticked(ids, state.items);
        cells.done.textContent = ids.length ? n + ' of ' + ids.length : '–';
        var text;
        row.classList.remove('is-known', 'is-ahead', 'is-behind', 'is-done');
        if (isKnown(key, state)) {
          row.classList.add('is-known');
          cells.weeks.textContent = '–';
          cells.target.textContent = '–';
          cells.status.textContent = 'Already known';
          return;
        }
        var done = ids.length ? n / ids.length : 0;
        if (row.hasAttribute('data-ongoing')) {
          cells.weeks.textContent = 'ongoing';
          dateCell(cells.target, at, 'from ');
          text = done >= 1 ? 'Done' : now >= at ? 'Ongoing' : 'Upcoming';
        } else {
          var weeks = weeksOf(row, p);
          var end = at + Math.max(1, Math.round(weeks * 7)) * DAY;
          var expected = now <= at ? 0 : now >= end ? 1 : (now - at) / (end - at);
          text = status(ids.length ? done : expected, expected, weeks, now < at);
          doneWeeks += (ids.length ? done : expected) * weeks;
          dueWeeks += expected * weeks;
          cells.weeks.textContent = String(Math.round(weeks * 10) / 10);
          dateCell(cells.target, end, '');
          at = end;
          finish = end;
        }
        cells.status.textContent = text;
        row.classList.toggle('is-ahead', text === 'Ahead');
        row.classList.toggle('is-behind', text === 'Behind');
        row.classList.toggle('is-done', text === 'Done');
      });
      var delta = doneWeeks - dueWeeks;
      var where = now < start ? 'Your plan starts on ' + dayText(start) + '.'
        : Math.abs(delta) < SLACK ? 'You are on track.'
        : 'You are about ' + aboutWeeks(Math.abs(delta)) + (delta > 0 ? ' ahead of' : ' behind') + ' your plan.';
      say(summary, where + ' Planned finish: ' + dayText(finish) + '.');
    }

    function save() {
      var pace = form.querySelector('input[name="pace"]:checked');
      var hours = parseInt(form.elements.hours.value, 10);
      var value = {
        pace: pace ? pace.value : '',
        hours: hours >= 1 && hours <= 80 ? hours : null,
        start: isNaN(day(form.elements.start.value)) ? '' : form.elements.start.value
      };
      setExtra('plan', value.pace || value.hours || value.start ? value : null);
    }

    form.addEventListener('change', function (e) {
      var box = e.target;
      if (box.hasAttribute('data-known')) {
        setExtra('known:' + box.getAttribute('data-known'), box.checked ? {} : null);
        return;
      }
      save();
    });
    /* Typing hours a week means that pace; it is saved when the field is left (its change event). */
    form.elements.hours.addEventListener('input', function () {
      if (form.elements.hours.value) { form.querySelector('#pace-hours').checked = true; }
    });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    section.querySelector('[data-plan-clear]').addEventListener('click', function () {
      setExtra('plan', null);
    });

    onRender(render);
  })();

  /* ---- a track page: pick items (e.g. 2 or 3 capstone projects), a portfolio entry for each pick ---- */
  (function track() {
    var section = document.querySelector('[data-track]');
    if (!section) { return; }
    var key = section.getAttribute('data-track');
    var min = Number(section.getAttribute('data-min'));
    var max = Number(section.getAttribute('data-max'));
    var label = section.getAttribute('data-label');
    var form = section.querySelector('[data-track-form]');
    var boxes = all('[data-pick]', form);
    var valid = boxes.map(function (b) { return b.getAttribute('data-pick'); });
    var message = section.querySelector('[data-track-message]');
    show(form, true);

    form.addEventListener('change', function () {
      var ids = boxes.filter(function (b) { return b.checked; })
        .map(function (b) { return b.getAttribute('data-pick'); });
      setExtra('picks:' + key, ids.length ? { ids: ids } : null);
    });

    onRender(function () {
      var chosen = picks(key, valid);
      boxes.forEach(function (b) { b.checked = chosen.indexOf(b.getAttribute('data-pick')) >= 0; });
      all('[data-pick-portfolio]', section).forEach(function (div) {
        show(div, chosen.indexOf(div.getAttribute('data-pick-portfolio')) >= 0);
      });
      say(message, pickMessage(chosen.length, min, max, label));
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
        say(li.querySelector('[data-pick-status]'), (state.items[id] ? 'Done' : 'In progress') +
          (links ? ' · ' + plural(links, 'portfolio link', 'portfolio links') : ''));
      });
      var counts = chosen.length ? ' ' + done + ' of ' + chosen.length + ' done.' : '';
      say(line, pickMessage(chosen.length, min, max, label) + counts);
    });
  });

  /* ---- portfolio entries: links checked before they are stored ---- */
  all('form[data-portfolio]').forEach(function portfolioEntry(form) {
    var key = form.getAttribute('data-portfolio');
    var message = form.querySelector('[data-portfolio-message]');
    var dirty = false;
    show(form, true);

    function fill() {
      if (dirty) { return; }   /* never overwrite what the learner is typing */
      var e = entry(key) || { demo: '', repo: '', writeup: '', note: '' };
      LINKS.forEach(function (l) { form.elements[l[0]].value = e[l[0]]; });
      form.elements.note.value = e.note;
    }

    form.addEventListener('input', function () { dirty = true; });
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      var value = { note: oneLine(form.elements.note.value) };
      var bad = null;
      LINKS.forEach(function (l) {
        var input = form.elements[l[0]];
        var url = safeUrl(input.value);
        var error = form.querySelector('[data-error-for="' + l[0] + '"]');
        if (url === null) {
          input.setAttribute('aria-invalid', 'true');
          error.textContent = l[1] + ' link: enter a web address starting with https:// or http://.';
          bad = bad || input;
        } else {
          input.removeAttribute('aria-invalid');
          error.textContent = '';
          value[l[0]] = url;
        }
      });
      if (bad) {
        say(message, 'Not saved: check the marked link.');
        bad.focus();
        return;
      }
      var empty = !value.demo && !value.repo && !value.writeup && !value.note;
      dirty = false;
      setExtra('portfolio:' + key, empty ? null : value);
      say(message, empty ? 'Removed from your portfolio.' : 'Saved to your portfolio.');
    });

    onRender(fill);
  });

  /* ---- the portfolio page: every entry, and Markdown for a GitHub profile README ---- */
  (function portfolioPage() {
    var page = document.querySelector('[data-portfolio-page]');
    if (!page) { return; }
    var exportSection = page.querySelector('[data-portfolio-export]');
    var textarea = page.querySelector('[data-portfolio-markdown]');
    var message = page.querySelector('[data-portfolio-export-message]');
    show(exportSection, true);

    /* Learner text in Markdown: punctuation that would turn into markup is escaped, and a leading list or
       quote marker too. Links are normalised http(s) URLs, which never hold spaces or angle brackets. */
    function mdText(text) {
      return text.replace(/[\\`*_[\]<>|~&#]/g, '\\$&').replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
    }

    function links(e) {
      return LINKS.filter(function (l) { return e[l[0]]; });
    }

    function showEntry(li, e) {
      var out = li.querySelector('[data-portfolio-links]');
      while (out.firstChild) { out.removeChild(out.firstChild); }
      out.classList.toggle('is-empty', !e);
      if (!e) {
        out.textContent = 'Nothing yet.';
        return;
      }
      links(e).forEach(function (l, i) {
        if (i) { out.appendChild(document.createTextNode(' · ')); }
        var a = document.createElement('a');
        a.href = e[l[0]];
        a.textContent = l[1];
        out.appendChild(a);
      });
      if (e.note) {
        var note = document.createElement('span');
        note.className = 'portfolio-note';
        note.textContent = e.note;
        out.appendChild(note);
      }
    }

    function markdown(sections) {
      var title = page.getAttribute('data-handbook-title');
      var lines = ['## What I built: ' + mdText(title), ''];
      sections.forEach(function (s) {
        lines.push('### ' + s.heading, '');
        if (s.milestone) { lines.push(s.milestone, ''); }
        var l = links(s.entry).map(function (x) { return '[' + x[1] + '](<' + s.entry[x[0]] + '>)'; });
        if (l.length) { lines.push(l.join(' · '), ''); }
        if (s.entry.note) { lines.push('> ' + mdText(s.entry.note), ''); }
      });
      return lines.join('\n');
    }

    function render() {
      var sections = [];
      all('[data-portfolio-item]', page).forEach(function (li) {
        var e = entry(li.getAttribute('data-portfolio-item'));
        showEntry(li, e);
        if (li.getAttribute('data-kind') === 'phase') {
          if (e) {
            sections.push({ heading: mdText(li.getAttribute('data-title')),
              milestone: li.getAttribute('data-milestone'), entry: e });
          }
        }
      });
      all('[data-portfolio-track]', page).forEach(function (section) {
        var heading = section.querySelector('h2').textContent;
        var items = all('[data-portfolio-item]', section);
        var chosen = picks(section.getAttribute('data-portfolio-track'),
          items.map(function (li) { return li.getAttribute('data-portfolio-item'); }));
        var any = false;
        items.forEach(function (li) {
          var id = li.getAttribute('data-portfolio-item');
          var e = entry(id);
          var visible = chosen.indexOf(id) >= 0 || !!e;
          show(li, visible);
          any = any || visible;
          if (e) {
            sections.push({ heading: mdText(heading) + ': ' + li.getAttribute('data-title'), entry: e });
          }
        });
        show(section.querySelector('[data-track-none]'), !any);
      });
      textarea.value = sections.length ? markdown(sections)
        : 'Nothing to export yet: add links on the phase pages and the capstone page.';
      var summary = page.querySelector('[data-portfolio-summary]');
      show(summary, true);
      summary.textContent = sections.length ? plural(sections.length, 'entry', 'entries') + ' so far. '
        : 'Nothing here yet: your entries collect here as you add them.';
      if (sections.length) {
        var jump = document.createElement('a');
        jump.href = '#portfolio-markdown';
        jump.textContent = 'Get them as Markdown for your GitHub profile.';
        summary.appendChild(jump);
      }
    }

    page.querySelector('[data-portfolio-copy]').addEventListener('click', function () {
      function bySelection() {
        textarea.select();
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        say(message, copied ? 'Markdown copied.'
          : 'The Markdown is selected: press Ctrl+C (⌘C on a Mac) to copy it.');
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(textarea.value).then(function () { say(message, 'Markdown copied.'); },
          bySelection);
      } else {
        bySelection();
      }
    });

    page.querySelector('[data-portfolio-download]').addEventListener('click', function () {
      var blob = new Blob([textarea.value], { type: 'text/markdown' });
      var a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = 'portfolio.md';
      document.body.appendChild(a);
      a.click();
      setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 0);
      say(message, 'Downloaded portfolio.md.');
    });

    onRender(render);
  })();

  /* Ticks, imports and links change the store; so does another tab. Redraw everything from it. */
  function renderAll() {
    renderers.forEach(function (fn) { fn(); });
  }
  document.addEventListener('handbook:change', renderAll);
  window.addEventListener('storage', function (e) {
    if (e.key === KEY || e.key === null) { renderAll(); }
  });
})();
