/** The shape of an English catalogue with every text a string: a German catalogue must have exactly its keys. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };
