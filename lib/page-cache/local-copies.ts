const LIMIT = 500;
const copies = new Map<string, { version: string; body: Buffer }>();

// This process's copies of shared pages; the database still decides, for every request, which version is current.
export function localCopy(key: string): { version: string; body: Buffer } | undefined {
  const copy = copies.get(key);
  if (copy) {
    copies.delete(key);
    copies.set(key, copy);
  }
  return copy;
}

export function keepLocalCopy(key: string, version: string, body: Buffer): void {
  copies.delete(key);
  copies.set(key, { version, body });
  if (copies.size > LIMIT) copies.delete(copies.keys().next().value as string);
}
