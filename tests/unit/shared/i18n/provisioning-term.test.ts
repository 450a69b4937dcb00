import { describe, expect, it } from 'vitest';
import { de } from '../../../../src/shared/i18n/de';
import { en } from '../../../../src/shared/i18n/en';

// Issue #13 ("One term for provisioning throughout"): English says "provisioning", German says
// "Provisionierung"; other words for the same thing (Bereitstellung, auto-provisioning) are not used.
function strings(tree: object, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]): [string, string][] => {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    return typeof value === 'string' ? [[path, value]] : strings(value as object, path);
  });
}

describe('the word for provisioning', () => {
  it('is "Provisionierung" (provisionieren) in every German string', () => {
    const other = /bereitstell|auto-?provision|provisioning(?!\.)|einspielen/i;
    const offending = strings(de).filter(([, text]) => other.test(text.replace(/https?:\/\/\S+/g, '')));
    expect(offending).toEqual([]);
  });

  it('is "provisioning" (provision) in every English string', () => {
    const other = /auto-?provision|auto-?config|deploy/i;
    expect(strings(en).filter(([, text]) => other.test(text))).toEqual([]);
  });

  it('names the insecure-HTTP setting the same way wherever German text points at it', () => {
    const label = 'Unverschlüsseltes HTTP für die Provisionierung erlauben';
    const mentions = strings(de).filter(([, text]) => /Unverschlüsseltes HTTP für/.test(text));
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    for (const [, text] of mentions) expect(text).toContain(label);
  });
});
