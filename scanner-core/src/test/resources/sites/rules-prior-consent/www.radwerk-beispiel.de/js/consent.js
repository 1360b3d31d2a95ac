/*
 * Radwerk's own cookie banner. The choice is kept for six months in the first-party cookie rw_consent:
 * a dot-separated list of allowed purposes ("statistik.feedback"), or "keine" after "Alle ablehnen".
 * Without the cookie the banner shows; with it the banner stays hidden and the choice is applied.
 */
(function () {
  'use strict';
  var COOKIE = 'rw_consent';
  var SIX_MONTHS = 15552000;
  var loaded = {};

  function storedChoice() {
    var m = document.cookie.match(/(?:^|;\s*)rw_consent=([^;]*)/);
    if (!m) {
      return null;
    }
    var list = decodeURIComponent(m[1]).split('.');
    return { statistik: list.indexOf('statistik') >= 0, feedback: list.indexOf('feedback') >= 0 };
  }

  function addScript(src) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    document.head.appendChild(s);
  }

  function loadGoogleAnalytics() {
    if (loaded.ga) { return; }
    loaded.ga = true;
    window.dataLayer = window.dataLayer || [];
    window.gtag = function () { window.dataLayer.push(arguments); };
    window.gtag('js', new Date());
    window.gtag('config', 'G-RW7K2PLQ9X', { anonymize_ip: true, cookie_expires: 31536000 });
    addScript('https://www.googletagmanager.com/gtag/js?id=G-RW7K2PLQ9X');
  }

  function loadHotjar() {
    if (loaded.hj) { return; }
    loaded.hj = true;
    window.hj = window.hj || function () { (window.hj.q = window.hj.q || []).push(arguments); };
    window._hjSettings = { hjid: 3141592, hjsv: 6 };
    addScript('https://static.hotjar.com/c/hotjar-3141592.js?sv=6');
  }

  function apply(choice) {
    if (choice && choice.statistik) {
      loadGoogleAnalytics();
    }
    // PLANTED VIOLATION: the feedback widget was set up as "opt-out": it runs unless the visitor said no,
    // so it also runs before any choice. After "Alle ablehnen" it stays off.
    if (!choice || choice.feedback) {
      loadHotjar();
    }
  }

  function store(purposes) {
    var value = purposes.length ? purposes.join('.') : 'keine';
    document.cookie = COOKIE + '=' + value + '; Max-Age=' + SIX_MONTHS + '; Path=/; SameSite=Lax; Secure';
    document.getElementById('rw-consent').hidden = true;
    apply(storedChoice());
  }

  function init() {
    var banner = document.getElementById('rw-consent');
    var choice = storedChoice();
    if (choice) {
      banner.hidden = true;
      apply(choice);
      return;
    }
    banner.hidden = false;
    apply(null);
    var first = banner.querySelector('.layer-first');
    var settings = banner.querySelector('.layer-settings');
    banner.querySelector('[data-consent=accept]').addEventListener('click', function () { store(['statistik', 'feedback']); });
    banner.querySelector('[data-consent=reject]').addEventListener('click', function () { store([]); });
    banner.querySelector('[data-consent=settings]').addEventListener('click', function () {
      first.hidden = true;
      settings.hidden = false;
    });
    banner.querySelector('[data-consent=save]').addEventListener('click', function () {
      var chosen = [];
      if (banner.querySelector('input[name=statistik]').checked) { chosen.push('statistik'); }
      if (banner.querySelector('input[name=feedback]').checked) { chosen.push('feedback'); }
      store(chosen);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
