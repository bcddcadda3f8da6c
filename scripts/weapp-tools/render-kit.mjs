#!/usr/bin/env node
// What the page-render harness (tests/weapp) needs from WeChat's tools, as JSON on stdout: `gwx`, wcc's page
// renderer compiled from every WXML of the build, and `wxApis`, the names of the `wx` object's APIs that exist
// (from miniprogram-api-typings), so that a page calling anything else is caught. Usage: render-kit.mjs DIST
import fs from 'node:fs';
import path from 'node:path';
import { ensureWeappTools } from './tools.mjs';
import { compileWxml } from './wechat.mjs';

const dist = path.resolve(process.argv[2] ?? 'dist');
const tools = ensureWeappTools();
// Comments hold code samples with braces of their own: drop them before finding the interface's end.
const typings = fs.readFileSync(path.join(tools.apiTypingsDir, 'types', 'wx', 'lib.wx.api.d.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
const wxInterface = typings.slice(typings.indexOf('interface Wx {'));
const members = wxInterface.slice(0, wxInterface.indexOf('\n    }\n'));
const wxApis = [...new Set([...members.matchAll(/^ {8}([A-Za-z]\w*)[<(:?]/gm)].map((match) => match[1]))].sort();
process.stdout.write(JSON.stringify({ gwx: compileWxml(tools.wcc, dist), wxApis }));
