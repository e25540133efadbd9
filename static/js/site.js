/*
 * Progressive enhancement for the site frame. Everything works without it.
 * - The language switcher (<details>) closes on Escape, on a click outside
 *   it, and when keyboard focus moves to something outside it.
 * - The skip link moves focus to its target (main#main) reliably.
 * - The header's menu button (hidden without JavaScript) folds the tools and
 *   the main menu on narrow screens; Escape closes the menu again.
 * - Forms marked data-auto-submit (the guide filters) submit when a checkbox
 *   or a select changes. The search box submits on Enter only, so one search
 *   is one request and one history entry.
 * - When htmx puts a filtered listing's address into the history, the
 *   language switcher's links take its filters along, as after a full load.
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

  var menuButton = document.querySelector('.site-header__menu-button');
  var header = menuButton && menuButton.closest('.site-header');

  function setMenuOpen(open) {
    menuButton.setAttribute('aria-expanded', open ? 'true' : 'false');
    header.classList.toggle('site-header--open', open);
  }

  if (header) {
    header.classList.add('site-header--collapsible');
    menuButton.hidden = false;
    menuButton.addEventListener('click', function () {
      setMenuOpen(menuButton.getAttribute('aria-expanded') !== 'true');
    });
    header.addEventListener('keydown', function (event) {
      var isEscape = event.key === 'Escape' || event.key === 'Esc';
      // An open language list closes first (above); the menu on the next Escape.
      if (!isEscape || menuButton.getAttribute('aria-expanded') !== 'true' || openSwitchers().length) {
        return;
      }
      setMenuOpen(false);
      menuButton.focus();
    });
  }

  document.addEventListener('change', function (event) {
    var control = event.target;
    var form = control.form;
    if (!form || !form.hasAttribute('data-auto-submit')) {
      return;
    }
    if (control.type === 'checkbox' || control.tagName === 'SELECT') {
      form.requestSubmit();
    }
  });

  document.addEventListener('htmx:pushedIntoHistory', function () {
    var links = document.querySelectorAll('.language-switcher__link');
    Array.prototype.forEach.call(links, function (link) {
      var url = new URL(link.getAttribute('href'), window.location.href);
      link.setAttribute('href', url.pathname + window.location.search);
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('.skip-link'), function (link) {
    // Let the browser follow the link (scroll, update the URL), then focus.
    link.addEventListener('click', function () {
      window.setTimeout(function () {
        focusTarget(link);
      }, 0);
    });
  });
}());
