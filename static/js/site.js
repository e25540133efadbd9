/*
 * Progressive enhancement for the site frame. Everything works without it.
 * - The language switcher (<details>) closes on Escape, on a click outside
 *   it, and when keyboard focus moves to something outside it.
 * - The skip link moves focus to its target (main#main) reliably.
 * Loaded with defer from 'self', so it runs under a strict CSP.
 */
(function () {
  'use strict';

  var SWITCHER = '.language-switcher__details';

  function openSwitchers() {
    return Array.prototype.slice.call(document.querySelectorAll(SWITCHER + '[open]'));
  }

  function close(details, restoreFocus) {
    details.open = false;
    if (restoreFocus) {
      var summary = details.querySelector('summary');
      if (summary) {
        summary.focus();
      }
    }
  }

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape' && event.key !== 'Esc') {
      return;
    }
    openSwitchers().forEach(function (details) {
      var active = document.activeElement;
      // Only take focus back if it was inside the switcher (or nowhere).
      var focusWasInside = !active || active === document.body || details.contains(active);
      close(details, focusWasInside);
    });
  });

  document.addEventListener('click', function (event) {
    openSwitchers().forEach(function (details) {
      if (!details.contains(event.target)) {
        close(details, false);
      }
    });
  });

  document.addEventListener('focusin', function (event) {
    openSwitchers().forEach(function (details) {
      if (!details.contains(event.target)) {
        close(details, false);
      }
    });
  });

  function focusTarget(link) {
    var id = decodeURIComponent((link.getAttribute('href') || '').replace(/^#/, ''));
    var target = id && document.getElementById(id);
    if (!target) {
      return;
    }
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.focus();
  }

  Array.prototype.forEach.call(document.querySelectorAll('.skip-link'), function (link) {
    // Let the browser follow the link (scroll, update the URL), then focus.
    link.addEventListener('click', function () {
      window.setTimeout(function () {
        focusTarget(link);
      }, 0);
    });
  });
}());
