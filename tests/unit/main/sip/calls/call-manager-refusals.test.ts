import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractError } from '../../../../../src/shared/contract';
import { accountSettingGroups } from '../../../../../src/shared/settings/account-settings';
import { englishText, translate } from '../../../../../src/main/i18n/translator';
import { SettingCatalog } from '../../../../../src/main/settings/setting-catalog';
import type { CallManagerOptions } from '../../../../../src/main/sip/calls/call-manager';
import { useFakeClock } from '../../../../support/fake-clock';
import { phoneWithScriptedFarEnd } from './scripted-far-end';

beforeEach(() => useFakeClock());
afterEach(() => vi.useRealTimers());

/** The far end calls; the call is left ringing (incoming) unless `answer` is set. */
async function phoneWithCall(answer: boolean, options: Partial<CallManagerOptions> = {}) {
  const phone = await phoneWithScriptedFarEnd(options);
  phone.farEnd.call();
  await vi.advanceTimersByTimeAsync(20);
  const id = phone.calls.list()[0]?.id ?? '';
  if (answer) {
    await phone.calls.answer(id);
    await vi.advanceTimersByTimeAsync(20);
  }
  return { ...phone, id };
}

/** The request's refusal: a ContractError whose English message is its code's English text. */
async function refusal(request: Promise<unknown> | (() => unknown)): Promise<ContractError> {
  let error: unknown;
  try {
    await (typeof request === 'function' ? request() : request);
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(ContractError);
  const contractError = error as ContractError;
  expect(contractError.text).toBeDefined();
  if (contractError.text) expect(englishText(contractError.text)).toBe(contractError.message);
  return contractError;
}

function german(error: ContractError): string {
  return translate('de', `codes.${error.text?.key ?? ''}`, error.text?.params);
}

/** Account settings with the voicemail transfer number set. */
function withVoicemailNumber(): Partial<CallManagerOptions> {
  const account = { ...new SettingCatalog(accountSettingGroups).defaults() };
  account['extensions.voicemailTransferNumber'] = '8000';
  return { accountSetting: () => (key) => account[key] };
}

describe('CallManager: refusals travel as catalogue codes, the English message for the log', () => {
  it('a call that is gone: call.ended', async () => {
    const phone = await phoneWithScriptedFarEnd();
    const error = await refusal(phone.calls.hold('no-such-call', true));
    expect(error).toMatchObject({ code: 'NOT_FOUND', field: 'callId', text: { key: 'call.ended' } });
    expect(error.message).toBe('This call has already ended.');
    expect(german(error)).toBe('Dieser Anruf ist bereits beendet.');
  });

  it('answering a call that is already active: call.notPossible with action and state as codes', async () => {
    const phone = await phoneWithCall(true);
    const error = await refusal(phone.calls.answer(phone.id));
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      field: 'callId',
      text: { key: 'call.notPossible', params: { action: 'answer', state: 'active' } },
    });
    expect(error.message).toBe('Cannot answer a call that is active.');
    expect(german(error)).toBe('Annehmen ist nicht möglich: Der Anruf ist bereits verbunden.');
  });

  it('rejecting an active call, holding, measuring or sending keys on a ringing one: their actions', async () => {
    const answered = await phoneWithCall(true);
    expect((await refusal(answered.calls.reject(answered.id))).text?.params).toEqual({
      action: 'reject',
      state: 'active',
    });

    const ringing = await phoneWithCall(false);
    const hold = await refusal(ringing.calls.hold(ringing.id, true));
    expect(hold.text?.params).toEqual({ action: 'hold', state: 'incoming' });
    expect(hold.message).toBe('Cannot hold a call that is incoming.');
    expect(german(hold)).toBe('Halten ist nicht möglich: Der Anruf ist noch nicht angenommen.');
    const resume = await refusal(ringing.calls.hold(ringing.id, false));
    expect(resume.text?.params).toEqual({ action: 'resume', state: 'incoming' });
    const stats = await refusal(() => ringing.calls.stats(ringing.id));
    expect(stats.text?.params).toEqual({ action: 'measure', state: 'incoming' });
    const keys = await refusal(ringing.calls.dtmf(ringing.id, '1'));
    expect(keys.text?.params).toEqual({ action: 'sendKeys', state: 'incoming' });
    expect(keys.message).toBe('Cannot send key presses on a call that is incoming.');
    expect(german(keys)).toBe(
      'Senden von Tastentönen ist nicht möglich: Der Anruf ist noch nicht angenommen.',
    );
  });

  it('muting or switching the speaker of an ended call: mute, switchSpeaker', async () => {
    const phone = await phoneWithCall(true);
    await phone.calls.hangup(phone.id);
    await vi.advanceTimersByTimeAsync(20);
    expect(phone.calls.list()[0]?.state).toBe('ended');
    const mute = await refusal(phone.calls.mute(phone.id, true));
    expect(mute.text?.params).toEqual({ action: 'mute', state: 'ended' });
    const speaker = await refusal(phone.calls.speaker(phone.id, true));
    expect(speaker.text?.params).toEqual({ action: 'switchSpeaker', state: 'ended' });
    expect(speaker.message).toBe('Cannot switch the speaker of a call that is ended.');
    expect(german(speaker)).toBe(
      'Umschalten des Lautsprechers ist nicht möglich: Der Anruf ist bereits beendet.',
    );
  });

  it('transferring a call still dialling: transfer', async () => {
    const phone = await phoneWithScriptedFarEnd(withVoicemailNumber());
    phone.farEnd.reInviteAnswers = ['silence'];
    const call = await phone.calls.dial('200');
    const error = await refusal(phone.calls.toVoicemail(call.id));
    expect(error.text?.params).toEqual({ action: 'transfer', state: 'dialing' });
    expect(error.message).toBe('Cannot transfer a call that is dialing.');
    expect(german(error)).toBe('Weiterleiten ist nicht möglich: Der Anruf wird gerade gewählt.');
  });

  it('to voicemail without a transfer number: call.noVoicemailNumber', async () => {
    const phone = await phoneWithCall(false);
    const error = await refusal(phone.calls.toVoicemail(phone.id));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', text: { key: 'call.noVoicemailNumber' } });
    expect(german(error)).toMatch(/^Für dieses Konto ist keine Mailbox-Rufnummer/);
  });

  it('to voicemail from an account that is not registered: call.notRegistered', async () => {
    const phone = await phoneWithCall(false, {
      ...withVoicemailNumber(),
      agents: { userAgentOf: () => undefined, registeredAccountIds: () => [] },
    });
    const error = await refusal(phone.calls.toVoicemail(phone.id));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', text: { key: 'call.notRegistered' } });
    expect(error.message).toBe('The account is not registered.');
    expect(german(error)).toBe('Das Konto ist nicht angemeldet.');
  });

  it('a transfer to voicemail the other side declines: call.voicemailRefused', async () => {
    const phone = await phoneWithCall(true, withVoicemailNumber());
    phone.farEnd.referAnswer = 603;
    const transfer = refusal(phone.calls.toVoicemail(phone.id));
    await vi.advanceTimersByTimeAsync(2100);
    const error = await transfer;
    expect(phone.farEnd.sentRequests('REFER')).toHaveLength(1);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', text: { key: 'call.voicemailRefused' } });
    expect(error.message).toBe('The other side refused the transfer to voicemail.');
    expect(german(error)).toBe('Die Gegenseite hat die Weiterleitung an die Mailbox abgelehnt.');
    expect(phone.calls.list()[0]?.state).toBe('active');
  });

  it('key presses with no media engine to send them: call.keyPressesFailed', async () => {
    const phone = await phoneWithCall(true);
    phone.media.channel.attach(() => Promise.resolve({}))();
    const error = await refusal(phone.calls.dtmf(phone.id, '1'));
    expect(error).toMatchObject({ code: 'UNAVAILABLE', text: { key: 'call.keyPressesFailed' } });
    expect(error.message).toBe('The key presses could not be sent on this call.');
    expect(german(error)).toBe('Die Tastentöne konnten in diesem Anruf nicht gesendet werden.');
  });
});
