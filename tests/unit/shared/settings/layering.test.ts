import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// src/shared runs in main and renderer alike; see ARCHITECTURE.md "Three layers".
const dir = join(import.meta.dirname, '../../../../src/shared/settings');

describe('src/shared/settings layering', () => {
  it('imports only zod, sibling modules and the shared text catalogue', () => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      const specifiers = [...source.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
      for (const spec of specifiers) expect(spec, name).toMatch(/^(zod|\.\/[\w-]+|\.\.\/i18n\/[\w-]+)$/);
    }
  });
});
