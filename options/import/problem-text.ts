import type { ImportProblem } from '../../src/core/formats/types';
import { t } from '../../src/platform/browser';

/** "part_000001.csv, line 3, field url": where in the file a problem is; line 0 means the file as a whole. */
export function problemPlace(problem: ImportProblem): string {
  const parts: string[] = [];
  if (problem.file) parts.push(problem.file);
  if (problem.line > 0) parts.push(t('optionsImportLine', String(problem.line)));
  if (problem.field) parts.push(t('optionsImportField', problem.field));
  return parts.join(', ');
}

/** Why a file cannot be imported at all, naming the place when the parser knows it. */
export function malformedMessage(fileName: string, problem: ImportProblem): string {
  const place = problemPlace(problem);
  return place ? t('optionsImportMalformed', [fileName, place, problem.message]) : t('optionsImportMalformedNoPlace', [fileName, problem.message]);
}
