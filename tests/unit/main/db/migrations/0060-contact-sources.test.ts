import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../../../src/main/db/database';

describe('0060-contact-sources', () => {
  it('stores sources with strict columns, unique provision keys, and adds the history contact column', () => {
    const db = openDatabase(':memory:');
    const insert = db.prepare(
      `INSERT INTO contact_sources (id, kind, name, enabled, hide_without_name, hide_without_phone,
         use_account_id, config, provision_key, position) VALUES (?, ?, 'n', 1, 0, 0, '', '{}', ?, 1)`,
    );
    insert.run('xml:a', 'xml', 'k1');
    expect(() => insert.run('xml:b', 'xml', 'k1')).toThrow(/UNIQUE/);
    expect(() => insert.run('local', 'local', null)).toThrow(/CHECK/);
    expect(() => insert.run('ldap:c', 'ldap', null)).not.toThrow();
    const columns = db.prepare('PRAGMA table_info(call_history)').all() as { name: string }[];
    expect(columns.map((c) => c.name)).toContain('contact');
  });
});
