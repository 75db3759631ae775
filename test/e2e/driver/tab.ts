/** The Tab of session.ts over a puppeteer-core Page, the same in both browsers. */
import type { ElementHandle, Page } from 'puppeteer-core';
import type { Tab } from './session';

/** How the driver loads one of Quire's pages into a tab (Firefox cannot use page.goto for them). */
export type OpenExtensionPage = (page: Page, pagePath: string) => Promise<void>;

function findButton(name: string, scope: string): HTMLButtonElement | undefined {
  return [...document.querySelectorAll<HTMLButtonElement>(`${scope} button`)].find(
    (b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === name && !b.disabled,
  );
}

export function tabOf(page: Page, gotoExtension: OpenExtensionPage): Tab {
  const $ = async (selector: string) => {
    const handle = await page.$(selector);
    if (!handle) throw new Error(`Nothing matches ${selector}`);
    return handle;
  };
  const waitForButton = (name: string, scope: string) =>
    page.waitForFunction(findButton, {}, name, scope) as Promise<ElementHandle<HTMLButtonElement>>;
  return {
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async waitUntil(fn, ...args) {
      await page.waitForFunction(fn as never, {}, ...(args as unknown as never[]));
    },
    async waitFor(selector, options = {}) {
      await page.waitForSelector(selector, options);
    },
    async waitForText(pattern, timeout) {
      await page.waitForFunction(
        (source, flags) => new RegExp(source, flags).test(document.body.innerText),
        { timeout },
        pattern.source,
        pattern.flags,
      );
    },
    text: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => el.textContent ?? '')),
    attr: (selector, name) => page.$eval(selector, (el, n) => el.getAttribute(n), name),
    value: (selector) => page.$eval(selector, (el) => (el as HTMLInputElement).value),
    count: (selector) => page.$$eval(selector, (els) => els.length),
    click: (selector) => page.click(selector),
    async button(name, scope = 'body') {
      await (await waitForButton(name, scope)).click();
    },
    async hasButton(name, scope = 'body') {
      await waitForButton(name, scope);
    },
    hover: (selector) => page.hover(selector),
    async touchAll(selector) {
      for (const element of await page.$$(selector)) {
        await element.hover().catch(() => undefined);
        await element.click().catch(() => undefined);
      }
      await page.$$eval(selector, (elements) => {
        for (const element of elements as HTMLElement[]) {
          for (const type of ['mouseover', 'click']) element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
          element.focus?.();
        }
      });
    },
    focus: (selector) => page.focus(selector),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as never),
    async fill(selector, text) {
      await page.click(selector, { count: 3 });
      await page.keyboard.press('Backspace');
      await page.type(selector, text);
    },
    async select(selector, value) {
      await page.select(selector, value);
    },
    async setChecked(selector, checked) {
      if ((await page.$eval(selector, (box) => (box as HTMLInputElement).checked)) !== checked) await page.click(selector);
    },
    async upload(selector, file) {
      await ((await $(selector)) as ElementHandle<HTMLInputElement>).uploadFile(file);
    },
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    gotoExtension: (pagePath) => gotoExtension(page, pagePath),
    bringToFront: () => page.bringToFront(),
    title: () => page.title(),
    href: () => page.evaluate(() => location.href),
    pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    close: () => page.close(),
  };
}
