/* Radwerk's cart: kept in localStorage (rw_warenkorb) so it survives page changes. First-party, no vendor. */
(function () {
  'use strict';
  var KEY = 'rw_warenkorb';
  var cart;
  try {
    cart = JSON.parse(localStorage.getItem(KEY) || 'null');
  } catch (e) {
    cart = null;
  }
  if (!cart) {
    cart = { artikel: [], aktualisiert: Date.now() };
    localStorage.setItem(KEY, JSON.stringify(cart));
  }
  function show() {
    var el = document.getElementById('cart-count');
    if (el) { el.textContent = 'Warenkorb: ' + cart.artikel.length; }
  }
  show();
  document.addEventListener('click', function (e) {
    var id = e.target && e.target.getAttribute && e.target.getAttribute('data-add');
    if (id) {
      cart.artikel.push(id);
      cart.aktualisiert = Date.now();
      localStorage.setItem(KEY, JSON.stringify(cart));
      show();
    }
  });
}());
