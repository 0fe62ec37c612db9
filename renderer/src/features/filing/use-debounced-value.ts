import { useEffect, useState } from 'react';

/** The value as it was once it stopped changing for `delay` ms; `key` says when it changed (values are rebuilt on every render). */
export function useDebouncedValue<T>(value: T, key: string, delay: number): { value: T; isPending: boolean } {
  const [settled, setSettled] = useState({ value, key });
  useEffect(() => {
    const timer = setTimeout(() => setSettled({ value, key }), delay);
    return () => clearTimeout(timer);
    // `key` stands for `value`: the effect reruns only when the content changes.
  }, [key, delay]);
  return { value: settled.value, isPending: settled.key !== key };
}
