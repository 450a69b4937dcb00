import { z } from 'zod';

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
});
export type ContractErrorData = z.infer<typeof contractErrorSchema>;

export class ContractError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;

  constructor(code: ErrorCode, message: string, field?: string) {
    super(message);
    this.name = 'ContractError';
    this.code = code;
    this.field = field;
  }

  toData(): ContractErrorData {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }

  static fromData(data: ContractErrorData): ContractError {
    return new ContractError(data.code, data.message, data.field);
  }
}

/** What travels back for every request, over IPC or the web shell's WebSocket. */
export const responseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), result: z.unknown() }),
  z.object({ ok: z.literal(false), error: contractErrorSchema }),
]);
export type ResponseEnvelope = z.infer<typeof responseEnvelopeSchema>;
