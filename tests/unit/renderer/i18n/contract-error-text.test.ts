import { describe, expect, it } from 'vitest';
import { ContractError } from '../../../../src/shared/contract';
import { asContractError, contractErrorText } from '../../../../src/renderer/i18n/contract-error-text';
import { createI18n } from '../../../../src/renderer/i18n/i18n';

describe('contractErrorText', () => {
  it('says what failed and what to do, naming the field, in English', () => {
    const { t } = createI18n('en');
    const text = contractErrorText(
      t,
      new ContractError('LOCKED', 'locked', 'advanced.stun.server'),
      'STUN server',
    );
    expect(text).toBe('STUN server: This value is provisioned. Ask your administrator to change it.');
  });

  it('does the same in German', () => {
    const { t } = createI18n('de');
    expect(contractErrorText(t, new ContractError('SECRET_STORE', 'keychain locked'))).toBe(
      'Der Schlüsselbund des Systems konnte nicht verwendet werden. ' +
        'Entsperren Sie den Schlüsselbund oder melden Sie sich neu an und versuchen Sie es erneut.',
    );
  });

  it('shows main’s detail for a validation refusal', () => {
    const { t } = createI18n('en');
    expect(contractErrorText(t, new ContractError('VALIDATION', 'must be at most 60'))).toContain(
      '(must be at most 60)',
    );
  });

  it('shows contact-source and CSV refusals main sent as codes in German, several mapping problems at once', () => {
    const english =
      'Assign at least one column to a phone number. Assign at least one column to the last name, the display name or the company.';
    const mapping = new ContractError('VALIDATION', english, 'mapping', {
      key: 'csv.twoProblems',
      params: { first: 'noPhoneColumn', second: 'noNameColumn' },
    });
    const german = contractErrorText(createI18n('de').t, mapping);
    expect(german).toContain(
      'Ordnen Sie mindestens eine Spalte einer Telefonnummer zu. Ordnen Sie mindestens eine Spalte dem Nachnamen, dem Anzeigenamen oder der Firma zu.',
    );
    expect(german).not.toContain('Assign');
    expect(contractErrorText(createI18n('en').t, mapping)).toContain(english);
    const signIn = new ContractError('VALIDATION', '"Firma" does not use a browser sign-in.', 'id', {
      key: 'contactSources.noBrowserSignIn',
      params: { name: 'Firma' },
    });
    expect(contractErrorText(createI18n('de').t, signIn)).toContain(
      '„Firma“ verwendet keine Anmeldung im Browser.',
    );
  });

  it('shows a validation refusal main sent as a code in the UI language, not its English sentence', () => {
    const refusal = new ContractError(
      'VALIDATION',
      'This number cannot be dialled as a SIP address.',
      'target',
      { key: 'dial.notSipAddress' },
    );
    const german = contractErrorText(createI18n('de').t, refusal);
    expect(german).toContain('Diese Nummer kann nicht als SIP-Adresse gewählt werden.');
    expect(german).not.toContain('cannot be dialled');
    expect(contractErrorText(createI18n('en').t, refusal)).toContain(
      'This number cannot be dialled as a SIP address.',
    );
  });

  it('shows the precise text main sent instead of the code’s general sentence, in the UI language', () => {
    const refused = new ContractError(
      'UNAVAILABLE',
      'The other side did not accept the hold. Try again.',
      undefined,
      {
        key: 'call.holdRefused',
      },
    );
    expect(contractErrorText(createI18n('en').t, refused)).toBe(
      'The other side did not accept the hold. Try again.',
    );
    const german = contractErrorText(createI18n('de').t, refused);
    expect(german).not.toContain('did not accept');
    expect(german).not.toBe(contractErrorText(createI18n('de').t, new ContractError('UNAVAILABLE', 'x')));
  });

  it('keeps the whom-to-ask hint of a provisioned value after main’s text', () => {
    const locked = new ContractError('LOCKED', 'The LDAP server is provisioned.', 'server', {
      key: 'history.gone',
    });
    expect(contractErrorText(createI18n('en').t, locked, 'Server')).toBe(
      'Server: This call is no longer in the history. Ask your administrator to change it.',
    );
  });

  it('names a refused setting by its label in the UI language', () => {
    const refusal = new ContractError(
      'VALIDATION',
      'STUN port must be at most 65535.',
      'advanced.stun.port',
      {
        key: 'settings.invalid',
        params: { setting: 'advanced.stun.port', problem: 'atMost', max: 65535 },
      },
    );
    expect(contractErrorText(createI18n('de').t, refusal)).toContain(
      '„STUN-Port“ darf höchstens 65535 sein.',
    );
  });

  it('treats anything else that was thrown as INTERNAL', () => {
    expect(asContractError(new Error('boom'))).toMatchObject({ code: 'INTERNAL', message: 'boom' });
    expect(asContractError('plain')).toMatchObject({ code: 'INTERNAL', message: 'plain' });
  });
});
