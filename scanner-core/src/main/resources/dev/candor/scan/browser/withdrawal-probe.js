// Candidates for a persistent way to reopen the consent choice: visible links and buttons with a
// short label, and visible elements matching a consent manager's known reopen widget. Argument:
// [clickable selector, widget selectors, limits]. The labels are matched in Java.
([clickable, widgets, maxLabel, maxRows]) => {
  /* include: geometry.js */
  const rows = [];
  for (const w of widgets) {
    let e = null;
    try { e = document.querySelector(w); } catch (bad) { e = null; }
    if (e && visible(e)) { rows.push({ widget: w, text: ((e.innerText || e.getAttribute('aria-label') || e.getAttribute('title') || '').replace(/\s+/g, ' ').trim().slice(0, maxLabel)) || w, box: box(e), tag: e.tagName.toLowerCase() }); break; }
  }
  const all = document.querySelectorAll(clickable);
  for (let i = 0; i < all.length && rows.length < maxRows; i++) {
    const e = all[i];
    const text = (e.innerText || e.value || e.getAttribute('aria-label') || e.getAttribute('title') || e.textContent || '')
      .replace(/\s+/g, ' ').trim();
    if (!text || text.length > maxLabel || !visible(e)) { continue; }
    rows.push({ widget: null, text, box: box(e), tag: e.tagName.toLowerCase() });
  }
  return rows;
}
