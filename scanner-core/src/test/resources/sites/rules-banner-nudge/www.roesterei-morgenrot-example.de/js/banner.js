/*
 * Rösterei Morgenrot's own cookie banner, written for Candor's banner-design fixtures. The choice is kept for
 * six months in the first-party cookie mr_consent ("all", "none" or a dot-separated list of purposes).
 * Without the cookie the banner shows; a link with data-reopen in the footer (where there is one)
 * shows it again.
 */
(function () {
  'use strict';
  var COOKIE = 'mr_consent';
  function store(value) {
    document.cookie = COOKIE + '=' + value + '; Max-Age=15552000; Path=/; SameSite=Lax; Secure';
    document.getElementById('consent').hidden = true;
  }
  function init() {
    var banner = document.getElementById('consent');
    var first = banner.querySelector('.first');
    var second = banner.querySelector('.second');
    var reopen = document.querySelector('[data-reopen]');
    if (reopen) {
      reopen.addEventListener('click', function (e) { e.preventDefault(); banner.hidden = false; });
    }
    banner.hidden = /(?:^|;\s*)mr_consent=/.test(document.cookie);
    banner.querySelectorAll('[data-choice]').forEach(function (b) {
      b.addEventListener('click', function (e) {
        e.preventDefault();
        var c = b.getAttribute('data-choice');
        if (c === 'settings') { first.hidden = true; second.hidden = false; return; }
        if (c === 'save') {
          var chosen = [];
          banner.querySelectorAll('input[type=checkbox]:checked:not(:disabled)').forEach(function (i) { chosen.push(i.name); });
          banner.querySelectorAll('[role=switch][aria-checked=true]').forEach(function (s) { chosen.push(s.id); });
          store(chosen.length ? chosen.join('.') : 'none');
          return;
        }
        store(c);
      });
    });
    banner.querySelectorAll('[role=switch]').forEach(function (s) {
      s.addEventListener('click', function () { s.setAttribute('aria-checked', s.getAttribute('aria-checked') === 'true' ? 'false' : 'true'); });
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
}());
