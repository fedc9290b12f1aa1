/** Where domain code gets the time: injected, so tests can move it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Benchmarks only: time runs `speed` times faster from `originMs` (an hour-long wave in minutes). */
export function scaledClock(speed: number, originMs: number): Clock {
  return { now: () => new Date(originMs + (Date.now() - originMs) * speed) };
}
