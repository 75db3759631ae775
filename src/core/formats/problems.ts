import type { ImportProblem } from './types';

/** Thrown by a parser when the whole file is unusable; parseImportFile turns it into `fatal`. */
export class ImportFatalError extends Error {
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}

export function fatal(message: string, where: { line?: number; field?: string; file?: string } = {}): never {
  throw new ImportFatalError({ line: where.line ?? 0, message, ...(where.field ? { field: where.field } : {}), ...(where.file ? { file: where.file } : {}) });
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
