import { useEffect, useState } from 'preact/hooks';
import type { Stats } from '../../src/protocol';
import { request } from '../../src/ui/client';

export interface StatsState {
  stats: Stats | null;
  error: string | null;
  reload: () => void;
}

/** The list's counts and storage figures, fetched again whenever `version` changes (after an import or a deletion). */
export function useStats(version: number): StatsState {
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    request({ type: 'stats' }).then(
      (next) => {
        if (!live) return;
        setStats(next);
        setError(null);
      },
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [version, attempt]);
  return { stats, error, reload: () => setAttempt((n) => n + 1) };
}
