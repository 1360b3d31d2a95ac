// Shared by the scripts that read what a visitor sees (included where a script says
// "/* include: geometry.js */"): an element's box in viewport pixels, and whether it is rendered
// visibly (at least 2x2 pixels, not hidden by visibility, display or zero opacity).
  const box = e => { const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; };
  const visible = e => {
    const r = e.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) { return false; }
    if (e.checkVisibility) { return e.checkVisibility({ opacityProperty: true, visibilityProperty: true }); }
    const cs = getComputedStyle(e);
    return cs.visibility !== 'hidden' && cs.display !== 'none';
  };
