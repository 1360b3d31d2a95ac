/*
 * Trailpost's own cookie banner. The first layer offers "Accept all" and "Settings"; rejecting means opening the
 * settings and saving with the boxes unticked. The choice is kept for six months in tp_consent ("stats=1&ads=0").
 */
(function () {
  'use strict';
  var COOKIE = 'tp_consent';
  var SIX_MONTHS = 15552000;
  var loaded = {};

  function storedChoice() {
    var m = document.cookie.match(/(?:^|;\s*)tp_consent=([^;]*)/);
    if (!m) {
      return null;
    }
    var v = decodeURIComponent(m[1]);
    return { statistics: /stats=1/.test(v), marketing: /ads=1/.test(v) };
  }

  function addScript(src) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    document.head.appendChild(s);
  }

  function loadClarity() {
    if (loaded.clarity) { return; }
    loaded.clarity = true;
    window.clarity = window.clarity || function () { (window.clarity.q = window.clarity.q || []).push(arguments); };
    addScript('https://www.clarity.ms/tag/tp4x9clr2');
  }

  function loadTikTok() {
    if (loaded.tiktok) { return; }
    loaded.tiktok = true;
    window.ttq = window.ttq || [];
    window.ttq.push(['load', 'CTP7K3JRC77U1Q2X9ABC']);
    window.ttq.push(['page']);
    addScript('https://analytics.tiktok.com/i18n/pixel/events.js?sdkid=CTP7K3JRC77U1Q2X9ABC&lib=ttq');
  }

  function apply(choice) {
    if (choice.statistics) {
      loadClarity();
    }
    // PLANTED VIOLATION: the agency's conversion tag was pasted in outside the marketing check, so it runs
    // on any stored choice, including "Save choices" with every box unticked.
    loadTikTok();
  }

  function store(statistics, marketing) {
    document.cookie = COOKIE + '=' + encodeURIComponent('stats=' + (statistics ? 1 : 0) + '&ads=' + (marketing ? 1 : 0))
      + '; Max-Age=' + SIX_MONTHS + '; Path=/; SameSite=Lax; Secure';
    document.getElementById('tp-consent').hidden = true;
    apply(storedChoice());
  }

  function init() {
    var banner = document.getElementById('tp-consent');
    var choice = storedChoice();
    if (choice) {
      banner.hidden = true;
      apply(choice);
      return;
    }
    banner.hidden = false;
    var first = banner.querySelector('.layer-first');
    var settings = banner.querySelector('.layer-settings');
    banner.querySelector('[data-consent=accept]').addEventListener('click', function () { store(true, true); });
    banner.querySelector('[data-consent=settings]').addEventListener('click', function () {
      first.hidden = true;
      settings.hidden = false;
    });
    banner.querySelector('[data-consent=save]').addEventListener('click', function () {
      store(banner.querySelector('input[name=statistics]').checked, banner.querySelector('input[name=marketing]').checked);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
