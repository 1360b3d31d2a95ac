/* Lerkrukken's shop script: remembers the display currency in the first-party cookie lk_valuta (one year). */
(function () {
  'use strict';
  var m = document.cookie.match(/(?:^|;\s*)lk_valuta=([A-Z]{3})/);
  var valuta = m ? m[1] : 'DKK';
  if (!m) {
    document.cookie = 'lk_valuta=' + valuta + '; Max-Age=31536000; Path=/; SameSite=Lax; Secure';
  }
  var el = document.getElementById('valuta');
  if (el) { el.textContent = 'Priser i ' + valuta; }
}());
