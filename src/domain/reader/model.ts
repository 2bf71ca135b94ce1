/**
 * The learned model shipped with the reader (reader-model.json, written by `npm run train:reader`).
 * A file of the wrong shape loads as null, and the reader then answers with its rules alone.
 */
import shipped from './reader-model.json' with { type: 'json' };
import { HEADS, type ReaderModel } from './learned.js';

export function loadModel(json: unknown): ReaderModel | null {
  if (typeof json !== 'object' || json === null) return null;
  const version: unknown = Reflect.get(json, 'version');
  const heads: unknown = Reflect.get(json, 'heads');
  const bias: unknown = Reflect.get(json, 'bias');
  const weights: unknown = Reflect.get(json, 'weights');
  if (version !== 1 || !Array.isArray(heads) || !Array.isArray(bias) || typeof weights !== 'object' || weights === null) return null;
  if (heads.length !== HEADS.length || heads.some((h, i) => h !== HEADS[i])) return null;
  if (bias.length !== heads.length || bias.some((b) => typeof b !== 'number')) return null;
  const out: Record<string, number[]> = {};
  for (const [feature, pairs] of Object.entries(weights)) {
    if (!Array.isArray(pairs) || pairs.length % 2 !== 0) return null;
    if (pairs.some((x, i) => typeof x !== 'number' || (i % 2 === 0 && (x < 0 || x >= heads.length || !Number.isInteger(x))))) return null;
    out[feature] = pairs.map(Number);
  }
  return { version, heads: heads.map(String), bias: bias.map(Number), weights: out };
}

export const SHIPPED_MODEL: ReaderModel | null = loadModel(shipped);
