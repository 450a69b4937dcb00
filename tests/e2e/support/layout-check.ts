import type { Page } from 'playwright-core';

/**
 * Looks for clipping on the page as it stands and returns one line per problem (empty when none):
 * - a visible interactive element outside the viewport, or cut by an ancestor that hides overflow,
 *   unless a scroll container between them makes it reachable;
 * - a visible interactive element covered at its centre by another element (the Call button under
 *   the status bar), where its centre is in view;
 * - text cut off: an element hiding its overflow (or drawing an ellipsis) whose content is wider or
 *   taller than its box, and a button whose label is wider than the button;
 * - a page that scrolls at all (the document itself is never a scroll container here);
 * - an element listed in mustShow that is not wholly in the viewport without scrolling.
 * Runs in the page as a string so that the e2e project needs no DOM types.
 */
export async function findClipping(page: Page, mustShow: string[] = []): Promise<string[]> {
  const script = `(() => {
    const mustShow = ${JSON.stringify(mustShow)};
    const problems = [];
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const slack = 1;
    const name = (el) => {
      const id = el.dataset && el.dataset.testid ? '[' + el.dataset.testid + ']' : '';
      const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '';
      const text = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 40);
      return el.tagName.toLowerCase() + id + cls + ' "' + text + '"';
    };
    const shown = (el) => {
      if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && !el.closest('.visually-hidden');
    };
    const inside = (r, box) =>
      r.left >= box.left - slack && r.top >= box.top - slack && r.right <= box.right + slack && r.bottom <= box.bottom + slack;
    const scrolls = (s) => /auto|scroll/.test(s.overflowX) || /auto|scroll/.test(s.overflowY);
    const hides = (s) => /hidden|clip/.test(s.overflowX) || /hidden|clip/.test(s.overflowY);
    // Behind a modal dialog the page is inert: only the dialog counts.
    const modal = document.querySelector('dialog:modal');
    const counts = (el) => !modal || modal.contains(el);
    const root = document.scrollingElement || document.documentElement;
    if (root.scrollHeight > root.clientHeight + slack || root.scrollWidth > root.clientWidth + slack)
      problems.push('the page scrolls: ' + root.scrollWidth + 'x' + root.scrollHeight + ' in ' + root.clientWidth + 'x' + root.clientHeight);
    const interactive = document.querySelectorAll(
      'button, a[href], input:not([type=hidden]), select, textarea, [role=button], [role=tab], [role=switch], [role=checkbox], [tabindex]:not([tabindex="-1"])',
    );
    for (const el of interactive) {
      if (!counts(el) || !shown(el)) continue;
      const r = el.getBoundingClientRect();
      let reachable = false;
      let clippedBy;
      // The part of the window through which the element can be seen, narrowed by each scroll container.
      const view = { left: 0, top: 0, right: vw, bottom: vh };
      for (let p = el.parentElement; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if (scrolls(s) || hides(s)) {
          const b = p.getBoundingClientRect();
          view.left = Math.max(view.left, b.left); view.top = Math.max(view.top, b.top);
          view.right = Math.min(view.right, b.right); view.bottom = Math.min(view.bottom, b.bottom);
        }
        if (scrolls(s)) reachable = true;
        else if (!reachable && hides(s) && !inside(r, p.getBoundingClientRect())) { clippedBy = p; break; }
        // An open dialog is drawn in the top layer: what encloses it in the DOM does not clip it.
        if (p.tagName === 'DIALOG' && p.open) break;
      }
      if (clippedBy) problems.push(name(el) + ' is cut off by ' + name(clippedBy).slice(0, 60));
      else if (!reachable && !inside(r, { left: 0, top: 0, right: vw, bottom: vh }))
        problems.push(name(el) + ' lies outside the window at ' + [r.left, r.top, r.right, r.bottom].map(Math.round).join(','));
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      if (cx >= view.left && cy >= view.top && cx < view.right && cy < view.bottom) {
        const top = document.elementFromPoint(cx, cy);
        // Covered only counts when what lies on top is not the element, its content or a scroll container it is in.
        if (top && top !== el && !el.contains(top) && !top.contains(el) && !top.closest('label')?.contains(el))
          problems.push(name(el) + ' is covered by ' + name(top).slice(0, 60));
      }
    }
    for (const el of document.querySelectorAll('body *')) {
      if (el.tagName === 'svg' || el.closest('svg') || !counts(el) || !shown(el)) continue;
      const s = getComputedStyle(el);
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim() !== '');
      const isButton = el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
      if (!hasText && !isButton && el.tagName !== 'SELECT') continue;
      if (scrolls(s)) continue;
      const cutsText = hides(s) || s.textOverflow === 'ellipsis' || el.tagName === 'SELECT' || isButton;
      if (!cutsText) continue;
      if (el.tagName === 'SELECT') {
        // A closed select shows its chosen option's text; measure it with the select's font.
        const option = el.selectedOptions[0];
        if (!option) continue;
        const canvas = document.createElement('canvas').getContext('2d');
        canvas.font = s.font;
        const room = el.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
        if (canvas.measureText(option.text).width > room + slack) problems.push(name(el) + ' cuts its chosen option "' + option.text + '"');
        continue;
      }
      if (el.scrollWidth > el.clientWidth + slack || el.scrollHeight > el.clientHeight + slack)
        problems.push(name(el) + ' cuts its text (' + el.scrollWidth + 'x' + el.scrollHeight + ' in ' + el.clientWidth + 'x' + el.clientHeight + ')');
    }
    for (const id of mustShow) {
      const el = document.querySelector('[data-testid="' + id + '"]');
      if (!el || !shown(el)) { problems.push(id + ' is not shown'); continue; }
      if (!inside(el.getBoundingClientRect(), { left: 0, top: 0, right: vw, bottom: vh })) problems.push(id + ' needs scrolling to be seen');
      let p = el.parentElement;
      for (; p; p = p.parentElement) {
        const s = getComputedStyle(p);
        if ((scrolls(s) || hides(s)) && !inside(el.getBoundingClientRect(), p.getBoundingClientRect())) {
          problems.push(id + ' is scrolled out of or cut by ' + name(p).slice(0, 60));
          break;
        }
        if (p.tagName === 'DIALOG' && p.open) break;
      }
    }
    return [...new Set(problems)];
  })()`;
  return page.evaluate<string[]>(script);
}
