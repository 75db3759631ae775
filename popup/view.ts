/** Whether the popup opens on the list rather than on the page to clip. */
export function opensOnList(): boolean {
  return new URLSearchParams(location.search).get('view') === 'list';
}
