export function ListView() {
  return <p>…</p>;
}
