/** Every request's handler, built from the repository and the browser parts they use, so tests pass their own. */
import type { Repository } from '../../storage';
import type { HandlerMap } from '../router';
import type { TabAccess } from '../save';
import { articleHandlers } from './articles';
import { highlightHandlers } from './highlights';
import { ioHandlers } from './io';
import type { ImportProgress } from '../import-progress';
import { pageHandlers } from './page';
import { ping } from './ping';
import { syncHandlers, type SyncControl } from './sync';

export interface HandlerDeps {
  version: string;
  tabs: TabAccess;
  /** Where imports report their progress; the worker's own when left out. */
  importProgress?: ImportProgress;
  sync: SyncControl;
}

export function createHandlers(repository: Repository, { version, tabs, importProgress, sync }: HandlerDeps): HandlerMap {
  return {
    ping: () => ping(version),
    ...pageHandlers(repository, tabs),
    ...articleHandlers(repository),
    ...ioHandlers(repository, importProgress),
    ...highlightHandlers(repository),
    ...syncHandlers(sync),
  };
}
