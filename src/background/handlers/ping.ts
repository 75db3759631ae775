import type { ResponseMap } from '../../protocol';

export async function ping(version: string): Promise<ResponseMap['ping']> {
  return { pong: true, version };
}
