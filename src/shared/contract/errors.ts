import { z } from 'zod';
import type { UserText } from './user-text';
import { userTextSchema } from './user-text';

/**
 * Error codes a request can fail with. The renderer translates the code; the
 * message is the English detail, `field` names the offending setting or param.
 */
export const errorCodes = [
  'UNKNOWN_METHOD',
  'INVALID_PARAMS',
  'VALIDATION',
  'NOT_FOUND',
  'LOCKED',
  'SECRET_STORE',
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export const contractErrorSchema = z.object({
  code: z.enum(errorCodes),
  message: z.string().max(8192),
  /** A param's path or a setting's full key; a refused record key is part of the path. */
  field: z.string().max(1024).optional(),
  /** The message as a catalogue code with parameters, when main has one: the UI shows it in its language. */
  text: userTextSchema.optional(),
});
export type ContractErrorData = z.infer<typeof contractErrorSchema>;

export class ContractError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly text: UserText | undefined;

  constructor(code: ErrorCode, message: string, field?: string, text?: UserText) {
    super(message);
    this.name = 'ContractError';
    this.code = code;
    this.field = field;
    this.text = text;
  }

  toData(): ContractErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.text === undefined ? {} : { text: this.text }),
    };
  }

  static fromData(data: ContractErrorData): ContractError {
    return new ContractError(data.code, data.message, data.field, data.text);
  }
}

/** What travels back for every request, over IPC or the web shell's WebSocket. */
export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: contractErrorSchema }),
]);
export type ResponseEnvelope = z.infer<typeof responseEnvelopeSchema>;
