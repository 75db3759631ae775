/** express-pouchdb ships no types: the one call the test server makes. */
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  function expressPouchDB(PouchDB: PouchDB.Static, options?: { mode?: 'minimumForPouchDB' | 'fullCouchDB'; inMemoryConfig?: boolean; logPath?: string }): RequestListener;
  export default expressPouchDB;
}
