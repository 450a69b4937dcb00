import { describe, expect, it } from 'vitest';
import { parseDeviceKeyValue } from '../../../../../src/main/provisioning/format/device-keyvalue';
import { i18nOptions } from '../../../../../src/shared/i18n/catalogue';
import i18next from 'i18next';
import { provisioningNoticeText } from '../../../../../src/renderer/features/provisioning/provisioning-text';

// Account blocks as PBXs generate them for desk phones that speak SIP over UDP/TCP/TLS with SDES.
const deskPhone = (lines: string) => `#!version:1.0.0.1
account.1.enable = 1
account.1.user_name = 201
account.1.sip_server.1.address = pbx.example.com
${lines}
`;

const en = i18next.createInstance();
void en.init(i18nOptions('en'));
const de = i18next.createInstance();
void de.init(i18nOptions('de'));

describe('transport and SRTP values this phone cannot use yet', () => {
  it('report each as a catalogue code with parameters, and the account keeps WebSocket', () => {
    const doc = parseDeviceKeyValue(deskPhone('account.1.sip_server.1.transport_type = 0'));
    expect(doc.accounts[0]?.settings['network.transport']).toBe('wss');
    expect(doc.notices).toEqual([
      {
        code: 'transportNotUsable',
        params: { account: '1', key: 'account.1.sip_server.1.transport_type', transport: 'UDP' },
      },
    ]);
    const [notice] = doc.notices ?? [];
    expect(provisioningNoticeText(en.t, notice!, 'en')).toBe(
      'Account 1: the PBX asks for SIP over UDP (account.1.sip_server.1.transport_type), which this phone cannot use yet; the account uses WebSocket (WSS).',
    );
    expect(provisioningNoticeText(de.t, notice!, 'de')).toBe(
      'Konto 1: Die Telefonanlage verlangt SIP über UDP (account.1.sip_server.1.transport_type), das dieses Telefon noch nicht nutzen kann; das Konto verwendet WebSocket (WSS).',
    );
  });

  it('names TCP and TLS the same way, and says nothing for WSS or DNS-NAPTR', () => {
    const codes = (value: string) =>
      (parseDeviceKeyValue(deskPhone(`account.1.transport = ${value}`)).notices ?? []).map(
        (notice) => notice.params['transport'],
      );
    expect([1, 2, 3].map((value) => codes(String(value)))).toEqual([['TCP'], ['TLS'], []]);
    expect(codes('wss')).toEqual([]);
  });

  it('reports SDES, optional SRTP and no SRTP, and keeps DTLS-SRTP', () => {
    for (const [value, code] of [
      ['2', 'srtpSdes'],
      ['1', 'srtpOptional'],
      ['0', 'srtpOff'],
    ] as const) {
      const doc = parseDeviceKeyValue(deskPhone(`account.1.srtp_encryption = ${value}`));
      expect(doc.accounts[0]?.settings['encryption.srtpKeyNegotiation']).toBe('dtls');
      expect(doc.notices).toEqual([{ code, params: { account: '1', key: 'account.1.srtp_encryption' } }]);
      for (const [t, language] of [
        [en.t, 'en'],
        [de.t, 'de'],
      ] as const) {
        const text = provisioningNoticeText(t, doc.notices![0]!, language);
        expect(text).toContain('DTLS-SRTP');
        expect(text).not.toMatch(/\{\{|provisioning\.notice/);
      }
    }
    expect(provisioningNoticeText(en.t, { code: 'srtpSdes', params: { account: '1', key: 'k' } }, 'en')).toBe(
      'Account 1: the PBX asks for SRTP with SDES keys (k), which this phone cannot use yet; calls are encrypted with DTLS-SRTP.',
    );
  });
});
