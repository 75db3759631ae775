/**
 * Calls `then` once the frame showing the DOM as it is now has been produced: the timeout
 * after the next animation frame fires when that frame's style, layout and paint are done.
 */
export function afterPaint(then: () => void): void {
  requestAnimationFrame(() => setTimeout(then, 0));
}
