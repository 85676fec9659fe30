/* handbook serve only: reloads the page after a rebuild and shows build problems over it.
   Served by the dev server at /__handbook/livereload.js; never written into a built site. */
(function livereload() {
  'use strict';
  if (!('EventSource' in window)) { return; }

  var OVERLAY_ID = 'handbook-dev-problems';
  var build = null;

  function hide() {
    var old = document.getElementById(OVERLAY_ID);
    if (old) { old.parentNode.removeChild(old); }
    document.removeEventListener('keydown', onKey);
  }

  function onKey(event) {
    if (event.key === 'Escape') { hide(); }
  }

  function plural(n, word) {
    return n + ' ' + word + (n === 1 ? '' : 's');
  }

  /* Everything is set as text: messages quote the contributor's content and must never become markup. */
  function element(tag, text, css) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    if (css) { node.style.cssText = css; }
    return node;
  }

  function show(report) {
    hide();
    var box = element('section', '', 'position:fixed;left:1rem;right:1rem;bottom:1rem;max-height:60vh;'
      + 'overflow:auto;z-index:2147483647;background:#fff;color:#1a1a1a;border:3px solid #b00020;'
      + 'border-radius:6px;padding:1rem 1.25rem;box-shadow:0 4px 24px rgba(0,0,0,.35);'
      + 'font:15px/1.5 system-ui,sans-serif;text-align:left');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    box.setAttribute('aria-labelledby', OVERLAY_ID + '-title');
    var title = element('h2', 'Build failed: ' + plural(report.errors, 'error') + ', '
      + plural(report.warnings, 'warning'), 'margin:0 0 .25rem;font-size:1.15rem;color:#b00020');
    title.id = OVERLAY_ID + '-title';
    box.appendChild(title);
    box.appendChild(element('p', 'This page shows the last good build. Fix the problems and save: it reloads by itself.',
      'margin:0 0 .75rem'));
    var list = element('ul', '', 'margin:0 0 .75rem;padding:0;list-style:none');
    report.diagnostics.forEach(function (d) {
      var item = element('li', '', 'margin:0 0 .5rem');
      item.appendChild(element('code', d.location + ': ' + d.severity + ': ' + d.message,
        'font:14px/1.4 ui-monospace,monospace;white-space:pre-wrap;overflow-wrap:anywhere'));
      if (d.hint) { item.appendChild(element('div', 'hint: ' + d.hint, 'padding-left:1.5rem;color:#444')); }
      list.appendChild(item);
    });
    box.appendChild(list);
    var dismiss = element('button', 'Dismiss', 'font:inherit;padding:.25rem .75rem');
    dismiss.type = 'button';
    dismiss.addEventListener('click', hide);
    box.appendChild(dismiss);
    document.body.appendChild(box);
    document.addEventListener('keydown', onKey);
  }

  var source = new EventSource('/__handbook/events');
  /* On every (re)connection the server names the build it serves: a different one means this page is old,
     e.g. after the server was restarted or a rebuild happened while the connection was down. */
  source.addEventListener('hello', function (event) {
    var current = JSON.parse(event.data).build;
    if (build !== null && current !== build) { window.location.reload(); return; }
    build = current;
    /* Marks the page as listening (for people inspecting it, and for the browser tests). */
    document.documentElement.setAttribute('data-handbook-live', current || 'waiting');
  });
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('problems', function (event) { show(JSON.parse(event.data)); });
})();
