import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

export const newRequestId = (): string => randomBytes(12).toString('hex');

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendBinary(res: ServerResponse, contentType: string, body: Buffer): void {
  res.writeHead(200, { 'content-type': contentType, 'content-length': body.length });
  res.end(body);
}

const escapeXml = (text: string): string => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** COS answers failures as XML; the SDK needs all four tags to report one. */
export function sendCosError(res: ServerResponse, status: number, code: string, message: string): void {
  const requestId = newRequestId();
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${escapeXml(code)}</Code><Message>${escapeXml(message)}</Message>` +
    `<RequestId>${requestId}</RequestId><TraceId>${requestId}</TraceId></Error>`;
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(xml) });
  res.end(xml);
}
