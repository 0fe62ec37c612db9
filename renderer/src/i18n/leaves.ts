/** The same tree of keys with every leaf a string: what a translation must provide. */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };
