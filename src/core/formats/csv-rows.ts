/** CSV through papaparse, with each row's real line number and cells looked up by header name. */
import Papa from 'papaparse';
import { fatal } from './problems';

export interface CsvRow {
  /** 1-based line where the row starts (quoted cells may span lines). */
  line: number;
  file?: string;
  /** Cells present; fewer than the header's `columns` means a cut-off row. */
  size: number;
  columns: number;
  /** The cell under a header name, case-insensitive; '' when absent. */
  get(name: string): string;
}

export interface CsvTable {
  /** Lower-cased header names. */
  header: string[];
  rows: CsvRow[];
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** Parses a CSV table; a file cut inside a quoted cell, or without a header, is fatal. */
export function readCsv(text: string, file?: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  const records: { cells: string[]; line: number }[] = [];
  /** Line number at offset `start`, carried from row to row so counting stays linear. */
  let line = 1;
  let start = 0;
  Papa.parse<string[]>(body, {
    skipEmptyLines: 'greedy',
    step(result) {
      // Rows start at their first visible character: blank lines before them are skipped.
      const leading = /\S/g;
      leading.lastIndex = start;
      const first = leading.exec(body)?.index ?? start;
      const rowLine = line + countNewlines(body, start, first);
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        fatal(`a quoted cell is never closed: the file is cut off or malformed from line ${rowLine}`, { line: rowLine, file });
      }
      records.push({ cells: result.data, line: rowLine });
      line = rowLine + countNewlines(body, first, result.meta.cursor);
      start = result.meta.cursor;
    },
  });
  const head = records.shift();
  if (!head) fatal('the file is empty', { line: 1, file });
  const header = head.cells.map((cell) => cell.trim().toLowerCase());
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!index.has(name)) index.set(name, i);
  });
  const rows = records.map(({ cells, line: rowLine }): CsvRow => ({
    line: rowLine,
    file,
    size: cells.length,
    columns: header.length,
    get: (name) => {
      const i = index.get(name);
      return i === undefined ? '' : (cells[i] ?? '');
    },
  }));
  return { header, rows };
}
