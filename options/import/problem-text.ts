import type { ImportProblem } from '../../src/core/formats/types';
import { t } from '../../src/platform/browser';

/** "part_000001.csv, line 3, field url": where in the file a problem is. */
export function problemPlace(problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.file) parts.push(problem.file);
  parts.push(t('optionsImportLine', String(problem.line)));
  if (problem.field) parts.push(t('optionsImportField', problem.field));
  return parts.join(', ');
}
