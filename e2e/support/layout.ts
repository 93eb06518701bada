import type { Page } from "@playwright/test";

export type Overflow = { by: number; culprits: string[] };

// How far the page scrolls sideways, and the innermost elements that stick out or whose text spills out (for the message).
export function horizontalOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const spills = (el: Element) =>
      el.getBoundingClientRect().right > width + 0.5 ||
      (el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === "visible");
    const all = [...document.body.querySelectorAll("*")].filter(spills);
    const culprits = all
      .filter((el) => !all.some((other) => other !== el && el.contains(other)))
      .slice(0, 5)
      .map((el) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 40)}" (${el.scrollWidth}px in ${el.clientWidth}px)`);
    return { by: document.documentElement.scrollWidth - width, culprits };
  });
}
