/**
 * The value a record built from data holds under `key`, never one it inherits: ids come from
 * stored, imported or linked data, and a quiz id such as "constructor" must find nothing rather
 * than Object.prototype's function.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
