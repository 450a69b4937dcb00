import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../lab/process';
import { requireLab } from '../../lab/secret-service';
import { startSlapd, type SlapdLab } from '../../lab/slapd';

const LDIF = [
  'dn: ou=people,dc=example,dc=com',
  'objectClass: organizationalUnit',
  'ou: people',
  '',
  'dn: cn=Jürgen Müller,ou=people,dc=example,dc=com',
  'objectClass: inetOrgPerson',
  'cn: Jürgen Müller',
  'sn: Müller',
  'givenName: Jürgen',
  'telephoneNumber: +49 30 1234567',
  'mail: juergen.mueller@example.com',
  '',
].join('\n');

/** ldapsearch prints non-ASCII values base64-encoded (`attr:: ...`); decode them. */
function values(ldif: string, attribute: string): string[] {
  const unfolded = ldif.replace(/\n /g, '');
  const result: string[] = [];
  for (const line of unfolded.split('\n')) {
    const match = /^([^:]+)(::?) ?(.*)$/.exec(line);
    if (!match || match[1]!.toLowerCase() !== attribute.toLowerCase()) continue;
    result.push(match[2] === '::' ? Buffer.from(match[3]!, 'base64').toString('utf8') : match[3]!);
  }
  return result;
}

describe('lab slapd', { timeout: 15_000 }, () => {
  requireLab();
  let lab: SlapdLab | undefined;

  beforeAll(async () => {
    lab = await startSlapd({ ldif: LDIF });
  }, 20_000);

  afterAll(async () => {
    await lab?.stop();
  }, 10_000);

  const current = (): SlapdLab => {
    if (!lab) throw new Error('slapd did not start');
    return lab;
  };

  it('finds the entry with umlauts through ldapsearch', async () => {
    const { url, baseDn, bindDn, bindPassword } = current();
    const out = await run('ldapsearch', [
      '-x',
      '-LLL',
      '-o',
      'ldif-wrap=no',
      '-H',
      url,
      '-b',
      baseDn,
      '-D',
      bindDn,
      '-w',
      bindPassword,
      '(cn=*)',
    ]);
    expect(values(out, 'cn')).toContain('Jürgen Müller');
    expect(values(out, 'telephoneNumber')).toContain('+49 30 1234567');
  });

  it('matches a search filter written with umlauts', async () => {
    const { url, baseDn, bindDn, bindPassword } = current();
    const out = await run('ldapsearch', [
      '-x',
      '-LLL',
      '-H',
      url,
      '-b',
      baseDn,
      '-D',
      bindDn,
      '-w',
      bindPassword,
      '(sn=Müller)',
      'mail',
    ]);
    expect(values(out, 'mail')).toEqual(['juergen.mueller@example.com']);
  });

  it('refuses a wrong bind password', async () => {
    const { url, baseDn, bindDn } = current();
    await expect(
      run('ldapsearch', ['-x', '-H', url, '-b', baseDn, '-D', bindDn, '-w', 'wrong', '(cn=*)']),
    ).rejects.toThrow(/Invalid credentials|49/);
  });
});
