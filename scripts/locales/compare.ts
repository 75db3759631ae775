/** One locale against en: the same keys, and each message with the same placeholders. */
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

/** Problems of `other` against `en`, one line each, by key. */
export function compareLocale(en: Messages, other: Messages): string[] {
  const problems: string[] = [];
  for (const [key, want] of Object.entries(en)) {
    const got = other[key];
    if (!got) {
      problems.push(`missing "${key}" (en: ${JSON.stringify(want.message)})`);
      continue;
    }
    const [wantP, gotP] = [placeholders(want), placeholders(got)];
    if (wantP.join() !== gotP.join()) problems.push(`"${key}": placeholders ${listed(gotP)}, en has ${listed(wantP)}`);
    const [wantR, gotR] = [references(want.message), references(got.message ?? '')];
    if (wantR.join() !== gotR.join()) problems.push(`"${key}": the message uses ${listed(gotR)}, en uses ${listed(wantR)}`);
  }
  for (const key of Object.keys(other)) if (!(key in en)) problems.push(`extra key "${key}", not in en`);
  return problems;
}
