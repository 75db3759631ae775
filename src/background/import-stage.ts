/**
 * Chunks of a large import held in the service worker until they are written together.
 * Chrome refuses a message over 64 MiB, so an options page sends big imports in pieces;
 * the database sees them only at commit, in one transaction, so a failure midway writes nothing.
 */
import type { ImportItem } from '../core/formats/types';

/** A stage nobody committed (the page was closed midway) is dropped after this long. */
export const STAGE_TTL_MS = 10 * 60_000;

interface Stage {
  items: ImportItem[];
  touchedAt: number;
}

export class ImportStages {
  private readonly stages = new Map<string, Stage>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Adds a chunk; returns how many items the stage holds now. */
  add(stageId: string, items: ImportItem[]): number {
    this.dropExpired();
    const stage = this.stages.get(stageId) ?? { items: [], touchedAt: 0 };
    for (const item of items) stage.items.push(item);
    stage.touchedAt = this.now();
    this.stages.set(stageId, stage);
    return stage.items.length;
  }

  /** Removes and returns the stage's items; null when it is unknown (never staged, expired, or the worker restarted). */
  take(stageId: string): ImportItem[] | null {
    this.dropExpired();
    const stage = this.stages.get(stageId);
    this.stages.delete(stageId);
    return stage ? stage.items : null;
  }

  discard(stageId: string): boolean {
    return this.stages.delete(stageId);
  }

  private dropExpired(): void {
    const cutoff = this.now() - STAGE_TTL_MS;
    for (const [id, stage] of this.stages) if (stage.touchedAt < cutoff) this.stages.delete(id);
  }
}
