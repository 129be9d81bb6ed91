// Pipeline web app: small enhancements only; every page works without this script.
(function () {
  'use strict';

  // "All" and "None" buttons for the compare picker's checkbox groups.
  document.querySelectorAll('.toggles[data-for]').forEach(function (holder) {
    var name = holder.getAttribute('data-for');
    var boxes = holder.parentNode.querySelectorAll('input[type=checkbox][name="' + name + '"]');
    [['All', true], ['None', false]].forEach(function (pair) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'link';
      button.textContent = pair[0];
      button.addEventListener('click', function () {
        boxes.forEach(function (box) { box.checked = pair[1]; });
      });
      holder.appendChild(button);
    });
  });

  // "/" focuses the search box, as on most search sites.
  document.addEventListener('keydown', function (e) {
    var box = document.getElementById('q');
    if (e.key === '/' && box && document.activeElement !== box && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      e.preventDefault();
      box.focus();
      box.select();
    }
  });

  // A segment reached by its anchor is briefly highlighted, so the eye finds it.
  function flash() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && target.classList.contains('segment')) {
      target.classList.add('flash');
      setTimeout(function () { target.classList.remove('flash'); }, 2000);
    }
  }
  window.addEventListener('hashchange', flash);
  flash();

  document.body.setAttribute('data-ready', 'true');
})();
