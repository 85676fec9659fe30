/* entry: portfolio entry forms (a phase's milestone, a picked project): links checked before they are stored
   as extra["portfolio:<key>"]. On phase pages and track pages. */
(function entries() {
  'use strict';

  var progress = window.handbookProgress;
  var L = window.handbookLearner;
  if (!progress || !L) { return; }
  var all = L.all;
  var LINKS = L.LINKS;
  var show = L.show;
  var say = L.say;
  var setExtra = L.setExtra;
  var safeUrl = L.safeUrl;
  var oneLine = L.oneLine;
  var entry = L.entry;
  var onRender = L.onRender;
  var text = L.text;

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
          error.textContent = text('js.entry.bad_link', { link: l[1] });
          bad = bad || input;
        } else {
          input.removeAttribute('aria-invalid');
          error.textContent = '';
          value[l[0]] = url;
        }
      });
      if (bad) {
        say(message, text('js.entry.not_saved'));
        bad.focus();
        return;
      }
      var empty = !value.demo && !value.repo && !value.writeup && !value.note;
      dirty = false;
      setExtra('portfolio:' + key, empty ? null : value);
      say(message, text(empty ? 'js.entry.removed' : 'js.entry.saved'));
    });

    onRender(fill);
  });

})();
