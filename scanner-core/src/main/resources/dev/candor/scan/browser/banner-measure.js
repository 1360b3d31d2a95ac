// Measures a consent banner as rendered: its box and text, and each visible control's label, box and
// computed style. Argument: [container element or null, selector of clickable elements, limits].
// Everything returned is bounded: the page is hostile.
([root, clickable, maxText, maxLabel, maxControls]) => {
  const parse = c => {
    const m = /rgba?\(\s*([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(c || '');
    if (!m) { return null; }
    let a = m[4] === undefined ? 1 : (m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]));
    return [+m[1], +m[2], +m[3], isNaN(a) ? 1 : a];
  };
  const over = (top, bottom) => [0, 1, 2].map(i => top[i] * top[3] + bottom[i] * (1 - top[3])).concat([1]);
  const hex = c => '#' + c.slice(0, 3).map(v => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('');
  const fillOf = e => {
    const cs = getComputedStyle(e);
    let c = parse(cs.backgroundColor);
    if ((!c || c[3] < 0.1) && cs.backgroundImage && cs.backgroundImage.startsWith('linear-gradient')) {
      c = parse((/rgba?\([^)]*\)/.exec(cs.backgroundImage) || [''])[0]);
    }
    return c && c[3] >= 0.1 ? c : null;
  };
  const parentOf = n => n.parentElement || (n.parentNode && n.parentNode.host) || null;
  // the colour behind an element: its fills and its ancestors' composited, over white
  const behind = e => {
    const layers = [];
    for (let n = e, d = 0; n && d < 60; n = parentOf(n), d++) {
      const f = fillOf(n);
      if (f) { layers.push(f); if (f[3] >= 0.99) { break; } }
    }
    let c = [255, 255, 255, 1];
    for (let i = layers.length - 1; i >= 0; i--) { c = over(layers[i], c); }
    return c;
  };
  /* include: geometry.js */
  const squash = s => (s || '').replace(/\s+/g, ' ').trim();
  const container = root || document.body;
  if (!container) { return null; }
  const found = [];
  const walk = (scope, depth) => {
    for (const e of scope.querySelectorAll(clickable)) {
      if (found.length >= maxControls * 3) { return; }
      found.push(e);
    }
    if (depth < 3) {
      for (const h of scope.querySelectorAll('*')) { if (h.shadowRoot) { walk(h.shadowRoot, depth + 1); } }
    }
  };
  walk(container.shadowRoot || container, 0);
  const bannerBg = behind(container);
  const controls = [];
  for (const e of found) {
    if (controls.length >= maxControls) { break; }
    if (!visible(e)) { continue; }
    const text = squash(e.innerText || e.value || e.getAttribute('aria-label') || e.textContent).slice(0, maxLabel);
    if (!text) { continue; }
    const cs = getComputedStyle(e);
    const own = fillOf(e);
    const bg = behind(e);
    const fg = over(parse(cs.color) || [0, 0, 0, 1], bg);
    const bordered = ['Top', 'Right', 'Bottom', 'Left'].some(s => parseFloat(cs['border' + s + 'Width']) >= 1
        && cs['border' + s + 'Style'] !== 'none' && (parse(cs['border' + s + 'Color']) || [0, 0, 0, 0])[3] >= 0.1);
    const underlined = (cs.textDecorationLine || cs.textDecoration || '').includes('underline');
    controls.push({ text, box: box(e), fontSizePx: parseFloat(cs.fontSize) || 0, fontWeight: parseInt(cs.fontWeight, 10) || 400,
      color: hex(fg), background: hex(bg), bannerBackground: hex(bannerBg), filled: own !== null, bordered, underlined });
  }
  const all = squash(root ? (container.innerText || container.textContent) : '');
  return { banner: root ? box(root) : null, text: all.slice(0, maxText), truncated: all.length > maxText, controls };
}
