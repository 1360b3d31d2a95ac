// Asks the page's IAB TCF v2 API for its TC string. The API is the site's code: it may throw, answer
// late, never answer, answer twice or hand back odd values; one answer or the timer ends the wait,
// and only strings are taken from what it returns.
async () => {
  const out = { api: false, locator: false, answered: false, tcString: null, error: null };
  try {
    out.api = typeof window.__tcfapi === 'function';
    out.locator = !!(window.frames && window.frames['__tcfapiLocator']);
  } catch (e) {
    out.error = 'the page hides its TCF API: ' + String(e).slice(0, 200);
    return JSON.stringify(out);
  }
  if (!out.api) {
    return JSON.stringify(out);
  }
  const answer = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 1500);
    try {
      window.__tcfapi('getTCData', 2, (data, success) => {
        clearTimeout(timer);
        try {
          resolve({ ok: success === true, tcString: data && typeof data.tcString === 'string' ? data.tcString.slice(0, 16385) : null });
        } catch (e) {
          resolve({ ok: false, tcString: null });
        }
      });
    } catch (e) {
      clearTimeout(timer);
      out.error = 'getTCData threw: ' + String(e).slice(0, 200);
      resolve(null);
    }
  });
  if (answer) {
    out.answered = true;
    out.tcString = answer.ok ? answer.tcString : null;
  }
  return JSON.stringify(out);
}
