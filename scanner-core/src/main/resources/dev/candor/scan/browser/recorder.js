// Candor's recording hooks, injected into every frame before the page's own scripts.
// They report writes to document.cookie, cookieStore and Web Storage, with the URL of the script
// that wrote them, through the binding __candorRecord (exposed by the Java side). The writes
// themselves go through unchanged.
(() => {
  if (window.__candorHooked) {
    return;
  }
  Object.defineProperty(window, '__candorHooked', { value: true });

  const send = (message) => {
    try {
      const binding = window.__candorRecord;
      if (typeof binding === 'function') {
        binding(JSON.stringify(message));
      }
    } catch (e) {
      // recording must never break the page
    }
  };

  // The first http(s) URL on the stack below these hooks is the writing script (or the document for inline code).
  const writer = () => {
    const lines = String(new Error().stack || '').split('\n').slice(1);
    for (const line of lines) {
      const m = line.match(/(https?:\/\/[^\s()]+?)(?::\d+)?(?::\d+)?\)?\s*$/);
      if (m) {
        return m[1];
      }
    }
    return null;
  };

  const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  if (cookie && cookie.set) {
    Object.defineProperty(Document.prototype, 'cookie', {
      configurable: true,
      enumerable: cookie.enumerable,
      get() {
        return cookie.get.call(this);
      },
      set(text) {
        cookie.set.call(this, text);
        send({ type: 'cookie', text: String(text), script: writer(), url: location.href, at: Date.now() });
      },
    });
  }

  if (window.cookieStore && typeof window.cookieStore.set === 'function') {
    const set = window.cookieStore.set;
    window.cookieStore.set = function (nameOrOptions, value) {
      const o = typeof nameOrOptions === 'object' && nameOrOptions !== null
        ? nameOrOptions : { name: nameOrOptions, value };
      let text = `${o.name}=${o.value}`;
      if (o.expires !== undefined && o.expires !== null) {
        text += `; expires=${new Date(o.expires).toUTCString()}`;
      }
      if (o.domain) {
        text += `; domain=${o.domain}`;
      }
      text += `; path=${o.path || '/'}`;
      text += `; samesite=${o.sameSite || 'strict'}; secure`;
      if (o.partitioned) {
        text += '; partitioned';
      }
      send({ type: 'cookie', text, script: writer(), url: location.href, at: Date.now() });
      return set.apply(this, arguments);
    };
  }

  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    let area = null;
    try {
      area = this === window.localStorage ? 'local' : (this === window.sessionStorage ? 'session' : null);
    } catch (e) {
      area = null;
    }
    const result = setItem.apply(this, arguments);
    if (area) {
      send({ type: 'storage', area, key: String(key), script: writer(), url: location.href, at: Date.now() });
    }
    return result;
  };
})();
