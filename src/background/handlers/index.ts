/** Every request's handler, built from the repository and the browser parts they use, so tests pass their own. */
import type { Repository } from '../../storage';
import type { HandlerMap } from '../router';
import type { TabAccess } from '../save';
import { articleHandlers } from './articles';
import { highlightHandlers } from './highlights';
import { ioHandlers } from './io';
import { pageHandlers } from './page';
import { ping } from './ping';

export interface HandlerDeps {
  version: string;
  tabs: TabAccess;
}

export function createHandlers(repository: Repository, { version, tabs }: HandlerDeps): HandlerMap {
  return {
    ping: () => ping(version),
    ...pageHandlers(repository, tabs),
    ...articleHandlers(repository),
    ...ioHandlers(repository),
    ...highlightHandlers(repository),
  };
}
