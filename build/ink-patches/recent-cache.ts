// A map that keeps what was used lately and forgets the rest: two
// generations, the current one and the one before; a key found in the older
// is moved up, and when the current one fills, the older is dropped whole.
// Bounded memory with no bookkeeping per lookup, for caches that see the
// same few hundred keys frame after frame.
export class RecentCache<K, V> {
  private current = new Map<K, V>();
  private older = new Map<K, V>();

  constructor(private readonly limit: number) {}

  get(key: K): V | undefined {
    const value = this.current.get(key);
    if (value !== undefined) return value;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: K, value: V): void {
    if (this.current.size >= this.limit) {
      this.older = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }

  get size(): number {
    return this.current.size + this.older.size;
  }
}
