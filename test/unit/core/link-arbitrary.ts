/**
 * fast-check generator of links written every which way: plain ones, and links with
 * everything that makes a URL parser rewrite them (case, ports, escapes, dot segments,
 * punycode, numeric hosts, quotes, spaces), alone or mixed in. Shared by the Node test and
 * the browser tests that hold plainUrlAndKey to each browser's own parser.
 */
import fc from 'fast-check';

/** What a plain link is made of, and what it is not. */
const PLAIN = {
  scheme: ['https', 'http'],
  separator: ['://'],
  userinfo: [''],
  label: ['news', 'www', 'example', 'a-b', 'b2', 'x', '-x', 'co', '1a'],
  port: [''],
  char: ['a', 'Z', '0', '9', '-', '.', '_', '~', '!', '$', '(', ')', '*', '+', ',', ';', '=', ':', '@'],
  segment: ['', '.a', '..a', 'a.'],
  name: ['a', 'b', 'id', 'utm_source', 'UTM_Medium', 'fbclid', 'share', 'q', 'a+b', '', '=', 'b=c'],
  fragment: ['', '#', '#top', '#a b%'],
};
const ODD = {
  scheme: ['HTTP', 'Https', 'ftp', 'javascript', 'file'],
  separator: [':/', ':///', '//', ':\\\\'],
  userinfo: ['user@', 'u:p@', '@'],
  label: ['xn--bcher-kva', 'xn--zz', '1', '0x1f', '255', 'EXAMPLE', 'x_y', 'é', '', ' '],
  port: [':80', ':443', ':8080', ':', ':0099', ':99999'],
  char: ["'", '%', '%41', '%2e', '%2E', '%7e', '%zz', '%20', ' ', '"', '<', '>', '\\', '^', '|', '{', '}', '`', 'é', '\t', '?', '#', '&'],
  segment: ['.', '..', '%2e', '.%2E'],
  name: ["'", '%61', 'é', 'a b', '&'],
  fragment: ['#\n', '#é'],
};

type Part = keyof typeof PLAIN;

/** Mostly plain parts, an odd one now and then: links near the edge of plainness. */
function part(key: Part, oddWeight: number): fc.Arbitrary<string> {
  return fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...PLAIN[key]) }, { weight: oddWeight, arbitrary: fc.constantFrom(...ODD[key]) });
}

function link(odd: number): fc.Arbitrary<string> {
  const text = fc.array(part('char', odd), { maxLength: 6 }).map((chars) => chars.join(''));
  const segment = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: part('segment', odd) });
  const name = fc.oneof(part('name', odd), text);
  const pair = fc.tuple(name, fc.option(text)).map(([n, v]) => (v === null ? n : `${n}=${v}`));
  const query = fc.option(fc.tuple(fc.array(pair, { maxLength: 4 }), fc.constantFrom('&', '&', '&&')).map(([pairs, joint]) => `?${pairs.join(joint)}`));
  return fc
    .record({
      lead: fc.constantFrom('', '', '', ' ', '\n'),
      scheme: part('scheme', odd),
      separator: part('separator', odd),
      userinfo: part('userinfo', odd),
      host: fc.array(part('label', odd), { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.')),
      port: part('port', odd),
      path: fc.array(segment, { maxLength: 4 }).map((segments) => segments.map((s) => `/${s}`).join('')),
      query,
      fragment: part('fragment', odd),
      trail: fc.constantFrom('', '', '', ' '),
    })
    .map((l) => `${l.lead}${l.scheme}${l.separator}${l.userinfo}${l.host}${l.port}${l.path}${l.query ?? ''}${l.fragment}${l.trail}`);
}

export const anyLink = fc.oneof(link(0), link(1), link(4));
