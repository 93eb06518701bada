/** Runs `fn` and prints one line: the label (which may depend on the result) and how long it took. */
export async function timed<T>(label: string | ((result: T) => string), fn: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await fn();
  const ms = performance.now() - started;
  const duration = ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
  console.log(`${typeof label === "string" ? label : label(result)} in ${duration}`);
  return result;
}
