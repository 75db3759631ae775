/** Stops the quality gate at once, with one line, when ../shared/corpus is missing (vitest would add a stack and "No test files found"). */
import { corpusProblem } from '../../scripts/bench/corpus';
import { readabilitySetProblem } from '../../scripts/bench/readability-pages';

export default function setup(): void {
  const problem = corpusProblem() ?? readabilitySetProblem();
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}
