// Candor's recording hooks, injected into every frame before the page's own scripts.
// They report writes to document.cookie, cookieStore and Web Storage, with the URL of the script
// that wrote them, through a CDP binding (Runtime.addBinding) whose random name the Java side puts in
// place of __BINDING__. The writes themselves go through unchanged.
//
// The hooks must live in the page's main world: an isolated world has its own Document and Storage
// wrappers, so it never sees the page's writes. What the page could see is kept out of its reach:
// the binding is taken off window before any page script runs, nothing else is added to window, and
// the built-ins the hooks use are captured here, so the page can neither call the binding nor change
// what the hooks report. Writes are queued and sent in one binding call per task: a script that writes
// a thousand cookies in a loop makes one call, not a thousand.
(() => {
  const NAME = '__BINDING__';
  const MAX_PER_DOCUMENT = 20000;
  const binding = window[NAME];
  try {
    delete window[NAME];
  } catch (e) {
    // not deletable: the name is random, so the page still cannot guess it
  }
  if (typeof binding !== 'function') {
    return; // a page Candor does not record (a scratch page)
  }
  const stringify = JSON.stringify;
  const now = Date.now;
  const toText = String;
  const ErrorType = Error;
  const later = queueMicrotask.bind(window);
  const call = Function.prototype.call.bind(Function.prototype.call);
  const apply = Function.prototype.call.bind(Function.prototype.apply);
  let queue = [];
  let sent = 0;
  let overflowed = false;

  const flush = () => {
    const batch = queue;
    queue = [];
    if (batch.length > 0) {
      try {
        binding(stringify(batch));
      } catch (e) {
        // recording must never break the page
      }
    }
  };

  const send = (message) => {
    if (sent >= MAX_PER_DOCUMENT) {
      if (!overflowed) {
        overflowed = true;
        queue[queue.length] = { type: 'overflow', limit: MAX_PER_DOCUMENT, url: location.href, at: now() };
      }
      return;
    }
    sent++;
    if (queue.length === 0) {
      later(flush);
    }
    queue[queue.length] = message;
  };

  // The first http(s) URL on the stack below these hooks is the writing script (or the document for inline code).
  const writer = () => {
    const lines = toText(new ErrorType().stack || '').split('\n').slice(1);
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
        return call(cookie.get, this);
      },
      set(text) {
        call(cookie.set, this, text);
        send({ type: 'cookie', text: toText(text), script: writer(), url: location.href, at: now() });
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
      send({ type: 'cookie', text, script: writer(), url: location.href, at: now() });
      return apply(set, this, arguments);
    };
  }

  const setItem = Storage.prototype.setItem;
  let local = null;
  let session = null;
  try {
    local = window.localStorage;
    session = window.sessionStorage;
  } catch (e) {
    // an opaque origin has no storage; nothing to record
  }
  Storage.prototype.setItem = function (key, value) {
    const area = this === local ? 'local' : (this === session ? 'session' : null);
    const result = apply(setItem, this, arguments);
    if (area) {
      send({ type: 'storage', area, key: toText(key), script: writer(), url: location.href, at: now() });
    }
    return result;
  };
})();
