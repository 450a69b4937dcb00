import { describe, expect, it } from 'vitest';
import { parseDeviceKeyValue } from '../../../../../src/main/provisioning/format/device-keyvalue';

// One account as a PBX writes it for a desk phone; the server line varies.
const account = (server: string) => `#!version:1.0.0.1
account.1.enable = 1
account.1.user_name = 201
${server}
`;

function read(server: string) {
  const doc = parseDeviceKeyValue(account(server));
  return { settings: doc.accounts[0]?.settings ?? {}, notices: doc.notices ?? [] };
}

describe('a SIP server with a port', () => {
  it('keeps the port out of the domain, and reports a UDP port this phone cannot use', () => {
    const { settings, notices } = read('account.1.sip_server.1.address = pbx.example.com:5070');
    expect(settings['credentials.domain']).toBe('pbx.example.com');
    expect(settings).not.toHaveProperty('optionalCredentials.wsUrl');
    expect(notices).toEqual([
      {
        code: 'sipPortNotUsed',
        params: {
          account: '1',
          key: 'account.1.sip_server.1.address',
          port: '5070',
          domain: 'pbx.example.com',
        },
      },
    ]);
  });

  it('takes the port key apart the same way, for IPv6 in brackets and bare IPv6 too', () => {
    const separate = read(
      'account.1.sip_server.1.address = pbx.example.com\naccount.1.sip_server.1.port = 5070',
    );
    expect(separate.settings['credentials.domain']).toBe('pbx.example.com');
    expect(separate.notices[0]?.params).toMatchObject({ key: 'account.1.sip_server.1.port', port: '5070' });
    expect(read('account.1.sip_server.1.address = [2001:db8::1]:5070').settings['credentials.domain']).toBe(
      '[2001:db8::1]',
    );
    const bare = read('account.1.sip_server.1.address = 2001:db8::1\naccount.1.sip_server.1.port = 5070');
    expect(bare.settings['credentials.domain']).toBe('[2001:db8::1]');
    expect(bare.notices[0]?.params['port']).toBe('5070');
  });

  it('puts a port given with the WSS transport where this phone connects: the WebSocket server', () => {
    const { settings, notices } = read(
      'account.1.sip_server.1.address = [2001:db8::1]:8089\naccount.1.sip_server.1.transport_type = wss',
    );
    expect(settings['credentials.domain']).toBe('[2001:db8::1]');
    expect(settings['optionalCredentials.wsUrl']).toBe('wss://[2001:db8::1]:8089/ws');
    expect(notices).toEqual([]);
  });

  it('reports nothing for a port of 0 or none', () => {
    for (const server of [
      'account.1.sip_server.1.address = pbx.example.com\naccount.1.sip_server.1.port = 0',
      'account.1.sip_server.1.address = pbx.example.com',
    ]) {
      const { settings, notices } = read(server);
      expect(settings['credentials.domain']).toBe('pbx.example.com');
      expect(notices).toEqual([]);
    }
  });
});
