import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { parseDeviceKeyValue } from '../../../../../src/main/provisioning/format/device-keyvalue';
import { provisioningNoticeText } from '../../../../../src/renderer/features/provisioning/provisioning-text';
import { i18nOptions } from '../../../../../src/shared/i18n/catalogue';

const en = i18next.createInstance();
void en.init(i18nOptions('en'));
const de = i18next.createInstance();
void de.init(i18nOptions('de'));

describe('the InterCom permission of a device file', () => {
  it('sets "On transfer request" and says the value is stored but not used yet', () => {
    const doc = parseDeviceKeyValue('#!version:1.0.0.1\nstatic.features.intercom.allow = 1\n');
    expect(doc.unknownKeys).toEqual([]);
    expect(doc.settings['functions.automation.callEvents.transferRequestMode']).toBe('intercom');
    const notice = doc.notices?.[0];
    expect(notice).toEqual({
      code: 'storedNotUsed',
      params: {
        key: 'static.features.intercom.allow',
        setting: 'functions.automation.callEvents.transferRequestMode',
      },
    });
    expect(provisioningNoticeText(en.t, notice!, 'en')).toBe(
      '“On transfer request” (static.features.intercom.allow) is stored, but the phone does not use it yet.',
    );
    expect(provisioningNoticeText(de.t, notice!, 'de')).toMatch(
      /^„.+“ \(static\.features\.intercom\.allow\) ist gespeichert, wird vom Telefon aber noch nicht verwendet\.$/,
    );
  });

  it('without the permission sets the default, still saying so', () => {
    const doc = parseDeviceKeyValue('features.intercom.allow = 0');
    expect(doc.settings['functions.automation.callEvents.transferRequestMode']).toBe('accept');
    expect(doc.notices?.map((n) => n.code)).toEqual(['storedNotUsed']);
    expect(() => parseDeviceKeyValue('features.intercom.allow = maybe')).toThrow(
      /Line 1: features\.intercom\.allow/,
    );
  });
});
