/** Search keystrokes in an open popup list: each is timed from its keydown to the frame showing the results for the new text. */
import { until, type BenchTab } from './ui-session';

/**
 * In the page: notes the time of the next keydown and, when the results for `q` are in
 * place, the time the frame showing them was produced.
 */
const ARM = `(q) => {
  window.benchDone = null;
  document.addEventListener('keydown', () => { window.benchKeydownAt = performance.now(); }, { once: true, capture: true });
  const scroller = document.querySelector('.list-scroll');
  const observer = new MutationObserver(() => {
    if (scroller.getAttribute('data-shown-query') !== q) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.benchDone = performance.now() - window.benchKeydownAt; }, 0));
  });
  observer.observe(scroller, { attributes: true, attributeFilter: ['data-shown-query'] });
}`;

/** Types `text` into the focused search one key at a time. */
export async function keystrokes(tab: BenchTab, text: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 1; i <= text.length; i++) {
    await tab.evaluate(`(${ARM})(${JSON.stringify(text.slice(0, i))})`);
    await tab.type(text[i - 1]!);
    times.push(await until<number>(tab, 'window.benchDone'));
  }
  return times;
}

/** Empties the search and waits for the unfiltered list. */
export async function clearSearch(tab: BenchTab): Promise<void> {
  await tab.evaluate(`(() => {
    const input = document.getElementById('list-search');
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  })()`);
  await until(tab, `document.querySelector('.list-scroll')?.getAttribute('data-shown-query') === ''`);
}
