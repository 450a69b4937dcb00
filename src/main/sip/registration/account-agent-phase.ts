/**
 * What an AccountAgent is doing.
 *
 * ```txt
 *             register()               connected                 2xx
 *   Idle ─────────────────► Connecting ─────────► Registering ─────────► Registered
 *    ▲                        ▲     │                 │                      │
 *    │                        │     │ cannot connect  │ 408/480/5xx,         │ connection lost,
 *    │           backoff timer│     ▼                 ▼ no answer            │ refresh rejected or expired,
 *    │                        └── Waiting ◄───────────┘                      │ networkChanged()/resumed()
 *    │                              ▲                                        │ with a dead connection
 *    │                              └─── (if the immediate retry fails) ◄────┘──► Connecting (at once)
 *    │
 *    │  401/403/407 after the digest, other 4xx, bad configuration:  Registering ──► Halted
 *    │  Halted waits for the user: register() (Login) or a changed account (a new agent).
 *    │
 *    └── Unregistering ◄── unregister() from any phase (REGISTER with expires 0, bounded, then disconnect)
 *
 *   dispose() from any phase ──► Disposed (final)
 * ```
 * - Idle: the user does not want registration (not yet started, or Deregister). Nothing is sent.
 * - Connecting: the transport is connecting (or reconnecting).
 * - Registering: our REGISTER is out; waiting for the final answer.
 * - Registered: sip.js refreshes at 90% of the granted expiry; the transport keeps the connection alive.
 * - Waiting: the last attempt failed for a reason that may pass (server down, timeout, 5xx,
 *   certificate), or registrations keep ending early (before stableAfterMs); the next attempt is
 *   scheduled with exponential backoff and jitter. Failed attempts count from the last accepted
 *   REGISTER; refused connects count apart and wait at most refusedRetryMaxMs (1 s).
 * - Halted: failed for a reason only the user can fix; no retries, so no retry storm.
 * - Unregistering: removing our binding from the registrar before going Idle.
 */
export type AccountAgentPhase =
  'idle' | 'connecting' | 'registering' | 'registered' | 'waiting' | 'halted' | 'unregistering' | 'disposed';
