import { describe, expect, it } from 'vitest';
import type { RegisteredAgents } from '../../../../src/main/links/dialling-account';
import { diallingAccountOf } from '../../../../src/main/links/dialling-account';

function agents(
  registered: string[],
  uris: Record<string, { host: string; port?: number }>,
): RegisteredAgents {
  return {
    registeredAccountIds: () => registered,
    userAgentOf: (id) => {
      const uri = uris[id];
      return uri === undefined ? undefined : { configuration: { uri } };
    },
  };
}

describe('diallingAccountOf', () => {
  it('is the first registered account, as calls.dial picks it, with the host of its address', () => {
    const sip = agents(['b', 'a'], {
      a: { host: 'a.example.com' },
      b: { host: 'pbx.example.com', port: 5061 },
    });
    expect(diallingAccountOf(sip)).toEqual({ id: 'b', domain: 'pbx.example.com:5061' });
  });

  it('is undefined when no account is registered or its agent is gone', () => {
    expect(diallingAccountOf(agents([], {}))).toBeUndefined();
    expect(diallingAccountOf(agents(['a'], {}))).toBeUndefined();
  });
});
