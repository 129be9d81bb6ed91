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


  // Correction forms post in place: the page's main part is refreshed, no reload; without this script they post and come back.
  function refresh(focusIndex) {
    return fetch(location.href, { headers: { Accept: 'text/html' } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('main');
        document.querySelector('main').innerHTML = fresh.innerHTML;
        var items = document.querySelectorAll('.review-item');
        if (items.length > 0) {
          items[Math.min(focusIndex || 0, items.length - 1)].focus();
        }
      });
  }

  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.classList || !form.classList.contains('correction-form')) {
      return;
    }

    e.preventDefault();
    var item = form.closest('.review-item');
    var index = item ? Array.prototype.indexOf.call(document.querySelectorAll('.review-item'), item) : 0;
    var status = document.getElementById('correction-status') || document.createElement('p');
    status.id = 'correction-status';
    status.setAttribute('role', 'status');
    status.textContent = 'Saving…';
    document.querySelector('main').prepend(status);
    fetch(form.action, { method: 'POST', body: new FormData(form), headers: { Accept: 'application/json' } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            throw new Error(body.error && body.error.message ? body.error.message : 'the correction was not saved');
          }
          return refresh(index).then(function () {
            var done = document.createElement('p');
            done.id = 'correction-status';
            done.setAttribute('role', 'status');
            done.setAttribute('data-saved', body.id);
            done.textContent = 'Saved correction ' + body.id + '.';
            document.querySelector('main').prepend(done);
          });
        });
      })
      .catch(function (error) {
        status.textContent = 'Not saved: ' + error.message;
        status.setAttribute('data-error', 'true');
      });
  });

  // The review queue by keyboard: j/k or arrows move, a accepts, f opens the fix form.
  document.addEventListener('keydown', function (e) {
    var items = Array.prototype.slice.call(document.querySelectorAll('.review-item'));
    if (items.length === 0 || e.ctrlKey || e.metaKey || e.altKey || /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      return;
    }

    var current = document.activeElement.closest ? document.activeElement.closest('.review-item') : null;
    var at = items.indexOf(current);
    if (e.key === 'j' || e.key === 'ArrowDown') {
      e.preventDefault();
      items[Math.min(at + 1, items.length - 1)].focus();
    } else if (e.key === 'k' || e.key === 'ArrowUp') {
      e.preventDefault();
      items[Math.max(at - 1, 0)].focus();
    } else if (e.key === 'a' && current) {
      e.preventDefault();
      var accept = current.querySelector('form.accept');
      if (accept) {
        accept.requestSubmit();
      }
    } else if (e.key === 'f' && current) {
      e.preventDefault();
      var fix = current.querySelector('details.correct');
      if (fix) {
        fix.open = true;
        fix.querySelector('input[name=questions]').focus();
      }
    }
  });

  document.body.setAttribute('data-ready', 'true');
})();
