import type { HandlerMap } from '../router';

export const ioHandlers: Pick<HandlerMap, 'import.preview' | 'import.apply' | 'data.deleteAll'> = {
  'import.preview': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'import.apply': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'data.deleteAll': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
};
