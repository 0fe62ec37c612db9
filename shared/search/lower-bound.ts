/** The first of `count` positions, in code-unit order, whose word (`wordAt`) is not below `key`. */
export function lowerBound(count: number, wordAt: (at: number) => string, key: string): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (wordAt(mid) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
