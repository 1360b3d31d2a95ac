/* Stand-in for Hotjar's tracking code, written for Candor's rule fixtures: not Hotjar's code, only the traffic it makes.
 * Keeps a visitor id in localStorage and in the cookies _hjSessionUser_<id> (one year) and _hjSession_<id>
 * (30 minutes), and reports the page view to in.hotjar.com with navigator.sendBeacon. */
(function () {
  'use strict';
  var SITE = 3141592;
  var ONE_YEAR = 31536000;
  var HALF_HOUR = 1800;
  var key = '_hjSessionUser_' + SITE;
  var user;
  try {
    user = JSON.parse(localStorage.getItem(key) || 'null');
  } catch (e) {
    user = null;
  }
  if (!user) {
    user = { id: Math.random().toString(16).slice(2) + Date.now().toString(16), created: Date.now(), existing: false };
  } else {
    user.existing = true;
  }
  localStorage.setItem(key, JSON.stringify(user));
  var session = { id: Math.random().toString(16).slice(2), c: Date.now(), s: 0, r: 0, sb: 0 };
  var domain = location.hostname.split('.').slice(-2).join('.');
  var attrs = '; Domain=' + domain + '; Path=/; SameSite=Lax; Secure';
  document.cookie = key + '=' + btoa(JSON.stringify(user)) + '; Max-Age=' + ONE_YEAR + attrs;
  document.cookie = '_hjSession_' + SITE + '=' + btoa(JSON.stringify(session)) + '; Max-Age=' + HALF_HOUR + attrs;
  var body = JSON.stringify({ user: user.id, session: session.id, page: location.href, referrer: document.referrer,
    viewport: [window.innerWidth, window.innerHeight] });
  navigator.sendBeacon('https://in.hotjar.com/api/v2/client/sites/' + SITE + '/visit-data', body);
}());
