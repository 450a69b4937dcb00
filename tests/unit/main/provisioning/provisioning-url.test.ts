import { describe, expect, it } from 'vitest';
import { englishText, translate } from '../../../../src/main/i18n/translator';
import {
  ProvisioningUrlError,
  resolveProvisioningUrl,
} from '../../../../src/main/provisioning/provisioning-url';

describe('resolveProvisioningUrl', () => {
  it('uses a full URL as it is', () => {
    expect(resolveProvisioningUrl(' https://pbx.example.com/prov/phone.json ')).toEqual({
      url: 'https://pbx.example.com/prov/phone.json',
      display: 'https://pbx.example.com/prov/phone.json',
      accessKey: false,
    });
  });

  it.each([
    ['pbx.example.com', 'https://pbx.example.com/provisioning'],
    ['pbx.example.com:8443', 'https://pbx.example.com:8443/provisioning'],
    ['192.0.2.10', 'https://192.0.2.10/provisioning'],
    ['[2001:db8::1]:8443', 'https://[2001:db8::1]:8443/provisioning'],
    ['pbx.example.com/custom/path', 'https://pbx.example.com/custom/path'],
  ])('turns the PBX address %s into %s', (input, url) => {
    expect(resolveProvisioningUrl(input).url).toBe(url);
  });

  it('takes credentials out of the URL', () => {
    const target = resolveProvisioningUrl('https://al%40ice:s3cr%3At@pbx.example.com/p');
    expect(target).toMatchObject({
      url: 'https://pbx.example.com/p',
      userName: 'al@ice',
      password: 's3cr:t',
    });
    expect(target.display).not.toContain('s3cr');
  });

  it('recognises an access-key link and masks the key for display', () => {
    const target = resolveProvisioningUrl('https://pbx.example.com:8448/Zx8f0aB1cD2eF3gH4iJ5.cfg');
    expect(target.accessKey).toBe(true);
    expect(target.url).toBe('https://pbx.example.com:8448/Zx8f0aB1cD2eF3gH4iJ5.cfg');
    expect(target.display).toBe('https://pbx.example.com:8448/Zx8f….cfg');
  });

  it.each(['', 'ftp://pbx.example.com/x', 'https://'])('refuses %j', (input) => {
    expect(() => resolveProvisioningUrl(input)).toThrow(ProvisioningUrlError);
  });

  it.each([
    ['', 'provisioningUrl.noServer'],
    ['https://', 'provisioningUrl.notWebAddress'],
    ['ftp://pbx.example.com/x', 'provisioningUrl.schemeNotSupported'],
  ])('sends the refusal of %j as a code that reads as its message', (input, key) => {
    const error = (() => {
      try {
        resolveProvisioningUrl(input);
      } catch (thrown) {
        return thrown;
      }
      return undefined;
    })() as ProvisioningUrlError;
    expect(error.text?.key).toBe(key);
    expect(englishText(error.text!)).toBe(error.message);
    expect(translate('de', `codes.${error.text!.key}`, error.text!.params)).not.toBe(error.message);
  });
});
