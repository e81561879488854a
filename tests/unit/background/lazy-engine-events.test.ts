import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENGINE_EVENTS } from '../../../utils/background/lazy-engine';

const root = path.resolve(__dirname, '../../..');

/** The background's code: the engine entrypoint and utils/ (UI code lives in components/ and other entrypoints). */
function backgroundSources(): string[] {
  const files: string[] = [path.join(root, 'entrypoints/background-engine.ts')];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (/\.tsx?$/.test(name)) files.push(file);
    }
  };
  walk(path.join(root, 'utils'));
  return files;
}

describe('the events the bootstrap forwards to the engine', () => {
  it('are exactly the browser events the background listens to', () => {
    const used = new Set<string>();
    for (const file of backgroundSources()) {
      for (const match of readFileSync(file, 'utf8').matchAll(/browser\.(\w+)\.(on\w+)\.addListener/g)) used.add(`${match[1]}.${match[2]}`);
    }
    // An event missing from the list would never wake the worker; one listed but unused would wake it for nothing.
    expect([...used].sort()).toEqual([...ENGINE_EVENTS].sort());
  });
});
