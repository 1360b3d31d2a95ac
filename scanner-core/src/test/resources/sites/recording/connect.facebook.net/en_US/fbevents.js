// a stand-in for the Meta pixel: like the real one it fires after the page's scripts ran,
// with an image beacon to /tr, and a sendBeacon to Google Analytics
setTimeout(function () {
  var img = new Image(1, 1);
  img.src = "https://www.facebook.com/tr?id=1234567890&ev=PageView&noscript=1";
  navigator.sendBeacon("https://www.google-analytics.com/g/collect?v=2&tid=G-TEST&en=page_view", "x");
}, 0);
