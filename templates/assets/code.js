/* A copy button on every code block, added here so that a page without JavaScript shows none. It copies
   the block's text; for a console session only its commands (the build marks them .hl-cmd), without
   prompts or output. Where the Clipboard API is refused (some browsers on file://), the text is selected
   for Ctrl+C instead. A block too wide for the page can take the focus, so it scrolls by keyboard. The
   words come from the script element (layout.ftlh), never from this file. */
(function copyButtons() {
  'use strict';
  var script = document.currentScript; // deferred, so still set while this runs
  var words = script.dataset;
  var status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  status.setAttribute('data-copy-status', '');
  document.body.appendChild(status);

  function announce(message) {
    status.textContent = '';
    // A new text node after a tick, so that the same message twice is announced twice.
    setTimeout(function () { status.textContent = message; }, 50);
  }

  function textOf(code) {
    var commands = code.querySelectorAll('.hl-cmd');
    var text = commands.length
      ? Array.prototype.map.call(commands, function (c) { return c.textContent; }).join('\n')
      : code.textContent;
    return text.replace(/\n$/, '');
  }

  function selectAll(code) {
    var selection = window.getSelection();
    selection.removeAllRanges();
    var range = document.createRange();
    range.selectNodeContents(code);
    selection.addRange(range);
  }

  function copy(button, code) {
    var text = textOf(code);
    function copied() {
      button.textContent = words.copied;
      announce(words.copied);
      setTimeout(function () { button.textContent = words.copy; }, 2000);
    }
    function selected() {
      selectAll(code);
      announce(words.selected);
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(copied, selected);
    } else {
      selected();
    }
  }

  // A block whose lines are wider than the page scrolls sideways; keyboard users need to focus it to scroll.
  function scrollableByKeyboard(pre) {
    if (pre.scrollWidth > pre.clientWidth) {
      pre.tabIndex = 0;
    } else {
      pre.removeAttribute('tabindex');
    }
  }

  var blocks = document.querySelectorAll('main pre');
  window.addEventListener('resize', function () { Array.prototype.forEach.call(blocks, scrollableByKeyboard); });
  Array.prototype.forEach.call(blocks, function (pre) {
    var code = pre.querySelector('code') || pre;
    var block = document.createElement('div');
    block.className = 'code-block';
    pre.parentNode.insertBefore(block, pre);
    block.appendChild(pre);
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = words.copy;
    button.addEventListener('click', function () { copy(button, code); });
    block.insertBefore(button, pre);
    scrollableByKeyboard(pre);
  });
})();
