import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { EmulatorError } from '../../errors';

const WORKER_FILE = join(__dirname, 'worker.cjs');

/** What the function receives as its second argument, like the platform's context. */
export interface InvocationContext {
  request_id: string;
  function_name: string;
  function_version: string;
  namespace: string;
  memory_limit_in_mb: number;
  time_limit_in_ms: number;
}

interface Invocation {
  event: unknown;
  env: Record<string, string>;
  context: InvocationContext;
  clockOffsetMs: number;
  resolve: (json: string) => void;
  reject: (error: EmulatorError) => void;
}

interface Running {
  invocation: Invocation;
  timer: NodeJS.Timeout;
}

interface Instance {
  worker: Worker;
  running?: Running;
}

type WorkerReply = { id: string; started: true } | { id: string; ok: true; json: string } | { id: string; ok: false; error: string };

/** Loading a bundle (a cold start) is not charged to the invocation's timeout, but cannot hang forever either. */
const COLD_START_ALLOWANCE_MS = 10_000;

const executeFail = (message: string): EmulatorError => new EmulatorError('FUNCTIONS_EXECUTE_FAIL', message);

/**
 * The instances of one function: each a worker thread running one invocation at a time. The pool grows on
 * demand up to `maxInstances` and queues beyond it; an instance that times out or crashes is thrown away.
 */
export class FunctionPool {
  private readonly instances = new Set<Instance>();
  private readonly queue: Invocation[] = [];
  private closed = false;

  constructor(
    private readonly entry: string,
    private readonly baseEnv: Record<string, string>,
    readonly timeoutMs: number,
    private readonly maxInstances: number,
  ) {}

  invoke(event: unknown, env: Record<string, string>, context: InvocationContext, clockOffsetMs = 0): Promise<string> {
    if (this.closed) return Promise.reject(executeFail('function runtime is stopping'));
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ event, env: { ...this.baseEnv, ...env }, context, clockOffsetMs, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const invocation of this.queue.splice(0)) invocation.reject(executeFail('function runtime was reloaded'));
    await Promise.all([...this.instances].map((instance) => this.discard(instance, 'function runtime was reloaded')));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let instance = [...this.instances].find((candidate) => !candidate.running);
      if (!instance) {
        if (this.instances.size >= this.maxInstances) return;
        instance = this.spawn();
      }
      this.run(instance, this.queue.shift() as Invocation);
    }
  }

  private spawn(): Instance {
    const worker = new Worker(WORKER_FILE, { workerData: { entry: this.entry }, env: this.baseEnv });
    // Idle instances must not keep the process alive; the emulator's server does that.
    worker.unref();
    const instance: Instance = { worker };
    worker.on('message', (reply: WorkerReply) => this.settle(instance, reply));
    worker.on('error', (error) => void this.discard(instance, String(error)));
    worker.on('exit', (code) => void this.discard(instance, `function instance exited with code ${code}`));
    this.instances.add(instance);
    return instance;
  }

  private run(instance: Instance, invocation: Invocation): void {
    instance.running = { invocation, timer: this.deadline(instance, this.timeoutMs + COLD_START_ALLOWANCE_MS) };
    instance.worker.postMessage({ id: invocation.context.request_id, event: invocation.event, env: invocation.env, context: invocation.context, clockOffsetMs: invocation.clockOffsetMs });
  }

  private deadline(instance: Instance, ms: number): NodeJS.Timeout {
    return setTimeout(() => void this.discard(instance, `Invoking task timed out after ${this.timeoutMs / 1000} seconds`), ms);
  }

  private settle(instance: Instance, reply: WorkerReply): void {
    const running = instance.running;
    if (!running || running.invocation.context.request_id !== reply.id) return;
    clearTimeout(running.timer);
    if ('started' in reply) {
      running.timer = this.deadline(instance, this.timeoutMs);
      return;
    }
    instance.running = undefined;
    if (reply.ok) running.invocation.resolve(reply.json);
    else running.invocation.reject(executeFail(reply.error));
    this.pump();
  }

  /** Fails the instance's current invocation with `reason`, stops its worker, and lets the queue move on. */
  private async discard(instance: Instance, reason: string): Promise<void> {
    if (!this.instances.delete(instance)) return;
    const running = instance.running;
    instance.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      running.invocation.reject(executeFail(reason));
    }
    if (!this.closed) this.pump();
    await instance.worker.terminate();
  }
}
