/** Reading the shown article aloud: its title and body, in its language. */
import type { RefObject } from 'preact';
import { ListenBar } from './ListenBar';
import { useListen } from './useListen';

export interface ListenProps {
  id: string;
  lang: string | null;
  article: RefObject<HTMLElement>;
}

export function Listen({ id, lang, article }: ListenProps) {
  const listen = useListen(id, lang, () => [...(article.current?.querySelectorAll('.reader-title, .reader-body') ?? [])]);
  return <ListenBar listen={listen} />;
}
