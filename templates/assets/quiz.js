/* quiz: a phase's self-check quiz, marked in the browser; the best score is kept (quiz["<phase key>"] in the
   progress store, see learner.js) and shown by learner.js. On each quiz page. */
(function quizPage() {
  'use strict';

  var progress = window.handbookProgress;
  var L = window.handbookLearner;
  if (!progress || !L) { return; }
  var all = L.all;
  var show = L.show;
  var quizBest = L.quizBest;
  var text = L.text;

  /* ---- quiz: marked in the browser, best score kept ---- */
  (function quiz() {
    var section = document.querySelector('[data-quiz]');
    if (!section) { return; }
    var key = section.getAttribute('data-quiz');
    var form = section.querySelector('[data-quiz-form]');
    var result = section.querySelector('[data-quiz-result]');
    var again = section.querySelector('[data-quiz-again]');
    var questions = all('[data-question]', form);
    var checked = false;

    show(section.querySelector('[data-quiz-actions]'), true);
    questions.forEach(function (q) { show(q.querySelector('[data-answer]'), false); });

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
        verdict.textContent = text(chosen ? (correct ? 'js.quiz.yours_correct' : 'js.quiz.yours_not_correct')
          : (correct ? 'js.quiz.correct' : 'js.quiz.not_correct')) + ' ';
        p.appendChild(verdict);
        if (whys[i]) { p.appendChild(whys[i].cloneNode(true)); }
        li.appendChild(p);
      });
      var ok = answered && right;
      q.classList.add(ok ? 'is-right' : 'is-wrong');
      var line = q.querySelector('[data-question-result]');
      line.textContent = text(!answered ? 'js.quiz.not_answered' : right ? 'js.quiz.right' : 'js.quiz.not_quite');
      show(line, true);
      return ok;
    }

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      unmark();
      var score = questions.filter(mark).length;
      var of = questions.length;
      var before = quizBest(key);
      var isBest = !before || before.of !== of || score > before.best;
      if (isBest) {
        progress.update(function (state) { state.quiz[key] = { best: score, of: of, t: Date.now() }; });
      }
      checked = true;
      result.textContent = text('js.quiz.score', { score: score, total: of }) + ' ' + (isBest ? text('js.quiz.saved_best')
        : text('js.quiz.still_best', { best: before.best, total: before.of }));
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

  })();

})();
