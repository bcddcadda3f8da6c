import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import vm from 'node:vm';
import type { Emulator } from '../../../emulator';

// The built mini-program (dist/) run the way WeChat runs it, as far as Node can: app.js and a page's JS in a vm
// context with a `wx` object, the page's data rendered through wcc's $gwx (WeChat's own WXML compiler). What it
// cannot see: layout and WXSS (no rendering engine), native components' insides (canvas pixels, pickers), taps.

const ROOT = join(__dirname, '..', '..', '..');
export const DIST = process.env.WEAPP_DIST ?? join(ROOT, 'dist');

/** A node of $gwx's virtual tree: an element or a text. */
type VirtualNode = string | { tag: string; attr?: Record<string, unknown>; children?: VirtualNode[] };
type Element = Exclude<VirtualNode, string>;
type Callbacks = { success?: (result: unknown) => void; fail?: (error: unknown) => void; complete?: (result: unknown) => void };
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> };
type PrivacyListener = (resolve: (option: unknown) => void, eventInfo: { referrer: string }) => void;

export interface RenderedPage {
  route: string;
  /** The text a person reads, in document order, one line per text node. */
  text: string[];
  /** The elements carrying `className` (e.g. the deadline badges): their classes and the text inside. */
  elements(className: string): { classes: string[]; text: string }[];
  /** Tags rendered (wx-view, wx-canvas, …), each with how often. */
  tags: Map<string, number>;
  /** Exceptions thrown by the page, the app, a timer or a callback; failed cloud calls are not exceptions. */
  exceptions: string[];
  /**
   * The WXML runtime's warnings, less one: this wcc build evaluates Taro's xs.c (which picks an input's or textarea's
   * _focus/_blur template) to undefined, so inputs and textareas render empty here (a gap of the harness, not of
   * WeChat). A template missing by name (`tmpl_0_123`) is still reported.
   */
  wxmlWarnings: string[];
  /** wx APIs the page called that the stub does not provide, and names it read that WeChat does not have. */
  unknownApis: string[];
  /** Actions the page called, with the code of each refusal. */
  calls: { action: string; ok: boolean; code?: string }[];
}

interface RenderKit {
  gwx: string;
  wxApis: string[];
}

let kit: RenderKit | undefined;

/** wcc's renderer of every WXML in dist/ and the list of real wx APIs (installs WeChat's tools on first use). */
function renderKit(): RenderKit {
  kit ??= JSON.parse(execFileSync(process.execPath, [join(ROOT, 'scripts', 'weapp-tools', 'render-kit.mjs'), DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as RenderKit;
  return kit;
}

type Renderer = (data: Record<string, unknown>, extra: Record<string, unknown>, global: Record<string, unknown>) => Element;
let gwx: ((path: string) => Renderer | undefined) | undefined;
/** What WeChat's WXML runtime warned about during the last render (a template that is not there, …). */
const wxmlWarnings: string[] = [];

/** $gwx runs in a context of its own: it expects a browser-like `window`, which the app's context must not have. */
function renderer(path: string): Renderer {
  if (!gwx) {
    const context: Record<string, unknown> = { console: { log: () => undefined, warn: (message: unknown) => wxmlWarnings.push(String(message)) } };
    context.window = context;
    vm.createContext(context);
    vm.runInContext(renderKit().gwx, context, { filename: 'gwx.js' });
    gwx = context.$gwx as (path: string) => Renderer | undefined;
  }
  const render = gwx(path);
  if (!render) throw new Error(`wcc compiled no ${path}`);
  return render;
}

/** WeChat's setData: keys are paths like `root.cn.[0].v` or `list[2].name`, values replace what is there. */
function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split(/\.|(?=\[)/).filter(Boolean).map((key) => (/^\[\d+\]$/.test(key) ? Number(key.slice(1, -1)) : key));
    let target = data as Record<string | number, unknown>;
    for (const [index, key] of keys.entries()) {
      if (index === keys.length - 1) target[key] = value;
      else {
        if (typeof target[key] !== 'object' || target[key] === null) target[key] = typeof keys[index + 1] === 'number' ? [] : {};
        target = target[key] as Record<string | number, unknown>;
      }
    }
  }
}

function textOf(node: VirtualNode, lines: string[], tags: Map<string, number>): void {
  if (typeof node === 'string') {
    const line = node.trim();
    if (line) lines.push(line);
    return;
  }
  tags.set(node.tag, (tags.get(node.tag) ?? 0) + 1);
  for (const child of node.children ?? []) textOf(child, lines, tags);
}

function elementsWithClass(node: VirtualNode, className: string): Element[] {
  if (typeof node === 'string') return [];
  const classes = String(node.attr?.class ?? '').split(/\s+/);
  const own = classes.includes(className) ? [node] : [];
  return [...own, ...(node.children ?? []).flatMap((child) => elementsWithClass(child, className))];
}

/** The innermost element whose text reads `label`. */
function deepestWithText(node: Element, label: string): Element | undefined {
  for (const child of node.children ?? []) {
    if (typeof child === 'string') continue;
    const inner = deepestWithText(child, label);
    if (inner) return inner;
  }
  const lines: string[] = [];
  textOf(node, lines, new Map());
  return lines.join('') === label ? node : undefined;
}

const describe = (error: unknown) => (error instanceof Error ? `${error.message}\n${error.stack?.split('\n').slice(1, 4).join('\n') ?? ''}` : String(error));

/** A phone: this member's WeChat, with the mini-program freshly started on it. */
export class Phone {
  private readonly exceptions: string[] = [];
  private readonly unknownApis = new Set<string>();
  private readonly calls: RenderedPage['calls'] = [];
  private readonly storage = new Map<string, unknown>();
  private readonly modules = new Map<string, { exports: unknown }>();
  private readonly context: vm.Context;
  private pending = 0;
  private lastActivity = Date.now();
  private app: Record<string, unknown> | undefined;
  private pageConfig: PageConfig | undefined;
  private readonly pages: Record<string, unknown>[] = [];
  private opened: { route: string; page: Record<string, unknown>; firstException: number; firstCall: number } | undefined;
  private tree: Element | undefined;
  private privacyListener: PrivacyListener | undefined;
  /** The toasts shown, in order. */
  readonly toasts: string[] = [];

  constructor(
    private readonly cloud: Emulator,
    private readonly openid: string,
  ) {
    const sandbox: Record<string, unknown> = {
      console: { log: () => undefined, info: () => undefined, debug: () => undefined, warn: () => undefined, error: (...args: unknown[]) => this.exceptions.push(`console.error: ${args.map(String).join(' ')}`) },
      setTimeout: (fn: () => void, ms?: number) => setTimeout(this.guard(fn), ms),
      clearTimeout,
      setInterval: (fn: () => void, ms?: number) => setInterval(this.guard(fn), ms),
      clearInterval,
      Promise,
      App: (options: Record<string, unknown>) => {
        this.app = options;
      },
      Page: (config: PageConfig) => {
        this.pageConfig = config;
      },
      Component: () => undefined,
      Behavior: (options: unknown) => options,
      getApp: () => this.app,
      getCurrentPages: () => this.pages,
      wx: this.wxStub(),
    };
    this.context = vm.createContext(sandbox);
  }

  /** Runs `fn` and keeps what it throws as the page's exception instead of losing it in a timer. */
  private guard<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
    return (...args: A) => {
      this.lastActivity = Date.now();
      try {
        fn(...args);
      } catch (error) {
        this.exceptions.push(describe(error));
      }
    };
  }

  /** wx.X(options) in WeChat's callback style, also answering a promise when no callback is given (as WeChat does). */
  private asyncApi(name: string, run: (options: Record<string, unknown>) => unknown | Promise<unknown>) {
    return (options: Record<string, unknown> & Callbacks = {}) => {
      this.pending += 1;
      this.lastActivity = Date.now();
      const done = Promise.resolve()
        .then(() => run(options))
        .then((result) => {
          const answer = { errMsg: `${name}:ok`, ...(result as object) };
          this.guard(() => options.success?.(answer))();
          this.guard(() => options.complete?.(answer))();
          return answer;
        })
        .catch((error: unknown) => {
          const answer = { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}` };
          this.guard(() => options.fail?.(answer))();
          this.guard(() => options.complete?.(answer))();
          throw answer;
        })
        .finally(() => {
          this.pending -= 1;
          this.lastActivity = Date.now();
        });
      if (options.success || options.fail || options.complete) done.catch(() => undefined);
      return done;
    };
  }

  private wxStub(): Record<string, unknown> {
    const window = { pixelRatio: 2, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 724, statusBarHeight: 44, safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 }, screenTop: 0 };
    const system = { ...window, brand: 'devtools', model: 'iPhone X', system: 'iOS 16.0', platform: 'devtools', language: 'zh_CN', version: '8.0.50', SDKVersion: '3.6.0', fontSizeSetting: 16 };
    const selectorQuery = () => {
      const results: unknown[] = [];
      const query = {
        in: () => query,
        select: () => node,
        selectAll: () => node,
        selectViewport: () => node,
        exec: (callback?: (result: unknown[]) => void) => setTimeout(this.guard(() => callback?.(results)), 0),
      };
      // No layout here: a measured node has the phone's width and no height; a canvas node has no 2d context.
      const node = {
        boundingClientRect: (callback?: (rect: unknown) => void) => add({ width: 375, height: 0, top: 0, left: 0, right: 375, bottom: 0 }, callback),
        fields: (_fields: unknown, callback?: (rect: unknown) => void) => add({ width: 375, height: 0, node: null }, callback),
        scrollOffset: (callback?: (rect: unknown) => void) => add({ scrollTop: 0, scrollLeft: 0 }, callback),
      };
      const add = (result: unknown, callback?: (result: unknown) => void) => {
        results.push(result);
        if (callback) setTimeout(this.guard(() => callback(result)), 0);
        return query;
      };
      return query;
    };
    const implemented: Record<string, unknown> = {
      env: { USER_DATA_PATH: 'wxfile://usr' },
      cloud: {
        init: () => undefined,
        callFunction: this.asyncApi('cloud.callFunction', async ({ name, data }) => {
          const result = await this.cloud.invokeFunction(String(name), data, { OPENID: this.openid, SOURCE: 'wx_client' });
          const answer = result as { ok?: boolean; code?: string };
          const action = (data as { action?: string } | undefined)?.action ?? String(name);
          this.calls.push(answer.ok === false ? { action, ok: false, code: answer.code } : { action, ok: true });
          return { result, requestID: 'harness' };
        }),
        uploadFile: this.asyncApi('cloud.uploadFile', ({ cloudPath }) => ({ fileID: `cloud://harness/${String(cloudPath)}`, statusCode: 200 })),
        getTempFileURL: this.asyncApi('cloud.getTempFileURL', ({ fileList }) => ({ fileList: (fileList as string[]).map((fileID) => ({ fileID, tempFileURL: `https://harness.invalid/${fileID}`, status: 0 })) })),
      },
      getSystemInfoSync: () => system,
      getSystemInfo: this.asyncApi('getSystemInfo', () => system),
      getWindowInfo: () => window,
      getDeviceInfo: () => ({ brand: system.brand, model: system.model, system: system.system, platform: system.platform, pixelRatio: 2 }),
      getAppBaseInfo: () => ({ SDKVersion: system.SDKVersion, language: 'zh_CN', version: system.version, theme: 'light', enableDebug: false }),
      getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, bottom: 80, left: 281, right: 368 }),
      getLaunchOptionsSync: () => ({ path: 'pages/tasks/index', query: {}, scene: 1001 }),
      getEnterOptionsSync: () => ({ path: 'pages/tasks/index', query: {}, scene: 1001 }),
      canIUse: () => true,
      nextTick: (fn: () => void) => setTimeout(this.guard(fn), 0),
      getStorageSync: (key: string) => this.storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => void this.storage.set(key, value),
      removeStorageSync: (key: string) => void this.storage.delete(key),
      getStorage: this.asyncApi('getStorage', ({ key }) => {
        if (!this.storage.has(String(key))) throw new Error('data not found');
        return { data: this.storage.get(String(key)) };
      }),
      setStorage: this.asyncApi('setStorage', ({ key, data }) => void this.storage.set(String(key), data)),
      removeStorage: this.asyncApi('removeStorage', ({ key }) => void this.storage.delete(String(key))),
      getSetting: this.asyncApi('getSetting', () => ({ authSetting: {}, subscriptionsSetting: { mainSwitch: true, itemSettings: {} } })),
      getPrivacySetting: this.asyncApi('getPrivacySetting', () => ({ needAuthorization: false, privacyContractName: '《整改通隐私保护指引》' })),
      onNeedPrivacyAuthorization: (listener: PrivacyListener) => {
        this.privacyListener = listener;
      },
      createSelectorQuery: selectorQuery,
      onAppShow: () => undefined,
      onAppHide: () => undefined,
      offAppShow: () => undefined,
      offAppHide: () => undefined,
      onWindowResize: () => undefined,
      offWindowResize: () => undefined,
      onMemoryWarning: () => undefined,
      onError: () => undefined,
      onUnhandledRejection: () => undefined,
      onThemeChange: () => undefined,
      setNavigationBarTitle: this.asyncApi('setNavigationBarTitle', () => undefined),
      setNavigationBarColor: this.asyncApi('setNavigationBarColor', () => undefined),
      stopPullDownRefresh: this.asyncApi('stopPullDownRefresh', () => undefined),
      showToast: this.asyncApi('showToast', ({ title }) => void this.toasts.push(String(title))),
      hideToast: this.asyncApi('hideToast', () => undefined),
      showLoading: this.asyncApi('showLoading', () => undefined),
      hideLoading: this.asyncApi('hideLoading', () => undefined),
      setTabBarBadge: this.asyncApi('setTabBarBadge', () => undefined),
      removeTabBarBadge: this.asyncApi('removeTabBarBadge', () => undefined),
      showTabBarRedDot: this.asyncApi('showTabBarRedDot', () => undefined),
      hideTabBarRedDot: this.asyncApi('hideTabBarRedDot', () => undefined),
      reportAnalytics: () => undefined,
    };
    const stub: Record<string, unknown> = {};
    for (const name of renderKit().wxApis) {
      stub[name] =
        implemented[name] ??
        ((...args: unknown[]) => {
          this.unknownApis.add(`wx.${name} (called; the harness has no stub for it)`);
          throw new Error(`wx.${name} is not stubbed: ${JSON.stringify(args).slice(0, 120)}`);
        });
    }
    const missing = Object.keys(implemented).filter((name) => !renderKit().wxApis.includes(name));
    if (missing.length > 0) throw new Error(`the harness stubs wx APIs WeChat does not have: ${missing.join(', ')}`);
    return new Proxy(stub, {
      get: (target, name) => {
        // webpack keeps its chunk list on wx (wx.webpackJsonp): a property of the build's own, not an API.
        if (typeof name === 'string' && !(name in target) && name !== 'webpackJsonp') this.unknownApis.add(`wx.${name} (read; WeChat has no such API)`);
        return target[name as string];
      },
    });
  }

  /** Loads a dist/ module into this phone's context, as WeChat's require does (relative to the requiring file). */
  private require(file: string): unknown {
    const path = posix.normalize(file.endsWith('.js') ? file : `${file}.js`);
    const cached = this.modules.get(path);
    if (cached) return cached.exports;
    const module = { exports: {} as unknown };
    this.modules.set(path, module);
    const source = readFileSync(join(DIST, path), 'utf8');
    const wrapped = vm.runInContext(`(function (module, exports, require) {${source}\n})`, this.context, { filename: path }) as (module: unknown, exports: unknown, require: (file: string) => unknown) => void;
    wrapped(module, module.exports, (next) => this.require(posix.join(posix.dirname(path), next)));
    return module.exports;
  }

  /** Starts the mini-program: app.js runs and App's onLaunch and onShow fire, as on a cold start. */
  launch(): void {
    this.guard(() => this.require('app.js'))();
    const app = this.app;
    if (!app) throw new Error('app.js did not call App()');
    const launch = { path: 'pages/tasks/index', query: {}, scene: 1001 };
    this.guard(() => (app.onLaunch as ((options: unknown) => void) | undefined)?.call(app, launch))();
    this.guard(() => (app.onShow as ((options: unknown) => void) | undefined)?.call(app, launch))();
  }

  /** Opens `route` with `query` as WeChat does (onLoad, onShow, onReady), waits until the page has settled, renders it. */
  async open(route: string, query: Record<string, string> = {}): Promise<RenderedPage> {
    const firstException = this.exceptions.length;
    const firstCall = this.calls.length;
    this.pageConfig = undefined;
    this.guard(() => this.require(`${route}.js`))();
    const config = this.pageConfig as PageConfig | undefined;
    if (!config) throw new Error(`${route}.js did not call Page(): ${this.exceptions.slice(firstException).join('\n')}`);
    const page: Record<string, unknown> = {
      ...config,
      data: structuredClone(config.data ?? {}),
      route,
      __route__: route,
      options: query,
      setData: (patch: Record<string, unknown>, callback?: () => void) => {
        this.lastActivity = Date.now();
        applySetData(page.data as Record<string, unknown>, patch);
        if (callback) setTimeout(this.guard(callback), 0);
      },
      selectComponent: () => null,
      selectAllComponents: () => [],
      createSelectorQuery: () => (this.context.wx as { createSelectorQuery: () => unknown }).createSelectorQuery(),
      getOpenerEventChannel: () => ({ on: () => undefined, emit: () => undefined, off: () => undefined }),
    };
    this.pages.push(page);
    const hook = (name: string, ...args: unknown[]) => this.guard(() => (page[name] as ((...a: unknown[]) => void) | undefined)?.call(page, ...args))();
    hook('onLoad', query);
    hook('onShow');
    hook('onReady');
    await this.settle();
    this.opened = { route, page, firstException, firstCall };
    return this.render();
  }

  /** The page on top as it reads now; what it reported counts from when it was opened. */
  render(): RenderedPage {
    if (!this.opened) throw new Error('no page is open');
    const { route, page, firstException, firstCall } = this.opened;
    wxmlWarnings.length = 0;
    const tree = renderer(`${route}.wxml`)(page.data as Record<string, unknown>, {}, {});
    const text: string[] = [];
    const tags = new Map<string, number>();
    const expanded = this.expandComponents(tree);
    this.tree = expanded;
    textOf(expanded, text, tags);
    const elements = (className: string) =>
      elementsWithClass(expanded, className).map((element) => {
        const lines: string[] = [];
        textOf(element, lines, new Map());
        return { classes: String(element.attr?.class ?? '').split(/\s+/), text: lines.join('') };
      });
    const warnings = wxmlWarnings.filter((warning) => !warning.includes('Template `undefined` not found'));
    return { route, text, elements, tags, wxmlWarnings: warnings, exceptions: this.exceptions.slice(firstException), unknownApis: [...this.unknownApis], calls: this.calls.slice(firstCall) };
  }

  /**
   * What the person does to the element reading `label` (a button): WeChat sends the page's event handler the event
   * `type` (tap, agreeprivacyauthorization, …) with the element's id and data-sid, as it does from a real tap.
   */
  async trigger(label: string, type: string): Promise<void> {
    const target = this.tree ? deepestWithText(this.tree, label) : undefined;
    if (!target || !this.opened) throw new Error(`nothing on the page reads ${label}`);
    const node = { id: String(target.attr?.id ?? ''), dataset: { sid: String(target.attr?.['data-sid'] ?? '') } };
    const { page } = this.opened;
    this.guard(() => (page.eh as (event: unknown) => void).call(page, { type, timeStamp: Date.now(), target: node, currentTarget: node, detail: {} }))();
    await this.settle();
  }

  /**
   * WeChat holding a call to a privacy API the person has not agreed to yet: the listener the app registered is
   * called; answers the options the app resolves it with, as they come.
   */
  async needPrivacy(referrer: string): Promise<unknown[]> {
    const answers: unknown[] = [];
    if (!this.privacyListener) throw new Error('the app registered no onNeedPrivacyAuthorization listener');
    const listener = this.privacyListener;
    this.guard(() => listener((option: unknown) => answers.push(option), { referrer }))();
    await this.settle();
    return answers;
  }

  /** Taro renders deep trees through its `comp` custom component: render each one from its `i` property and splice it in. */
  private expandComponents(node: Element): Element {
    const children = (node.children ?? []).map((child): VirtualNode => {
      if (typeof child === 'string') return child;
      if (child.tag === 'comp' || child.tag === 'wx-comp') {
        const rendered = renderer('comp.wxml')({ i: child.attr?.i, l: child.attr?.l }, {}, {});
        return this.expandComponents({ ...child, children: rendered.children ?? [] });
      }
      return this.expandComponents(child);
    });
    return { ...node, children };
  }

  /** Until no cloud call is in flight and nothing changed for a moment (at most 30 s: a cold function on a loaded machine is slow): the page a person would see. */
  private async settle(): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      // A loaded machine can take a while between one answer and the request it leads to.
      if (this.pending === 0 && Date.now() - this.lastActivity > 400) return;
    }
    this.exceptions.push('the page had not settled after 30 s');
  }
}

