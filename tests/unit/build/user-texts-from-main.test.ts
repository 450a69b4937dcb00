// Main sends codes, not sentences (issue #11, one text system): every ContractError that main raises
// with a code the user sees carries a catalogue code (the 4th argument), so a German screen never shows
// main's English message. Developer-facing codes (a request the renderer should never send) are exempt.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../../..');
// SECRET_STORE carries the keychain's own message for the log; the renderer words it from the code alone.
const exempt = new Set(['UNKNOWN_METHOD', 'INVALID_PARAMS', 'INTERNAL', 'SECRET_STORE']);

/** `file:line code` for each `new ContractError(code, message[, field])` without a text. */
function untranslatedErrors(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isNewExpression(node) && node.expression.getText(file) === 'ContractError') {
      const [code, , , text] = node.arguments ?? [];
      const codeText = code && ts.isStringLiteral(code) ? code.text : code?.getText(file);
      if (!exempt.has(codeText ?? '') && text === undefined) {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push(`${fileName}:${line + 1} ${codeText}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('texts main sends to screens', () => {
  it('finds a user-facing ContractError without a catalogue code, and lets developer-facing ones pass', () => {
    const source = `
      throw new ContractError('UNAVAILABLE', 'The account is not registered.');
      throw new ContractError('NOT_FOUND', 'gone', 'id', { key: 'calls.ended' });
      throw new ContractError('INVALID_PARAMS', 'bad params');`;
    expect(untranslatedErrors('example.ts', source)).toEqual(['example.ts:2 UNAVAILABLE']);
  });

  it('every user-facing ContractError in src/main carries a catalogue code', () => {
    const files = sourceFiles(join(root, 'src/main'));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((path) =>
      untranslatedErrors(relative(root, path), readFileSync(path, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
