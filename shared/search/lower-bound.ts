/** The first of `count` ascending positions whose value (`valueAt`, compared with `<`: code units for text) is not below `key`. */
export function lowerBound<T extends string | number>(count: number, valueAt: (at: number) => T, key: T): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (valueAt(mid) < key) low = mid + 1;
    else high = mid;
  }
  return low;
}
