import { fatal, lineAt } from './problems';

/** JSON.parse whose failure is fatal and names the line, from the position the engine reports. */
export function parseJsonText(text: string, file?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    // V8 reports a character position, Firefox a line; with neither, blame the end of the file.
    const position = /position (\d+)/.exec(reason);
    const lineNumber = /line (\d+)/.exec(reason);
    const line = position ? lineAt(text, Number(position[1])) : lineNumber ? Number(lineNumber[1]) : lineAt(text, text.length);
    fatal(`not valid JSON at line ${line}: the file is cut off or malformed (${reason})`, { line, file });
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
