import { describe, expect, it } from 'vitest';
import { parseProvisioningFile } from '../../../../../src/main/provisioning/format/parse-provisioning-file';
import { ProvisioningFormatError } from '../../../../../src/main/provisioning/provisioning-document';

function outcome(text: string): ProvisioningFormatError | 'parsed' {
  try {
    parseProvisioningFile(text);
    return 'parsed';
  } catch (error) {
    if (error instanceof ProvisioningFormatError) return error;
    throw error;
  }
}

describe('parseProvisioningFile', () => {
  it('dispatches on the content, BOM or not', () => {
    expect(parseProvisioningFile('\uFEFF{"format":"softphone-provisioning","version":1}').format).toBe(
      'softphone-json',
    );
    expect(
      parseProvisioningFile('\uFEFFaccount.1.user_name = 201\r\naccount.1.sip_server.1.address = pbx')
        .accounts,
    ).toEqual([{ key: '1', settings: { 'credentials.userName': '201', 'credentials.domain': 'pbx' } }]);
  });

  it('refuses what is neither format with a ProvisioningFormatError', () => {
    expect(outcome('Hello')).toMatchObject({ line: 1 });
    expect(outcome('')).toMatchObject({ line: 1 });
  });

  describe('hostile input: an error or ignored, never a crash or a hang', () => {
    it('100k lines of unknown keys: parsed quickly, the unknown list capped', () => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `vendor.key${i} = ${i}`).join('\n');
      const started = Date.now();
      const doc = parseProvisioningFile(lines);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(doc.unknownKeys).toHaveLength(1000);
    });

    it('100k accounts keys: bounded by the account number range', () => {
      const lines = Array.from({ length: 100_000 }, (_, i) => `account.${i + 1}.user_name = u${i}`).join(
        '\n',
      );
      const doc = parseProvisioningFile(lines);
      expect(doc.accounts).toHaveLength(999);
      expect(doc.unknownKeys).toHaveLength(1000);
    });

    it('a 5 MB line: as a value it is passed on, without "=" it is refused by line', () => {
      const long = 'x'.repeat(5_000_000);
      const doc = parseProvisioningFile(`account.1.user_name = 1\naccount.1.label = ${long}`);
      expect(doc.accounts[0]?.settings['account.name']).toHaveLength(5_000_000);
      const error = outcome(`account.1.user_name = 1\n${long}`);
      expect(error).toMatchObject({ line: 2 });
      expect((error as Error).message.length).toBeLessThan(200);
      const longKey = outcome(`account.1.user_name = 1\n${long} = 1`);
      expect(longKey).toMatchObject({ line: 2 });
    });

    it('many spaces and comment characters do not backtrack', () => {
      const started = Date.now();
      parseProvisioningFile(`a = ${' '.repeat(1_000_000)}x${' #'.repeat(500_000)}`);
      parseProvisioningFile(`a = "${' '.repeat(1_000_000)}`.replace(/$/, '"'));
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('control characters: in a key refused by line, in a value passed on for the schema to refuse', () => {
      expect(outcome('account.1.user_name = 1\nacc\u0000ount.1.label = x')).toMatchObject({ line: 2 });
      const doc = parseProvisioningFile('account.1.user_name = 1\naccount.1.label = a\u0007b\u001bc');
      expect(doc.accounts[0]?.settings['account.name']).toBe('a\u0007b\u001bc');
      expect(outcome('\u0000\u0000\u0000')).toMatchObject({ line: 1 });
    });

    it('old Mac line ends (CR only) are lines too', () => {
      const doc = parseProvisioningFile('account.1.user_name = 1\raccount.1.label = Mac');
      expect(doc.accounts[0]?.settings['account.name']).toBe('Mac');
    });
  });
});
