/** One locale against en: the same keys, and each message with the same placeholders. */
import { categoriesOf, pluralBase, pluralFamilies } from './plural';

export interface Message {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export type Messages = Record<string, Message>;

/** `$name$` references and `$1`-style substitutions in a message, lowercased, sorted (names are case-insensitive). */
function references(message: string): string[] {
  return [...message.matchAll(/\$(?:([A-Za-z_@][\w@]*)\$|(\d))/g)].map((m) => (m[1] ? `$${m[1].toLowerCase()}$` : `$${m[2]}`)).sort();
}

/** Each placeholder as name=content, lowercased names, sorted. */
function placeholders(entry: Message): string[] {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort();
}

const listed = (items: string[]): string => (items.length ? items.join(' ') : 'none');

/** Problems inside one message: a reference with no placeholder behind it. */
export function messageProblems(key: string, entry: Message): string[] {
  const declared = new Set(Object.keys(entry.placeholders ?? {}).map((n) => `$${n.toLowerCase()}$`));
  if (typeof entry.message !== 'string' || entry.message.trim() === '') return [`"${key}": the message is empty`];
  return references(entry.message)
    .filter((ref) => ref.endsWith('$') && !declared.has(ref))
    .map((ref) => `"${key}": the message uses ${ref}, which no placeholder declares`);
}

/** The keys `lang` must have (with the en entry each is checked against), and those it may have. */
function expectedKeys(en: Messages, lang: string): { required: Map<string, Message>; optional: Map<string, Message> } {
  const families = pluralFamilies(Object.keys(en));
  const { required: needed, allowed } = categoriesOf(lang);
  const required = new Map<string, Message>();
  const optional = new Map<string, Message>();
  for (const [key, entry] of Object.entries(en)) {
    const base = pluralBase(key);
    if (base === null || !families.has(base)) required.set(key, entry);
  }
  for (const base of families) {
    const other = en[`${base}_other`] as Message;
    for (const category of allowed) (needed.has(category) ? required : optional).set(`${base}_${category}`, en[`${base}_${category}`] ?? other);
  }
  return { required, optional };
}

function entryProblems(key: string, want: Message, got: Message, plural: boolean): string[] {
  const problems: string[] = [];
  const [wantP, gotP] = [placeholders(want), placeholders(got)];
  if (wantP.join() !== gotP.join()) problems.push(`"${key}": placeholders ${listed(gotP)}, en has ${listed(wantP)}`);
  const [wantR, gotR] = [references(want.message), references(got.message ?? '')];
  if (!plural && wantR.join() !== gotR.join()) problems.push(`"${key}": the message uses ${listed(gotR)}, en uses ${listed(wantR)}`);
  return problems;
}

/**
 * Problems of `other` (the messages of `lang`) against `en`, one line each, by key. A
 * plural family needs the forms of the locale's own language, each with en's placeholders
 * (a form may leave out the count, "one article").
 */
export function compareLocale(en: Messages, other: Messages, lang: string): string[] {
  const problems: string[] = [];
  const families = pluralFamilies(Object.keys(en));
  const inFamily = (key: string): boolean => families.has(pluralBase(key) ?? '');
  const { required, optional } = expectedKeys(en, lang);
  for (const [key, want] of required) {
    const got = other[key];
    if (got) problems.push(...entryProblems(key, want, got, inFamily(key)));
    else problems.push(`missing "${key}" (${key in en ? 'en' : `a plural form ${lang} needs; en _other`}: ${JSON.stringify(want.message)})`);
  }
  for (const [key, got] of Object.entries(other)) {
    const want = optional.get(key);
    if (want) problems.push(...entryProblems(key, want, got, true));
    else if (!required.has(key)) problems.push(`extra key "${key}", ${inFamily(key) ? `a plural form ${lang} does not have` : 'not in en'}`);
  }
  return problems;
}
