/**
 * Which _locales keys the code uses. A key is used when the code holds it as a string
 * (t('key'), or a map of reasons to keys), when manifest.json names it as __MSG_key__,
 * or when it matches a key the code builds in a call: t(`error_${code}`) declares the
 * pattern error_*, and t('sort' + name) the pattern sort*. Plural forms (x_one, x_other)
 * are used when their base x is named (tCount('x', n)), so t(`${key}_other`) declares no
 * pattern. A literal key in a call that en lacks is reported, with its file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { isPluralSuffix, pluralBase } from './plural';

/** The folders whose code shows strings, and the calls that look a key up. */
const CODE_DIRS = ['src', 'popup', 'options', 'reader'];
const LOOKUPS = new Set(['t', 'getMessage', 'msg']);

export interface Usage {
  strings: Set<string>;
  patterns: RegExp[];
  /** Problems in the code: an unknown key, a built key with no fixed part. */
  problems: string[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  return ts.isPropertyAccessExpression(callee) ? callee.name.text : null;
}

/** The pattern a built key follows, e.g. `error_${code}` → /^error_.+$/; null when the argument is not built. */
function builtPattern(arg: ts.Expression): { fixed: string; pattern: RegExp } | null {
  if (ts.isTemplateExpression(arg)) {
    const parts = [arg.head.text, ...arg.templateSpans.map((s) => s.literal.text)];
    return { fixed: parts.join(''), pattern: new RegExp(`^${parts.map(escape).join('.+')}$`) };
  }
  if (ts.isBinaryExpression(arg) && arg.operatorToken.kind === ts.SyntaxKind.PlusToken && ts.isStringLiteral(arg.left)) {
    return { fixed: arg.left.text, pattern: new RegExp(`^${escape(arg.left.text)}.+$`) };
  }
  return null;
}

function scanFile(root: string, file: string, keys: Set<string>, usage: Usage): void {
  const source = ts.createSourceFile(file, readFileSync(path.join(root, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const where = (node: ts.Node): string => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) usage.strings.add(node.text);
    if (ts.isCallExpression(node) && LOOKUPS.has(calleeName(node) ?? '') && node.arguments[0]) {
      const arg = node.arguments[0];
      const built = builtPattern(arg);
      if (ts.isStringLiteral(arg) && !keys.has(arg.text)) usage.problems.push(`${where(arg)}: "${arg.text}" is not a key of _locales/en`);
      if (built && isPluralSuffix(built.fixed)) return ts.forEachChild(node, visit);
      if (built && built.fixed === '') usage.problems.push(`${where(arg)}: a key built with no fixed part; give it a fixed prefix`);
      else if (built) usage.patterns.push(built.pattern);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

export function scanUsage(root: string, keys: Set<string>): Usage {
  const usage: Usage = { strings: new Set(), patterns: [], problems: [] };
  for (const dir of CODE_DIRS) {
    const files = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).filter((f) => /\.tsx?$/.test(f));
    for (const file of files.sort()) scanFile(root, path.join(dir, file), keys, usage);
  }
  const manifest = readFileSync(path.join(root, 'manifest.json'), 'utf8');
  for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) usage.strings.add(key as string);
  return usage;
}

/** Used: named in the code, or a plural form (`x_one`) of a base the code names (`x`), or built by a declared pattern. */
export const isUsed = (usage: Usage, key: string): boolean =>
  usage.strings.has(key) || usage.strings.has(pluralBase(key) ?? '') || usage.patterns.some((p) => p.test(key));
