/**
 * The server's side of sync for tests: one article document per URL key, merged with
 * mergeArticleDocs as the engine resolves conflicts, and one body document per key (the newer stamp wins).
 */
import { compareStamps, mergeArticleDocs, type ArticleDoc, type BodyDoc } from '../../../src/core/sync';
import type { Repository } from '../../../src/storage';

export class Server {
  readonly docs = new Map<string, ArticleDoc>();
  readonly bodies = new Map<string, BodyDoc>();

  push(docs: ArticleDoc[], bodies: BodyDoc[]): void {
    for (const doc of docs) {
      const kept = this.docs.get(doc.urlKey);
      this.docs.set(doc.urlKey, kept ? mergeArticleDocs(kept, doc) : doc);
    }
    for (const body of bodies) {
      const kept = this.bodies.get(body._id);
      if (!kept || (compareStamps(body.stamp, kept.stamp) || (body.hash > kept.hash ? 1 : -1)) > 0) this.bodies.set(body._id, body);
    }
  }

  pull(): { docs: ArticleDoc[]; bodies: BodyDoc[] } {
    return { docs: [...this.docs.values()], bodies: [...this.bodies.values()] };
  }

  /** The first half of the engine's run on a device: what it sends, acknowledged. */
  async send(repo: Repository): Promise<void> {
    const out = await repo.sync.outgoing(1000);
    this.push(out.docs, out.bodies);
    await repo.sync.acknowledge(out.upTo);
  }

  /** The second half: everything pulled and applied (the reader may have made changes since the first). */
  receive(repo: Repository) {
    const { docs, bodies } = this.pull();
    return repo.sync.applyIncoming(docs, bodies);
  }

  async sync(repo: Repository) {
    await this.send(repo);
    return this.receive(repo);
  }
}
