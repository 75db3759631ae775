export interface ClipViewProps {
  /** undefined while the popup is still finding the tab; null when there is none. */
  tabId: number | null | undefined;
  onOpenList: () => void;
}

export function ClipView(_props: ClipViewProps) {
  return <p>…</p>;
}
