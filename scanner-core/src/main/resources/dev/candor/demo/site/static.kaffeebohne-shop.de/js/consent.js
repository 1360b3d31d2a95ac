/*
 * Kaffeebohne's own consent banner (no consent-management library).
 * The choice is kept in the first-party cookie kb_consent=accepted|rejected for six months;
 * without it the banner shows, with it the banner stays hidden and the choice is applied.
 */
(function () {
  'use strict';
  var COOKIE = 'kb_consent';
  var SIX_MONTHS = 15552000; // seconds

  function storedChoice() {
    var m = document.cookie.match(/(?:^|;\s*)kb_consent=(accepted|rejected)(?:;|$)/);
    return m ? m[1] : null;
  }

  function addScript(src, onload) {
    var s = document.createElement('script');
    s.async = true;
    s.src = src;
    if (onload) { s.onload = onload; }
    document.head.appendChild(s);
  }

  function loadGoogleAnalytics() {
    window.dataLayer = window.dataLayer || [];
    window.gtag = function () { window.dataLayer.push(arguments); };
    window.gtag('js', new Date());
    window.gtag('config', 'G-DEMO4KB2024');
    addScript('https://www.googletagmanager.com/gtag/js?id=G-DEMO4KB2024');
  }

  function loadMetaPixel() {
    var q = [];
    window.fbq = window.fbq || function () { q.push(arguments); };
    window.fbq.queue = q;
    window.fbq('init', '1234567890123456');
    window.fbq('track', 'PageView');
    addScript('https://connect.facebook.net/en_US/fbevents.js');
  }

  function loadLinkedInInsight() {
    window._linkedin_partner_id = '4242424';
    addScript('https://snap.licdn.com/li.lms-analytics/insight.min.js');
  }

  function apply(choice) {
    if (choice === 'accepted') {
      loadGoogleAnalytics();
      loadMetaPixel();
    }
    // Campaign tag pasted in by the agency. PLANTED DEMO VIOLATION: it runs on any stored choice,
    // so "Reject all" still sends a LinkedIn conversion ping.
    loadLinkedInInsight();
  }

  function store(choice) {
    document.cookie = COOKIE + '=' + choice + '; Max-Age=' + SIX_MONTHS + '; Path=/; SameSite=Lax; Secure';
    document.getElementById('kb-consent').hidden = true;
    apply(choice);
  }

  function init() {
    var banner = document.getElementById('kb-consent');
    var choice = storedChoice();
    if (choice) {
      banner.hidden = true;
      apply(choice);
      return;
    }
    banner.hidden = false;
    var first = banner.querySelector('.layer-first');
    var settings = banner.querySelector('.layer-settings');
    banner.querySelector('[data-consent=accept]').addEventListener('click', function () { store('accepted'); });
    banner.querySelector('[data-consent=reject]').addEventListener('click', function () { store('rejected'); });
    banner.querySelector('[data-consent=settings]').addEventListener('click', function () {
      first.hidden = true;
      settings.hidden = false;
    });
    banner.querySelector('[data-consent=save]').addEventListener('click', function () {
      var analytics = banner.querySelector('input[name=analytics]').checked;
      var marketing = banner.querySelector('input[name=marketing]').checked;
      // one cookie value covers both purposes: anything short of both counts as a rejection
      store(analytics && marketing ? 'accepted' : 'rejected');
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
