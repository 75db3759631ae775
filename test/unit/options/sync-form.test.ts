import { describe, expect, test } from 'vitest';
import { serverOf, serverPattern } from '../../../options/sync/form';

const fields = { url: 'https://couch.example.org:5984/', database: 'quire', username: ' reader ', password: ' p@ss ' };

describe("the Sync section's server form", () => {
  test('sends the address without its trailing slash, the names trimmed and the password as typed', () => {
    expect(serverOf(fields)).toEqual({ server: { url: 'https://couch.example.org:5984', database: 'quire', username: 'reader', password: ' p@ss ' } });
  });

  test.each(['couch.example.org', 'ftp://couch.example.org', 'https://reader:secret@couch.example.org', ''])('refuses the address %j', (url) => {
    expect(serverOf({ ...fields, url })).toEqual({ problem: 'url' });
  });

  test.each(['Quire', '1st', '_users', 'my list', ''])('refuses the database name %j, which CouchDB would refuse', (database) => {
    expect(serverOf({ ...fields, database })).toEqual({ problem: 'database' });
  });

  test('takes a database name with the characters CouchDB allows', () => {
    expect(serverOf({ ...fields, database: 'quire_2026$(a)+b-c/d' })).toMatchObject({ server: { database: 'quire_2026$(a)+b-c/d' } });
  });

  test('asks for the host of the one server, whatever its port and path', () => {
    expect(serverPattern('https://couch.example.org:6984/couch')).toBe('https://couch.example.org/*');
    expect(serverPattern('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
  });
});
