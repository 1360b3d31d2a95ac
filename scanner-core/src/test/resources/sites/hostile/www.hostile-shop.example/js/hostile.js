/* The hostile fixture: cookie names, values, storage keys, titles and URLs carry markup, quotes,
 * ANSI escapes, newlines, bidi overrides and CSV formulas, all before any consent. */
(function () {
  'use strict';
  document.title = 'Shop <script>window.__candorPwned=1</script> \u001b[2J\u202e"\'';
  var payloads = [
    '<script>window.__candorPwned=1<\/script>',
    '"><img src=x onerror="window.__candorPwned=1">',
    '\u001b[31mred\u001b[0m\u009b2J',
    '=HYPERLINK("http://evil.example","x")',
    'line1\nline2',
    '\u202eevil'
  ];
  document.cookie = '<b>"x\'_name=' + encodeURIComponent(payloads[0]) + '; Max-Age=63072000; Path=/';
  document.cookie = 'csv_attack=' + payloads[3] + '; Max-Age=63072000; Path=/';
  document.cookie = 'ansi\u001b[2J=1; Max-Age=63072000; Path=/';
  for (var i = 0; i < payloads.length; i++) {
    try { localStorage.setItem('key' + i + payloads[i], payloads[i]); } catch (e) { /* quota */ }
  }
  navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&dl=' + encodeURIComponent(payloads[1]) + '&x="><script>');
  var img = new Image(1, 1);
  img.src = 'https://tracker.evil-ads.example/px?<script>=1&q="onerror="alert(1)';
}());
