/** Fails the quality gate at once, in one line, when ../shared/corpus is missing. */
import { corpusProblem } from '../../scripts/bench/corpus';

export default function setup(): void {
  const problem = corpusProblem();
  if (problem) throw new Error(problem);
}
