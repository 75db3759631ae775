/**
 * The part of PouchDB's API the engine uses. DefinitelyTyped's @types/pouchdb-core declares a
 * global `Buffer` that breaks Node's, so Quire declares only what it calls.
 */
declare namespace PouchDB {
  interface Row<T> {
    id: string;
    key: string;
    value: { rev: string; deleted?: boolean };
    doc?: T & { _id: string; _rev: string; _conflicts?: string[] };
  }
  interface ErrorRow {
    key: string;
    error: string;
  }
  interface Written {
    ok?: true;
    id: string;
    rev?: string;
    error?: string | boolean;
    status?: number;
    reason?: string;
  }
  interface Change {
    id: string;
    seq: number | string;
    changes: { rev: string }[];
    deleted?: boolean;
  }
  interface ReplicateOptions {
    batch_size?: number;
    batches_limit?: number;
    retry?: boolean;
  }
  interface ReplicationResult {
    ok: boolean;
    docs_read: number;
    docs_written: number;
    doc_write_failures: number;
    errors: unknown[];
  }
  interface Replication extends Promise<ReplicationResult> {
    cancel(): void;
  }
  interface Database {
    info(): Promise<{ db_name: string; update_seq: number | string; doc_count: number }>;
    allDocs<T>(options: { keys: string[]; include_docs?: boolean; conflicts?: boolean }): Promise<{ rows: (Row<T> | ErrorRow)[] }>;
    get<T>(id: string, options?: { rev?: string }): Promise<T & { _id: string; _rev: string }>;
    bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<Written[]>;
    revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing?: string[] }>>;
    bulkGet(options: { docs: { id: string; rev: string }[]; revs?: boolean }): Promise<{ results: { id: string; docs: ({ ok: object } | { error: unknown })[] }[] }>;
    changes(options: { since: number | string; limit: number; style?: 'main_only' | 'all_docs' }): Promise<{ results: Change[]; last_seq: number | string }>;
    destroy(): Promise<unknown>;
    close(): Promise<void>;
    replicate: {
      to(target: Database, options?: ReplicateOptions): Replication;
      from(source: Database, options?: ReplicateOptions): Replication;
    };
  }
  interface DatabaseOptions {
    adapter?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    prefix?: string;
    fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>;
  }
  interface Static {
    new (name: string, options?: DatabaseOptions): Database;
    plugin(plugin: Plugin): Static;
    defaults(options: DatabaseOptions): Static;
  }
  type Plugin = (PouchDB: Static) => void;
}

declare module 'pouchdb-core' {
  const PouchDB: PouchDB.Static;
  export default PouchDB;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: PouchDB.Plugin;
  export default plugin;
}
