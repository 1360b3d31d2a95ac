// The checkboxes and switches of a consent settings layer, as preset: label, surrounding text,
// checked, disabled. Only those inside a banner-like element (fixed, sticky, dialog, or an id or
// class naming cookies or consent), and only visible ones (or whose label is visible: custom
// switches hide the input behind a styled label). Argument: [limits]. Bounded: the page is hostile.
([maxLabel, maxContext, maxToggles]) => {
  const squash = s => (s || '').replace(/\s+/g, ' ').trim();
  const parentOf = n => n.parentElement || (n.parentNode && n.parentNode.host) || null;
  const inBanner = e => {
    for (let n = e, d = 0; n && d < 40; n = parentOf(n), d++) {
      if (n === document.body) { return false; }
      const cs = getComputedStyle(n), role = n.getAttribute('role');
      if (cs.position === 'fixed' || cs.position === 'sticky' || role === 'dialog' || role === 'alertdialog'
          || n.getAttribute('aria-modal') === 'true' || n.tagName === 'DIALOG') { return true; }
      if (/cookie|consent|gdpr|privacy|cmp|klaro|tarteaucitron|samtykke|datenschutz/i.test((n.id || '') + ' ' + (n.getAttribute('class') || ''))) { return true; }
    }
    return false;
  };
  const shown = e => {
    const r = e.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) { return false; }
    const cs = getComputedStyle(e);
    return cs.visibility !== 'hidden' && cs.display !== 'none';
  };
  const labelOf = e => {
    if (e.labels && e.labels.length) { return squash(e.labels[0].innerText || e.labels[0].textContent); }
    if (e.getAttribute('aria-label')) { return squash(e.getAttribute('aria-label')); }
    const by = e.getAttribute('aria-labelledby');
    if (by) {
      return squash(by.split(/\s+/).slice(0, 4).map(id => { const l = document.getElementById(id); return l ? l.textContent : ''; }).join(' '));
    }
    return squash(e.innerText || '');
  };
  const TOGGLES = 'input[type=checkbox], [role=switch], [role=checkbox][aria-checked]';
  const out = [];
  const all = document.querySelectorAll(TOGGLES);
  for (let i = 0; i < all.length && i < maxToggles * 5 && out.length < maxToggles; i++) {
    const e = all[i];
    const label = e.labels && e.labels.length ? e.labels[0] : null;
    if (!(shown(e) || (label && shown(label)) || (e.parentElement && shown(e.parentElement) && getComputedStyle(e).display !== 'none'))) { continue; }
    if (!inBanner(e)) { continue; }
    const text = labelOf(e);
    let context = text;
    // the row around it: the nearest ancestor with more text than the label, up to where other toggles begin
    for (let n = e.parentElement, d = 0; n && d < 4; n = n.parentElement, d++) {
      if (n.querySelectorAll(TOGGLES).length > 1) { break; }
      const t = squash(n.innerText || n.textContent);
      if (t.length > text.length + 10) { context = t; break; }
    }
    const isInput = e.tagName === 'INPUT';
    out.push({ kind: isInput ? 'checkbox' : 'switch', label: text.slice(0, maxLabel), context: context.slice(0, maxContext),
      checked: isInput ? !!e.checked : e.getAttribute('aria-checked') === 'true',
      disabled: isInput ? !!e.disabled : e.getAttribute('aria-disabled') === 'true' });
  }
  return out;
}
