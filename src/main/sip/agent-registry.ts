import type { UserAgent } from 'sip.js';
import type { RegistrationAgent } from './registration/registration-agent';

/**
 * The accounts' SIP agents, by account id. SipService puts and removes them as it reconciles; the
 * call manager, BLF lamps, MWI and links read the registered UserAgents here. Both sides receive the
 * registry, so neither needs the other to exist first.
 */
export class AgentRegistry {
  private readonly agents = new Map<string, RegistrationAgent>();

  /** @param accountOrder the account ids in account order (AccountService.list). */
  constructor(private readonly accountOrder: () => readonly string[]) {}

  put(accountId: string, agent: RegistrationAgent | undefined): void {
    if (agent) this.agents.set(accountId, agent);
    else this.agents.delete(accountId);
  }

  remove(accountId: string): void {
    this.agents.delete(accountId);
  }

  clear(): void {
    this.agents.clear();
  }

  agent(accountId: string): RegistrationAgent | undefined {
    return this.agents.get(accountId);
  }

  /** The UserAgent of a registered account (the call manager's view), or undefined. */
  userAgentOf(accountId: string): UserAgent | undefined {
    const agent = this.agent(accountId);
    return agent?.registration.state === 'registered' ? agent.userAgent : undefined;
  }

  /** Registered accounts in account order. */
  registeredAccountIds(): string[] {
    return this.accountOrder().filter((id) => this.agent(id)?.registration.state === 'registered');
  }
}
