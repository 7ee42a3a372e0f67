/**
 * "No control covers another": every visible button, field and the legend must be the topmost
 * element at its own centre. Controls scrolled out of their panel are not visible and skipped;
 * a control under another one (the legend over "Start layout") is reported by its text.
 */
import type { Page } from 'playwright-core';

export async function coveredControls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
    /** The part of the viewport where `el` can be seen, after every scrolling ancestor. */
    const visibleRect = (el: Element) => {
      let rect = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = p.getBoundingClientRect();
        rect = {
          left: Math.max(rect.left, r.left),
          top: Math.max(rect.top, r.top),
          right: Math.min(rect.right, r.right),
          bottom: Math.min(rect.bottom, r.bottom),
        };
      }
      return rect;
    };
    const problems: string[] = [];
    const controls = document.querySelectorAll(
      'button, select, input:not([type=file]), textarea, summary, .legend',
    );
    for (const el of controls) {
      // Not rendered (a closed <details>, display: none, visibility: hidden): nothing to cover.
      if (!el.checkVisibility({ checkVisibilityCSS: true })) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const v = visibleRect(el);
      if (x < v.left || x > v.right || y < v.top || y > v.bottom) continue;
      const top = document.elementFromPoint(x, y);
      if (!top || !(el === top || el.contains(top) || top.contains(el)))
        problems.push(`${describe(el)} is covered by ${top ? describe(top) : 'nothing'}`);
      if (r.right > window.innerWidth + 1 || r.left < -1)
        problems.push(`${describe(el)} is cut off at the side`);
    }
    return problems;
  });
}
