import { describe, expect, it } from 'vitest';
import { classifyConnectionError, errorCodeOf } from '../../../../src/main/net/connection-error';

const withCode = (code: string): Error => Object.assign(new Error(code), { code });

describe('classifyConnectionError', () => {
  it.each([
    ['CERT_HAS_EXPIRED', 'certificate', /expired/],
    ['ECONNREFUSED', 'unreachable', /refused/],
    ['ENETUNREACH', 'network', /online/],
    ['ETIMEDOUT', 'timeout', /in time/],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls', /secure connection/],
    ['EPROTO', 'tls', /secure connection/],
  ])('sorts %s as %s and names the problem', (code, kind, reason) => {
    const problem = classifyConnectionError(withCode(code));
    expect(problem).toMatchObject({ kind, code });
    expect(problem?.reason).toMatch(reason);
  });

  it('reads the first code of an AggregateError', () => {
    const error = new AggregateError([new Error('no code'), withCode('EHOSTUNREACH')], 'connect failed');
    expect(errorCodeOf(error)).toBe('EHOSTUNREACH');
    expect(classifyConnectionError(error)?.kind).toBe('unreachable');
  });

  it('says nothing about codes it does not know or errors without one', () => {
    expect(classifyConnectionError(withCode('ESOMETHINGELSE'))).toBeUndefined();
    expect(classifyConnectionError(new Error('plain'))).toBeUndefined();
    expect(classifyConnectionError('text')).toBeUndefined();
  });
});
