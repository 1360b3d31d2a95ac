/* Stand-in for the Meta Pixel (fbevents.js), written for Candor's rule fixtures: not Meta's code, only the traffic it makes.
 * Sets the first-party _fbp cookie for 90 days and sends each tracked event as a 1x1 image to www.facebook.com/tr. */
(function () {
  'use strict';
  var NINETY_DAYS = 7776000;
  var m = document.cookie.match(/(?:^|;\s*)_fbp=([^;]+)/);
  var fbp = m ? m[1] : 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 2147483647);
  var domain = location.hostname.split('.').slice(-2).join('.');
  document.cookie = '_fbp=' + fbp + '; Max-Age=' + NINETY_DAYS + '; Domain=' + domain + '; Path=/; SameSite=Lax; Secure';
  var pixelId = null;
  function send(event) {
    var img = new Image(1, 1);
    img.src = 'https://www.facebook.com/tr?id=' + encodeURIComponent(pixelId) + '&ev=' + encodeURIComponent(event)
      + '&dl=' + encodeURIComponent(location.href) + '&fbp=' + encodeURIComponent(fbp) + '&noscript=1';
  }
  function handle(args) {
    if (args[0] === 'init') {
      pixelId = args[1];
    } else if (args[0] === 'track' && pixelId) {
      send(args[1]);
    }
  }
  var queued = (window.fbq && window.fbq.queue) || [];
  window.fbq = function () { handle(arguments); };
  window.fbq.loaded = true;
  for (var i = 0; i < queued.length; i++) {
    handle(queued[i]);
  }
}());
