import type { HandlerMap } from '../router';

export const pageHandlers: Pick<HandlerMap, 'page.preview' | 'page.save' | 'link.save'> = {
  'page.preview': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'page.save': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
  'link.save': async () => {
    throw { code: 'unavailable', message: 'Not available yet.' };
  },
};
