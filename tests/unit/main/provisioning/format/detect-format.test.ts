import { describe, expect, it } from 'vitest';
import { detectFormat, stripBom } from '../../../../../src/main/provisioning/format/detect-format';
import { ProvisioningFormatError } from '../../../../../src/main/provisioning/provisioning-document';

function refusal(text: string): ProvisioningFormatError {
  try {
    detectFormat(stripBom(text));
  } catch (error) {
    if (error instanceof ProvisioningFormatError) return error;
    throw error;
  }
  throw new Error('expected a ProvisioningFormatError');
}

describe('detectFormat', () => {
  it('reads a leading { as our JSON format, after spaces', () => {
    expect(detectFormat('{"format":"softphone-provisioning"}')).toBe('softphone-json');
    expect(detectFormat('\n\t  {\n}')).toBe('softphone-json');
  });

  it('reads key = value lines as a device configuration, past comments, blanks and sections', () => {
    expect(detectFormat('account.1.enable = 1')).toBe('device-keyvalue');
    expect(detectFormat('#!version:1.0.0.1\n; note\n\n[ account ]\naccount.1.user_name=201\n')).toBe(
      'device-keyvalue',
    );
  });

  it('strips a UTF-8 byte-order mark', () => {
    expect(detectFormat(stripBom('\uFEFF{"a":1}'))).toBe('softphone-json');
    expect(detectFormat(stripBom('\uFEFFaccount.1.enable = 1'))).toBe('device-keyvalue');
    expect(stripBom('no bom')).toBe('no bom');
  });

  it('refuses garbage with line 1', () => {
    const error = refusal('this is not a configuration\nfoo = bar');
    expect(error.message).toMatch(/neither the softphone JSON format nor a key = value/);
    expect(error.line).toBe(1);
  });

  it('says when it looks like XML or HTML (a login page, another phone format)', () => {
    expect(refusal('<?xml version="1.0"?><settings/>').message).toMatch(/XML or HTML/);
    expect(refusal('  <!DOCTYPE html><html></html>').line).toBe(1);
  });

  it('refuses an empty file, or one with only comments', () => {
    expect(refusal('').message).toMatch(/empty/);
    expect(refusal('\uFEFF  \n\n').message).toMatch(/empty/);
    expect(refusal('# nothing\n; here\n[section]\n').message).toMatch(/empty/);
  });

  it('refuses binary data', () => {
    expect(refusal('\u0000\u0001\u0002PK\u0003\u0004').line).toBe(1);
  });
});
