/**
 * A least-recently-used map bounded by the total "size" of its entries (for
 * strings: characters), not by their number: a few large bodies cannot push
 * the process's memory up, and many small ones share the same budget.
 */
export class SizedLru<V> {
  private readonly map = new Map<string, { value: V; size: number }>();
  private total = 0;

  constructor(
    private readonly budget: number,
    private readonly sizeOf: (key: string, value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    // Re-insert: a Map iterates in insertion order, so the oldest is first.
    this.map.delete(key);
    this.map.set(key, hit);
    return hit.value;
  }

  set(key: string, value: V): void {
    const size = this.sizeOf(key, value);
    const old = this.map.get(key);
    if (old) {
      this.map.delete(key);
      this.total -= old.size;
    }
    if (size > this.budget) return;
    this.map.set(key, { value, size });
    this.total += size;
    for (const [k, v] of this.map) {
      if (this.total <= this.budget) break;
      this.map.delete(k);
      this.total -= v.size;
    }
  }

  get size(): number {
    return this.map.size;
  }

  get usedBudget(): number {
    return this.total;
  }
}
