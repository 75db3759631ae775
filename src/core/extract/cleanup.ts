/** Rules applied to Readability's output: what it keeps on real news pages that a reader does not want. */
import { PREPARE_RULES, type ClutterRule } from './clutter';

export const CLEANUP_RULES: readonly ClutterRule[] = [...PREPARE_RULES];
