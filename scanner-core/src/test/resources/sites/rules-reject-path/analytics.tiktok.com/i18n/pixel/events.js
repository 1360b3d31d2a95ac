/* Stand-in for the TikTok Pixel (events.js), written for Candor's rule fixtures: not TikTok's code, only the traffic it makes.
 * Sets the first-party cookie _ttp (180 days) and posts each event to analytics.tiktok.com with sendBeacon. */
(function () {
  'use strict';
  var LIFETIME = 15552000;
  var m = document.cookie.match(/(?:^|;\s*)_ttp=([^;]+)/);
  var ttp = m ? m[1] : Math.random().toString(36).slice(2) + Date.now().toString(36);
  var domain = location.hostname.split('.').slice(-2).join('.');
  document.cookie = '_ttp=' + ttp + '; Max-Age=' + LIFETIME + '; Domain=' + domain + '; Path=/; SameSite=Lax; Secure';
  var pixel = null;
  function handle(args) {
    if (args[0] === 'load') {
      pixel = args[1];
    } else if (pixel && (args[0] === 'page' || args[0] === 'track')) {
      navigator.sendBeacon('https://analytics.tiktok.com/api/v2/pixel', JSON.stringify({
        pixel_code: pixel, event: args[0] === 'page' ? 'Pageview' : args[1], context: { page: { url: location.href },
          user: { ttp: ttp } }, timestamp: new Date().toISOString() }));
    }
  }
  var queued = Array.isArray(window.ttq) ? window.ttq : [];
  window.ttq = { push: function (args) { handle(args); }, page: function () { handle(['page']); },
    track: function (e) { handle(['track', e]); } };
  for (var i = 0; i < queued.length; i++) {
    handle(queued[i]);
  }
}());
