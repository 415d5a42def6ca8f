import { isStoreErrorCode, StoreError } from '../store/errors';
import { CHANNEL, type Api, type Request, type RequestType, type Response } from './protocol';

export type Send = (message: unknown) => Promise<unknown>;

/**
 * A typed client over any transport (runtime.sendMessage in the extension, a direct call in tests).
 * Failures throw: a `StoreError` when the background gave a code, a plain Error otherwise.
 */
export function createClient(send: Send) {
  return async function request<T extends RequestType>(type: T, body: Api[T]['req']): Promise<Api[T]['res']> {
    const request = { type, ...body } as Request<T>;
    const response = (await send({ channel: CHANNEL, request })) as Response<T> | undefined;
    if (!response) throw new Error(`Seller Desk background did not answer ${type}`);
    // The code survives the trip so each page can say what happened in the merchant's language.
    if (!response.ok)
      throw isStoreErrorCode(response.code)
        ? new StoreError(response.code, response.error)
        : new Error(response.error);
    return response.data;
  };
}

export type Client = ReturnType<typeof createClient>;
