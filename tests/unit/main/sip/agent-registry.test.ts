import type { UserAgent } from 'sip.js';
import { describe, expect, it } from 'vitest';
import { AgentRegistry } from '../../../../src/main/sip/agent-registry';
import type { RegistrationAgent } from '../../../../src/main/sip/registration/registration-agent';
import type { RegistrationStatus } from '../../../../src/main/sip/registration/registration-failure';

function agent(accountId: string, state: RegistrationStatus['state']): RegistrationAgent {
  const userAgent = { accountId } as unknown as UserAgent;
  return {
    accountId,
    userAgent,
    registration: { state },
    wantsRegistration: true,
    register: () => undefined,
    unregister: () => Promise.resolve(),
    connect: () => Promise.resolve(),
    networkChanged: () => undefined,
    resumed: () => undefined,
    dispose: () => Promise.resolve(),
  };
}

describe('AgentRegistry', () => {
  it('offers only registered agents, in account order', () => {
    let order = ['a', 'b', 'c'];
    const registry = new AgentRegistry(() => order);
    const c = agent('c', 'registered');
    registry.put('c', c);
    registry.put('b', agent('b', 'failed'));
    registry.put('a', agent('a', 'registered'));
    expect(registry.registeredAccountIds()).toEqual(['a', 'c']);
    expect(registry.userAgentOf('c')).toBe(c.userAgent);
    expect(registry.userAgentOf('b')).toBeUndefined();
    order = ['c', 'a', 'b'];
    expect(registry.registeredAccountIds()).toEqual(['c', 'a']);
  });

  it('forgets an account put without an agent, removed, or cleared', () => {
    const registry = new AgentRegistry(() => ['a', 'b']);
    registry.put('a', agent('a', 'registered'));
    registry.put('b', agent('b', 'registered'));
    registry.put('a', undefined);
    expect(registry.agent('a')).toBeUndefined();
    registry.remove('b');
    expect(registry.registeredAccountIds()).toEqual([]);
    registry.put('a', agent('a', 'registered'));
    registry.clear();
    expect(registry.userAgentOf('a')).toBeUndefined();
  });
});
