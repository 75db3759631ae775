/**
 * The import the background is writing, as the options pages see it (IMPORT_PROGRESS_PORT
 * in src/protocol.ts): each connected page hears the state at once, then every change.
 * A finished import is told once, then the state is idle again.
 */
import type { ImportProgressState } from '../protocol';
import { toProtocolError } from './router';

/** What the background needs of a runtime port; tests pass their own. */
export interface ProgressPort {
  postMessage(message: ImportProgressState): void;
  onDisconnect: { addListener(listener: () => void): void };
}

export class ImportProgress {
  private state: ImportProgressState = { kind: 'idle' };
  private readonly ports = new Set<ProgressPort>();

  attach(port: ProgressPort): void {
    this.ports.add(port);
    port.onDisconnect.addListener(() => this.ports.delete(port));
    port.postMessage(this.state);
  }

  /** Runs one write of `total` items, telling the pages as its rows are written and how it ended. */
  async track<T extends { added: number; merged: number }>(total: number, write: (onProgress: (written: number, of: number) => void) => Promise<T>): Promise<T> {
    this.tell({ kind: 'writing', written: 0, total });
    try {
      const result = await write((written, of) => this.tell({ kind: 'writing', written, total: of }));
      this.tell({ kind: 'done', added: result.added, merged: result.merged });
      return result;
    } catch (error) {
      this.tell({ kind: 'failed', error: toProtocolError(error) });
      throw error;
    } finally {
      this.state = { kind: 'idle' };
    }
  }

  private tell(state: ImportProgressState): void {
    this.state = state;
    for (const port of this.ports) port.postMessage(state);
  }
}
