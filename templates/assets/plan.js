/* plan: the plan page. The learner marks phases they already know (extra["known:<phase key>"]), picks a
   pace and a start date (extra["plan"]), and gets a target date per phase, ahead or behind their ticks. */
(function planPage() {
  'use strict';

  var progress = window.handbookProgress;
  var L = window.handbookLearner;
  if (!progress || !L) { return; }
  var all = L.all;
  var show = L.show;
  var say = L.say;
  var extra = L.extra;
  var setExtra = L.setExtra;
  var idsOf = L.idsOf;
  var ticked = L.ticked;
  var onRender = L.onRender;
  var text = L.text;

  /* ---- starting point and pace: known phases, a plan with target dates, ahead or behind ---- */
  (function plan() {
    var section = document.querySelector('[data-plan]');
    if (!section) { return; }
    var form = section.querySelector('[data-plan-form]');
    var rows = all('[data-plan-phase]', section);
    var summary = section.querySelector('[data-plan-summary]');
    var table = section.querySelector('[data-plan-table]');
    var weekHours = Number(section.getAttribute('data-week-hours')) || 10;
    var lang = document.documentElement.lang || undefined;
    /* Dates in the handbook's language (<html lang>): "9 Mar 2026", "9. März 2026". */
    var dates = new Intl.DateTimeFormat(lang, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
    var numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
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
      return dates.format(new Date(ms));
    }

    /* A date in a table cell, in a <time> element; {date} of {@code key}'s message marks its place. */
    function dateCell(cell, ms, key) {
      var around = (key ? text(key) : '{date}').split('{date}');
      var time = document.createElement('time');
      time.dateTime = new Date(ms).toISOString().slice(0, 10);
      time.textContent = dayText(ms);
      cell.textContent = around[0];
      cell.appendChild(time);
      if (around[1]) { cell.appendChild(document.createTextNode(around[1])); }
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
      return half === 0.5 ? text('js.plan.half_week') : text('js.plan.weeks', { n: half });
    }

    /* done and expected are shares of the phase; within half a week of the plan counts as on track. */
    function status(done, expected, weeks, notYet) {
      if (done >= 1) { return 'done'; }
      if (notYet) { return done > 0 ? 'ahead' : 'upcoming'; }
      var lead = (done - expected) * weeks;
      return lead >= SLACK ? 'ahead' : -lead >= SLACK ? 'behind' : 'on_track';
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

    function render() {
      var state = progress.read();
      var p = readPlan(state);
      fillForm(state, p);
      var start = p ? day(p.start) : NaN;
      show(table, !isNaN(start));
      show(summary, true);
      if (isNaN(start)) {
        say(summary, text('js.plan.choose_start'));
      } else {
        schedule(state, p, start);
      }
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
        cells.done.textContent = ids.length ? text('js.plan.done_count', { done: n, total: ids.length }) : '–';
        var mark;
        row.classList.remove('is-known', 'is-ahead', 'is-behind', 'is-done');
        if (isKnown(key, state)) {
          row.classList.add('is-known');
          cells.weeks.textContent = '–';
          cells.target.textContent = '–';
          cells.status.textContent = text('js.plan.known');
          return;
        }
        var done = ids.length ? n / ids.length : 0;
        if (row.hasAttribute('data-ongoing')) {
          cells.weeks.textContent = text('js.plan.ongoing_weeks');
          dateCell(cells.target, at, 'js.plan.from');
          mark = done >= 1 ? 'done' : now >= at ? 'ongoing' : 'upcoming';
        } else {
          var weeks = weeksOf(row, p);
          var end = at + Math.max(1, Math.round(weeks * 7)) * DAY;
          var expected = now <= at ? 0 : now >= end ? 1 : (now - at) / (end - at);
          mark = status(ids.length ? done : expected, expected, weeks, now < at);
          doneWeeks += (ids.length ? done : expected) * weeks;
          dueWeeks += expected * weeks;
          cells.weeks.textContent = numbers.format(Math.round(weeks * 10) / 10);
          dateCell(cells.target, end, '');
          at = end;
          finish = end;
        }
        cells.status.textContent = text('js.plan.' + mark);
        row.classList.toggle('is-ahead', mark === 'ahead');
        row.classList.toggle('is-behind', mark === 'behind');
        row.classList.toggle('is-done', mark === 'done');
      });
      var delta = doneWeeks - dueWeeks;
      var where = now < start ? text('js.plan.starts_on', { date: dayText(start) })
        : Math.abs(delta) < SLACK ? text('js.plan.on_track_overall')
        : text(delta > 0 ? 'js.plan.ahead_by' : 'js.plan.behind_by', { weeks: aboutWeeks(Math.abs(delta)) });
      say(summary, where + ' ' + text('js.plan.finish', { date: dayText(finish) }));
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

})();
