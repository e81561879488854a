import { readFileSync } from 'node:fs';
import path from 'node:path';

// Vitest runs from the repository root.
const PAGES = path.resolve('tests/fixtures/pages/webmail');

/** A fixture page parsed as the browser would, without running its scripts. */
export function loadFixture(page: string): Document {
  return new DOMParser().parseFromString(readFileSync(path.join(PAGES, page), 'utf8'), 'text/html');
}
