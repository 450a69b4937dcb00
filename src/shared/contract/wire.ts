/**
 * Messages of the web shell's WebSocket, which carries the same contract as
 * Electron's IPC. Both sides validate what they receive with these schemas.
 */
import { z } from 'zod';
import { contractErrorSchema } from './errors';

const messageId = z.number().int().nonnegative();
/** Request, media request and event names are short (`contactSources.refresh`). */
const name = z.string().max(128);

export const clientMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('request'), id: messageId, method: name, params: z.unknown() }),
  z.object({
    type: z.literal('mediaResponse'),
    id: messageId,
    ok: z.boolean(),
    result: z.unknown().optional(),
    error: contractErrorSchema.optional(),
  }),
]);
export type ClientMessage = z.infer<typeof clientMessageSchema>;

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('response'),
    id: messageId,
    ok: z.boolean(),
    result: z.unknown().optional(),
    error: contractErrorSchema.optional(),
  }),
  z.object({ type: z.literal('event'), event: name, payload: z.unknown() }),
  z.object({ type: z.literal('mediaRequest'), id: messageId, method: name, params: z.unknown() }),
]);
export type ServerMessage = z.infer<typeof serverMessageSchema>;

/** Path of the WebSocket endpoint and the query parameter carrying the per-run token. */
export const webShellSocketPath = '/ws';
export const webShellTokenParam = 'token';
