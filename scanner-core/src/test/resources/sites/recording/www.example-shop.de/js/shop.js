// first-party analytics: a two-year visitor id, storage in every kind
document.cookie = "_shop_vid=v1.123; max-age=63072000; path=/; SameSite=Lax";
localStorage.setItem("shop_cart", "[1,2]");
sessionStorage.setItem("shop_tab", "t1");
indexedDB.open("shop-db", 1);
