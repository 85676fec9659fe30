/* Runs in <head> before the page paints: marks that scripts run and applies the reader's chosen theme, so
   a dark-mode reader never sees a white flash (the choice is shared by every handbook on this origin).
   It also folds the navigation on phones, loads search on first use, and gives every script the theme's
   words (window.handbookText). */
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

/* The theme's words for the scripts, in the handbook's language: each page carries the messages of its own
   scripts as JSON (layout.ftlh, from the messages shipped in the handbook jar). handbookText('js.plan.starts', {date: d}) fills a
   message's {placeholders} as the build does (render/Texts.java); a message with a form per count chooses
   it by its argument n, by the browser's plural rules for <html lang>. Whole numbers are written as they
   are, others in the language's way ("1.5", "1,5"). A key with no message comes back as it is. */
(function text() {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var messages = null;
  var plurals = null;
  var decimals = null;
  try {
    plurals = new Intl.PluralRules(lang);
    decimals = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  } catch (e) { /* an old browser: English rules below */ }

  function category(n) {
    return plurals ? plurals.select(n) : n === 1 ? 'one' : 'other';
  }

  function shown(value) {
    return typeof value === 'number' && decimals && Math.round(value) !== value ? decimals.format(value)
      : String(value);
  }

  window.handbookText = function (key, args) {
    if (!messages) {
      var data = document.getElementById('handbook-text');
      if (!data) { return key; } /* not parsed yet */
      try { messages = JSON.parse(data.textContent); } catch (e) { messages = {}; }
    }
    var message = messages[key];
    if (message === undefined && args && typeof args.n === 'number') {
      message = messages[key + '.' + category(args.n)];
      if (message === undefined) { message = messages[key + '.other']; }
    }
    if (message === undefined) { return key; }
    return message.replace(/\{([a-z_][a-z0-9_]*)\}/g, function (all, name) {
      return args && args[name] !== undefined ? shown(args[name]) : all;
    });
  };
})();
