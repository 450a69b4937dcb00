// Calls between two bench phones through the contract, every step bounded.
import type { CallView } from '../../src/shared/contract';
import type { ContractClient } from '../../tests/e2e/support/contract-client';
import { bounded, until } from './bounded';

interface Phone {
  name: string;
  client: ContractClient;
}

export function waitForCalls(
  phone: Phone,
  test: (calls: CallView[]) => boolean,
  timeoutMs = 10_000,
  what = 'the awaited state',
): Promise<CallView[]> {
  const waiting = new Promise<CallView[]>((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`${phone.name}: calls did not reach ${what} within ${timeoutMs} ms`));
    }, timeoutMs);
    const off = phone.client.on('calls.changed', ({ calls }) => {
      if (!test(calls)) return;
      clearTimeout(timer);
      off();
      resolve(calls);
    });
  });
  // a wait given up on (the step before it failed) must not end the bench as an unhandled rejection
  waiting.catch(() => undefined);
  return waiting;
}

/**
 * The phone refuses a sixth new call from one caller within 10 s (486, src/main/sip/calls/
 * incoming-call-guard.ts): consecutive calls from one phone start at least this far apart (5 calls span
 * 12.5 s, so a loaded machine delaying one INVITE by a second still stays under the limit).
 */
export const CALL_PACE_MS = 2_500;
const lastDial = new WeakMap<Phone, number>();

export async function paceDial(caller: Phone): Promise<void> {
  const wait = (lastDial.get(caller) ?? 0) + CALL_PACE_MS - performance.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  lastDial.set(caller, performance.now());
}

export interface EstablishedCall {
  callerId: string;
  calleeId: string;
  /** Date.now() just before B's calls.answer request was sent. */
  answeredAt: number;
}

/** A dials `target`, B answers as soon as it rings; resolves once both ends show the call active. */
export async function establishCall(
  a: Phone,
  b: Phone,
  target: string,
  beforeAnswer: () => Promise<void> = () => Promise.resolve(),
): Promise<EstablishedCall> {
  await paceDial(a);
  const incoming = waitForCalls(
    b,
    (calls) => calls.some((c) => c.state === 'incoming'),
    10_000,
    'a ringing call',
  );
  const activeA = waitForCalls(
    a,
    (calls) => calls.some((c) => c.state === 'active'),
    10_000,
    'an active call',
  );
  const dialled = await bounded(a.client.request('calls.dial', { target }), 10_000, `${a.name} dial`);
  const ringing = await incoming;
  const call = ringing.find((c) => c.state === 'incoming')!;
  const activeB = waitForCalls(
    b,
    (calls) => calls.some((c) => c.id === call.id && c.state === 'active'),
    10_000,
    'the answered call active',
  );
  await beforeAnswer();
  const answeredAt = Date.now();
  await bounded(b.client.request('calls.answer', { callId: call.id }), 10_000, `${b.name} answer`);
  await Promise.all([activeA, activeB]);
  return { callerId: dialled.id, calleeId: call.id, answeredAt };
}

export async function liveCalls(phone: Phone): Promise<CallView[]> {
  return (await bounded(phone.client.request('calls.list', {}), 5_000, `${phone.name} calls.list`)).filter(
    (c) => c.state !== 'ended',
  );
}

/** Hangs up whatever is left on each phone and waits (bounded) until none is; false if some stayed. */
export async function hangUpEverything(phones: Phone[], timeoutMs = 10_000): Promise<boolean> {
  for (const phone of phones)
    for (const call of await liveCalls(phone).catch(() => []))
      await bounded(phone.client.request('calls.hangup', { callId: call.id }), 5_000, 'hangup').catch(
        () => undefined,
      );
  const results = await Promise.all(
    phones.map((phone) => until(async () => (await liveCalls(phone)).length === 0, timeoutMs, 100)),
  );
  return results.every(Boolean);
}
