import type { Page } from "playwright-core";

/**
 * What sticks out of a phone's width (sideways scrolling at 360 px), named by tag, class and
 * text, innermost first; empty when the page fits. Scroll boxes (a wide table) may hold more.
 */
export async function widerThanScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const outside = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
    };
    const inScrollBox = (element: Element) => element.parentElement?.closest(".table-scroll") !== null;
    const named = [...document.body.querySelectorAll("*")]
      .filter((element) => outside(element) && !inScrollBox(element))
      .filter((element) => ![...element.children].some(outside))
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${element.className} "${element.textContent.slice(0, 40)}"`,
      );
    const { scrollWidth } = document.documentElement;
    return named.length === 0 && scrollWidth > window.innerWidth
      ? [`the page is ${scrollWidth} px wide`]
      : named;
  });
}

export async function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => element === document.activeElement);
}
