import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The fenced code blocks of docs/provisioning.md, so the documentation's examples are tested as written. */
export function docExample(language: 'json' | 'ini'): string {
  const doc = readFileSync(
    fileURLToPath(new URL('../../../../../docs/provisioning.md', import.meta.url)),
    'utf8',
  );
  const match = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(doc);
  if (!match?.[1]) throw new Error(`docs/provisioning.md has no \`\`\`${language} example`);
  return match[1];
}
