/* track: on a track page (choose: in its front matter), the learner picks items, e.g. two or three capstone
   projects, stored as extra["picks:<page key>"]; each pick shows its portfolio entry (entry.js). */
(function trackPage() {
  'use strict';

  var progress = window.handbookProgress;
  var L = window.handbookLearner;
  if (!progress || !L) { return; }
  var onRender = L.onRender;
  var all = L.all;
  var show = L.show;
  var say = L.say;
  var setExtra = L.setExtra;
  var picks = L.picks;
  var pickMessage = L.pickMessage;

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
    var template = section.querySelector('template[data-pick-entry]');
    show(form, true);

    /* A portfolio entry for each item, copied from the page's one template with the item's id in place of
       PICK (ids are slugs, checked by the build) and its label in the legend. entry.js, loaded after this
       script, brings every form to life. */
    boxes.forEach(function (box) {
      var div = document.createElement('div');
      var label = form.querySelector('label[for="' + box.id + '"]');
      div.className = 'pick-portfolio';
      div.setAttribute('data-pick-portfolio', box.getAttribute('data-pick'));
      div.hidden = true;
      div.innerHTML = template.innerHTML.replace(/PICK/g, box.getAttribute('data-pick'));
      div.querySelector('legend').textContent += label.textContent.trim();
      section.appendChild(div);
    });

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

})();
