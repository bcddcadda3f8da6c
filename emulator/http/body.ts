import busboy from 'busboy';
import type { IncomingMessage } from 'node:http';
import { invalidParam } from '../errors';
import type { ApiParams } from '../protocol/types';

/** Uploads go to COS by PUT; an API body is small JSON or a small multipart open API call. */
const MAX_API_BODY = 50 * 1024 * 1024;

export async function readBody(req: IncomingMessage, limit = MAX_API_BODY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw invalidParam(`request body larger than ${limit} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Multipart fields as strings, binary parts (the protobuf requestData) as Buffers. */
function parseMultipart(req: IncomingMessage, body: Buffer): Promise<ApiParams> {
  return new Promise((resolve, reject) => {
    const params: ApiParams = {};
    const parser = busboy({ headers: req.headers });
    parser.on('field', (name, value) => {
      params[name] = value;
    });
    parser.on('file', (name, stream) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        params[name] = Buffer.concat(chunks);
      });
    });
    parser.on('close', () => resolve(params));
    parser.on('error', (error) => reject(invalidParam(`bad multipart body: ${(error as Error).message}`)));
    parser.end(body);
  });
}

export async function parseApiBody(req: IncomingMessage, body: Buffer): Promise<ApiParams> {
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return parseMultipart(req, body);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw invalidParam('request body must be JSON');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidParam('request body must be a JSON object');
  return parsed as ApiParams;
}
