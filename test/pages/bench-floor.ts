/**
 * The UI benchmark's floor, measured in the same run as the popup: the least an extension
 * page can do to show a reading list. Bare IndexedDB, no Dexie, no Preact, no Quire code:
 * open the database, read the 50 newest rows of the newest-first index, one list item of
 * text per row, then the same paint mark the popup leaves (usePaintMark).
 */
const request = indexedDB.open('quire');
request.onsuccess = () => {
  const rows: { title: string; siteName?: string }[] = [];
  const index = request.result.transaction('articles').objectStore('articles').index('[status+savedAt+id]');
  const cursor = index.openCursor(IDBKeyRange.bound(['unread'], ['unread', []]), 'prev');
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at && rows.length < 50) {
      rows.push(at.value);
      at.continue();
      return;
    }
    const list = document.getElementById('rows')!;
    for (const row of rows) {
      const item = document.createElement('li');
      item.textContent = `${row.title} · ${row.siteName ?? ''}`;
      list.append(item);
    }
    requestAnimationFrame(() => setTimeout(() => performance.mark('quire:floor-rows'), 0));
  };
};
