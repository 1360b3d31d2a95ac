/* Candor demo stand-in for a Hotjar-like session recorder: not Hotjar's code, just the traffic it makes.
 * PLANTED DEMO VIOLATION: every page loads it in <head>, before the visitor has chosen anything. */
(function () {
  'use strict';
  var SITE = 12345;
  var ONE_YEAR = 31536000;
  var key = '_hjSessionUser_' + SITE;
  var user;
  try {
    user = JSON.parse(localStorage.getItem('_hjSessionUser') || 'null');
  } catch (e) {
    user = null;
  }
  if (!user) {
    user = { id: Math.random().toString(16).slice(2) + Date.now().toString(16), created: Date.now(), existing: false };
  } else {
    user.existing = true;
  }
  localStorage.setItem('_hjSessionUser', JSON.stringify(user));
  var domain = location.hostname.split('.').slice(-2).join('.');
  document.cookie = key + '=' + btoa(JSON.stringify(user)) + '; Max-Age=' + ONE_YEAR + '; Domain=' + domain
    + '; Path=/; SameSite=Lax';
  var body = JSON.stringify({ user: user.id, page: location.href, referrer: document.referrer,
    viewport: [window.innerWidth, window.innerHeight] });
  navigator.sendBeacon('https://in.hotjar.com/api/v2/client/sites/' + SITE + '/visit-data', body);
}());
