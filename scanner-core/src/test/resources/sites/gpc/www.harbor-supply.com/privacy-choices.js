// A US-style opt-out notice: advertising runs unless the visitor opts out, and Global Privacy Control is not read.
(function () {
  var gpc = navigator.globalPrivacyControl === true;
  fetch('/probe?gpc=' + gpc);
  var choice = document.cookie.match(/(?:^|; )privacy_choice=([^;]*)/);
  var optedOut = (choice && choice[1] === 'opt-out');
  function advertise() {
    new Image().src = 'https://www.facebook.com/tr?id=2718281828&ev=PageView&dl=' + encodeURIComponent(location.href);
  }
  if (!optedOut) {
    advertise();
  }
  if (choice) {
    return;
  }
  var box = document.getElementById('notice');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'Privacy choices');
  box.style.cssText = 'position:fixed;bottom:0;left:0;right:0;background:#fff;border-top:2px solid #333;padding:16px;font-family:sans-serif';
  box.innerHTML = '<p>We and our advertising partners use cookies to show you relevant ads. You can opt out of the sale or sharing of your personal information.</p>'
    + '<button id="accept">Accept all</button> <button id="reject">Reject all</button>';
  function decide(value) {
    document.cookie = 'privacy_choice=' + value + '; Max-Age=31536000; Path=/; SameSite=Lax; Secure';
    box.remove();
  }
  document.getElementById('accept').addEventListener('click', function () { decide('all'); });
  document.getElementById('reject').addEventListener('click', function () { decide('opt-out'); });
})();
