import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import type { ActionName, ActionOutput } from '../../../core/actions';
import type { LocalApp } from '../../../scripts/local-app';
import { DEMO_PEOPLE } from '../../../scripts/demo/demo-unit';
import { openPhone } from './app';

/** Holds the phone of a demo person: the dev server's session cookie, set in this page's browser context. */
export async function loginAs(page: Page, app: LocalApp, name: string): Promise<void> {
  const members = (await (await page.request.get(`${app.devServer.url}/dev/members`)).json()) as { id: string; name: string }[];
  const member = members.find((candidate) => candidate.name === name);
  if (!member) throw new Error(`no demo member named ${name}`);
  const answer = await page.request.post(`${app.devServer.url}/dev/login`, { data: { memberId: member.id } });
  if (!answer.ok()) throw new Error(`/dev/login answered ${answer.status()}`);
}

/** A page of the H5 app (hash router), e.g. appUrl(app, 'pages/tasks/index'). */
/** A phone in the hand of a demo person; `viewport` for one held another way (turned, or a wider screen). */
export async function phoneOf(browser: Browser, app: LocalApp, name: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await openPhone(browser);
  if (viewport) await page.setViewportSize(viewport);
  await loginAs(page, app, name);
  return page;
}

export function appUrl(app: LocalApp, path: string): string {
  return `${app.devServer.url}/#/${path}`;
}

export function openidOf(name: string): string {
  const person = DEMO_PEOPLE.find((candidate) => candidate.name === name);
  if (!person) throw new Error(`no demo person named ${name}`);
  return person.openid;
}

/** Runs an action as a demo person's phone would, for arranging what a test needs; throws on a refusal. */
export async function callAs<A extends ActionName>(app: LocalApp, name: string, action: A, input: unknown): Promise<ActionOutput<A>> {
  const answer = (await app.emulator.invokeFunction('api', { action, input }, { OPENID: openidOf(name), SOURCE: 'wx_client' })) as
    | { ok: true; data: ActionOutput<A> }
    | { ok: false; code: string; message: string };
  if (!answer.ok) throw new Error(`${action} as ${name} answered ${answer.code}: ${answer.message}`);
  return answer.data;
}

// A real PNG, so the browser draws a thumbnail: a solid square in one colour.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A `size`×`size` PNG photo stand-in in the colour [r, g, b]. */
export function solidPng(size: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.alloc(1 + size * 3);
  for (let x = 0; x < size; x += 1) row.set([r, g, b], 1 + x * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** A minimal PDF, enough to be a document a cadre attaches. */
export function smallPdf(): Buffer {
  return Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
}
