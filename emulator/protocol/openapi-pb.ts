import { Reader, Writer } from 'protobufjs/minimal';

/**
 * The two protobuf messages of `wx.openApi`, hand-coded (schema: wx-server-sdk's src/protobuf/openapi.js):
 *   CommApiData     { int32 apiType=1; OpenApiData openapiData=2; …; string appid=6 }
 *   OpenApiData     { repeated KeyValuePair pairs=1 }
 *   KeyValuePair    { string key=1; bytes value=2; string contenttype=3; string filename=4 }
 *   CommOpenApiResp { bytes respData=1; string contentType=2; int32 errorCode=3; uint32 httpCode=4; … }
 */
export interface KeyValuePair {
  key: string;
  value: Uint8Array;
}

export interface CommApiData {
  apiType: number;
  pairs: KeyValuePair[];
  appid: string;
}

const WIRE_LENGTH_DELIMITED = 2;

function decodePair(reader: Reader, end: number): KeyValuePair {
  const pair: KeyValuePair = { key: '', value: new Uint8Array() };
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1) pair.key = reader.string();
    else if (tag >>> 3 === 2) pair.value = reader.bytes();
    else reader.skipType(tag & 7);
  }
  return pair;
}

function decodeOpenApiData(reader: Reader, end: number): KeyValuePair[] {
  const pairs: KeyValuePair[] = [];
  while (reader.pos < end) {
    const tag = reader.uint32();
    if (tag >>> 3 === 1 && (tag & 7) === WIRE_LENGTH_DELIMITED) pairs.push(decodePair(reader, reader.uint32() + reader.pos));
    else reader.skipType(tag & 7);
  }
  return pairs;
}

export function decodeCommApiData(bytes: Uint8Array): CommApiData {
  const reader = Reader.create(bytes);
  const message: CommApiData = { apiType: 0, pairs: [], appid: '' };
  while (reader.pos < reader.len) {
    const tag = reader.uint32();
    const field = tag >>> 3;
    if (field === 1) message.apiType = reader.int32();
    else if (field === 2 && (tag & 7) === WIRE_LENGTH_DELIMITED) message.pairs.push(...decodeOpenApiData(reader, reader.uint32() + reader.pos));
    else if (field === 6) message.appid = reader.string();
    else reader.skipType(tag & 7);
  }
  return message;
}

export interface CommOpenApiResp {
  respData: Uint8Array;
  contentType: string;
  errorCode?: number;
  httpCode?: number;
}

export function encodeCommOpenApiResp(resp: CommOpenApiResp): Buffer {
  const writer = Writer.create();
  writer.uint32((1 << 3) | 2).bytes(resp.respData);
  writer.uint32((2 << 3) | 2).string(resp.contentType);
  if (resp.errorCode) writer.uint32(3 << 3).int32(resp.errorCode);
  if (resp.httpCode) writer.uint32(4 << 3).uint32(resp.httpCode);
  return Buffer.from(writer.finish());
}
