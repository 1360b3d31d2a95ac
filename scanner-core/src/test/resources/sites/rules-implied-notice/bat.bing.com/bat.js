/* Stand-in for Microsoft Advertising's UET tag (bat.js), written for Candor's rule fixtures: not Microsoft's code,
 * only the traffic it makes. Sets the first-party cookies _uetsid (one day) and _uetvid (390 days) and reports each
 * queued event as a 1x1 image to bat.bing.com/action/0. */
(function () {
  'use strict';
  var script = document.currentScript;
  var ti = (script && script.getAttribute('data-uet-ti')) || '0';
  var ONE_DAY = 86400;
  var UETVID_LIFETIME = 33696000;
  function id() { return (Math.random().toString(16).slice(2) + Date.now().toString(16)).slice(0, 32); }
  var sid = (document.cookie.match(/(?:^|;\s*)_uetsid=([^;]+)/) || [])[1] || id();
  var vid = (document.cookie.match(/(?:^|;\s*)_uetvid=([^;]+)/) || [])[1] || id();
  var domain = location.hostname.split('.').slice(-2).join('.');
  var attrs = '; Domain=' + domain + '; Path=/; SameSite=Lax; Secure';
  document.cookie = '_uetsid=' + sid + '; Max-Age=' + ONE_DAY + attrs;
  document.cookie = '_uetvid=' + vid + '; Max-Age=' + UETVID_LIFETIME + attrs;
  function send(evt) {
    var img = new Image(1, 1);
    img.src = 'https://bat.bing.com/action/0?ti=' + encodeURIComponent(ti) + '&evt=' + encodeURIComponent(evt)
      + '&sid=' + sid + '&vid=' + vid + '&p=' + encodeURIComponent(location.href) + '&tl=' + encodeURIComponent(document.title);
  }
  var queued = Array.isArray(window.uetq) ? window.uetq : [];
  window.uetq = { push: function (evt) { send(evt === 'pageLoad' ? 'pageLoad' : 'custom'); } };
  for (var i = 0; i < queued.length; i++) {
    send(queued[i] === 'pageLoad' ? 'pageLoad' : 'custom');
  }
}());
