/**
 * Runs one job at a time and, while one runs, keeps only the newest waiting one: typing
 * fast sends the first keystroke at once and then only the latest text, with no timer
 * delaying any result. `run` handles its own errors.
 */
export function coalesce<T>(run: (arg: T) => Promise<void>): (arg: T) => void {
  let running = false;
  let waiting: { arg: T } | null = null;
  const pump = async (arg: T): Promise<void> => {
    running = true;
    try {
      await run(arg);
    } finally {
      running = false;
      const next = waiting;
      waiting = null;
      if (next) void pump(next.arg);
    }
  };
  return (arg: T) => {
    if (running) waiting = { arg };
    else void pump(arg);
  };
}
