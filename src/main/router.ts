import type { RequestName, RequestParams, RequestResult, ResponseEnvelope } from '../shared/contract';
import { ContractError, isRequestName, requests } from '../shared/contract';
import type { Logger } from './log/logger';
import { worded } from './i18n/translator';

export type RequestHandlers = {
  [M in RequestName]: (params: RequestParams<M>) => RequestResult<M> | Promise<RequestResult<M>>;
};

/**
 * The single entry for every request from a renderer, whatever shell carried
 * it. Unknown methods and malformed params are refused with a typed error;
 * results are parsed through their schema so nothing outside the contract
 * (a secret on an object, say) can leak to the renderer.
 */
export class Router {
  constructor(
    private readonly handlers: RequestHandlers,
    private readonly logger: Logger,
  ) {}

  async handle(method: unknown, params: unknown): Promise<ResponseEnvelope> {
    try {
      if (!isRequestName(method)) {
        throw new ContractError('UNKNOWN_METHOD', `Unknown request ${describe(method)}.`);
      }
      const spec = requests[method];
      const parsed = spec.params.safeParse(params ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issue?.path.join('.') || undefined;
        throw new ContractError(
          'INVALID_PARAMS',
          `Invalid request ${method}: ${issue?.message ?? 'bad params'}.`,
          field,
        );
      }
      const handler = this.handlers[method] as (p: unknown) => unknown;
      const result: unknown = await handler(parsed.data);
      return { ok: true, result: spec.result.parse(result) };
    } catch (error) {
      if (error instanceof ContractError) return { ok: false, error: error.toData() };
      this.logger.error(`Request ${describe(method)} failed`, error);
      return { ok: false, error: internalError(error).toData() };
    }
  }
}

function internalError(error: unknown): ContractError {
  if (error instanceof Error && error.name === 'SecretStoreError') {
    return new ContractError('SECRET_STORE', error.message);
  }
  const { text, english } = worded('app.internal');
  return new ContractError('INTERNAL', english, undefined, text);
}

function describe(method: unknown): string {
  return typeof method === 'string' ? JSON.stringify(method.slice(0, 80)) : typeof method;
}
