/* Runs in <head> before the page paints: marks that scripts run and applies the reader's chosen theme, so
   a dark-mode reader never sees a white flash (the choice is shared by every handbook on this origin).
   It also folds the navigation on phones, and loads search on first use. */
(function theme() {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  try {
    var chosen = localStorage.getItem('handbook-theme');
    if (chosen === 'dark' || chosen === 'light') { root.setAttribute('data-theme', chosen); }
  } catch (e) { /* storage blocked: follow the system setting */ }
})();

/* On a phone the navigation starts folded. It is folded as the parser inserts it, before the first paint:
   folding it later (when the deferred handbook.js runs) made the page jump. Without JS it stays open. */
(function navigation() {
  'use strict';
  if (!window.matchMedia('(max-width: 48rem)').matches) { return; }
  var watch = new MutationObserver(function () {
    var nav = document.querySelector('.nav-toggle');
    if (nav) {
      nav.open = false;
      watch.disconnect();
    }
  });
  watch.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () { watch.disconnect(); });
})();

/* Script elements (not fetch), so search works from file:// too; data-root makes it work at any depth. */
(function searchLoader() {
  'use strict';
  var loaded = false;
  function load() {
    if (loaded) { return; }
    loaded = true;
    ['search-index.js', 'assets/search.js'].forEach(function (file) {
      var s = document.createElement('script');
      s.src = (document.body.getAttribute('data-root') || '') + file;
      s.async = false; /* in order: the index first */
      document.head.appendChild(s);
    });
  }
  document.addEventListener('focusin', function (e) { if (e.target.id === 'search-input') { load(); } });
  document.addEventListener('keydown', function (e) {
    var t = e.target;
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented || t.isContentEditable ||
      /^(TEXTAREA|SELECT)$/.test(t.tagName) ||
      (t.tagName === 'INPUT' && !/^(checkbox|radio|button|submit|reset|file)$/.test(t.type))) { return; }
    var input = document.getElementById('search-input');
    if (input && input.offsetParent !== null) {
      e.preventDefault();
      input.focus();
    }
  });
})();
