import { readFileSync } from 'node:fs';

// The NumPy-made fixtures (scripts/numpy-reference/make-fixtures.py), read as unknown JSON and
// checked just enough that a stale or hand-edited file fails loudly instead of passing.

const DIR = new URL('./fixtures/', import.meta.url);

export function fixtureJson(name: string): Record<string, unknown> {
  const data: unknown = JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new Error(`${name}: not a JSON object`);
  return data as Record<string, unknown>;
}

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, DIR));
}

export function list(record: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const value = record[key];
  if (!Array.isArray(value) || value.length === 0) throw new Error(`fixture: ${key} is not a non-empty list`);
  return value.map((v: unknown) => {
    if (typeof v !== 'object' || v === null) throw new Error(`fixture: an entry of ${key} is not an object`);
    return v as Record<string, unknown>;
  });
}

export function str(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`fixture: ${key} is not a string`);
  return value;
}

export function num(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number') throw new Error(`fixture: ${key} is not a number`);
  return value;
}
