/*
 * Lerkrukken's own cookie banner. The choice is kept for twelve months in the first-party cookie lk_samtykke:
 * "alle" after "Accepter alle" (or Statistik ticked), "noedvendige" after "Afvis alle".
 * Google Analytics and the Meta pixel load only with "alle".
 */
(function () {
  'use strict';
  var COOKIE = 'lk_samtykke';
  var TWELVE_MONTHS = 31536000;
  var loaded = false;

  function storedChoice() {
    var m = document.cookie.match(/(?:^|;\s*)lk_samtykke=(alle|noedvendige)(?:;|$)/);
    return m ? m[1] : null;
  }

  function addScript(src) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    document.head.appendChild(s);
  }

  function loadStatistics() {
    if (loaded) { return; }
    loaded = true;
    window.dataLayer = window.dataLayer || [];
    window.gtag = function () { window.dataLayer.push(arguments); };
    window.gtag('js', new Date());
    window.gtag('config', 'G-LK3R8T2Q1M');
    addScript('https://www.googletagmanager.com/gtag/js?id=G-LK3R8T2Q1M');
    var q = [];
    window.fbq = window.fbq || function () { q.push(arguments); };
    window.fbq.queue = q;
    window.fbq('init', '556677889900112');
    window.fbq('track', 'PageView');
    addScript('https://connect.facebook.net/en_US/fbevents.js');
  }

  function store(choice) {
    document.cookie = COOKIE + '=' + choice + '; Max-Age=' + TWELVE_MONTHS + '; Path=/; SameSite=Lax; Secure';
    document.getElementById('lk-samtykke').hidden = true;
    if (choice === 'alle') {
      loadStatistics();
    }
  }

  function init() {
    var banner = document.getElementById('lk-samtykke');
    var choice = storedChoice();
    if (choice) {
      banner.hidden = true;
      if (choice === 'alle') {
        loadStatistics();
      }
      return;
    }
    banner.hidden = false;
    banner.querySelector('[data-samtykke=accepter]').addEventListener('click', function () { store('alle'); });
    banner.querySelector('[data-samtykke=afvis]').addEventListener('click', function () { store('noedvendige'); });
    banner.querySelector('[data-samtykke=tilpas]').addEventListener('click', function () {
      banner.querySelector('.lag-1').hidden = true;
      banner.querySelector('.lag-2').hidden = false;
    });
    banner.querySelector('[data-samtykke=gem]').addEventListener('click', function () {
      store(banner.querySelector('input[name=statistik]').checked ? 'alle' : 'noedvendige');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
