/* Runs in <head> before the page paints: marks that scripts run and applies the reader's chosen theme, so
   a dark-mode reader never sees a white flash (the choice is shared by every handbook on this origin).
   Search loads on first use, so pages that are only read never pay for it. */
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
