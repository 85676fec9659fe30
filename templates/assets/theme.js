/* Runs in <head>, before the page paints: marks that scripts run, and applies the reader's chosen theme
   so a dark-mode reader never sees a white flash. The choice is shared by every handbook on this origin. */
(function theme() {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  try {
    var chosen = localStorage.getItem('handbook-theme');
    if (chosen === 'dark' || chosen === 'light') {
      root.setAttribute('data-theme', chosen);
    }
  } catch (e) {
    /* Storage blocked: follow the system setting. */
  }
})();
