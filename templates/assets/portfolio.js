/* portfolio: the portfolio page lists every entry and gives Markdown for a GitHub profile README. */
(function portfolio() {
  'use strict';

  var progress = window.handbookProgress;
  var L = window.handbookLearner;
  if (!progress || !L) { return; }
  var LINKS = L.LINKS;
  var all = L.all;
  var show = L.show;
  var say = L.say;
  var text = L.text;
  var entry = L.entry;
  var picks = L.picks;
  var onRender = L.onRender;

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
        out.textContent = text('js.portfolio.nothing_yet');
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
      var lines = ['## ' + text('js.portfolio.markdown_title', { title: mdText(title) }), ''];
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
        : text('js.portfolio.nothing_to_export');
      var summary = page.querySelector('[data-portfolio-summary]');
      show(summary, true);
      summary.textContent = sections.length ? text('js.portfolio.so_far', { n: sections.length }) + ' '
        : text('js.portfolio.empty');
      if (sections.length) {
        var jump = document.createElement('a');
        jump.href = '#portfolio-markdown';
        jump.textContent = text('js.portfolio.get_markdown');
        summary.appendChild(jump);
      }
    }

    page.querySelector('[data-portfolio-copy]').addEventListener('click', function () {
      function bySelection() {
        textarea.select();
        var copied = false;
        try { copied = document.execCommand('copy'); } catch (e) { copied = false; }
        say(message, text(copied ? 'js.portfolio.copied' : 'js.portfolio.selected'));
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(textarea.value).then(function () { say(message, text('js.portfolio.copied')); },
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
      say(message, text('js.portfolio.downloaded'));
    });

    onRender(render);
  })();

})();
