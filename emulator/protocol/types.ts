/** The decoded body of one `POST /admin` call: JSON fields, or multipart fields (binary parts as Buffers). */
export type ApiParams = Record<string, unknown>;

export interface ApiContext {
  /** Server time of the request, in ms: what `db.serverDate()` resolves to. */
  now: number;
  /** e.g. http://127.0.0.1:8788, for URLs the emulator hands out. */
  baseUrl: string;
}

/** A successful reply. `body` is the top-level JSON object; the HTTP edge adds `requestId`. */
export type ApiReply = { kind: 'json'; body: Record<string, unknown> } | { kind: 'binary'; contentType: string; body: Buffer };

export type ActionHandler = (params: ApiParams, context: ApiContext) => ApiReply | Promise<ApiReply>;

/** Most actions answer `{data: …}`. */
export const dataReply = (data: Record<string, unknown>): ApiReply => ({ kind: 'json', body: { data } });
