/**
 * The account a link dials through: the one `calls.dial` picks when no account is named (the first
 * registered, in account order), with the host its numbers are sent to.
 */
export interface DiallingAccount {
  id: string;
  /** host[:port] of the account's own SIP address (`credentials.domain`). */
  domain: string;
}

/** What diallingAccountOf needs of the SIP service (SipService fits; a test passes a small fake). */
export interface RegisteredAgents {
  /** Registered accounts in account order. */
  registeredAccountIds(): string[];
  userAgentOf(accountId: string): { configuration: { uri: { host: string; port?: number } } } | undefined;
}

/**
 * The first registered account and the host of its address: exactly where calls.dial sends a number
 * (and so where tel:/callto: links go), read from the registered UserAgent rather than the settings,
 * which may have been edited since it registered.
 */
export function diallingAccountOf(agents: RegisteredAgents): DiallingAccount | undefined {
  const [id] = agents.registeredAccountIds();
  const uri = id === undefined ? undefined : agents.userAgentOf(id)?.configuration.uri;
  if (id === undefined || uri === undefined) return undefined;
  return { id, domain: uri.port ? `${uri.host}:${uri.port}` : uri.host };
}
