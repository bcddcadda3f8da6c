import type { DocumentStore } from '../store/types';
import { CloudClock } from './clock';
import { Database } from './database';
import { FaultInjector } from './faults';
import { FunctionHost, type FunctionHostOptions } from './functions/host';
import { Outbox } from './outbox';
import { RequestStats } from './stats';
import { FileStorage } from './storage';

export interface LocalCloudOptions {
  envId: string;
  store: DocumentStore;
  storageDir: string;
  functions: Omit<FunctionHostOptions, 'envId' | 'clock'>;
  /** Default: the machine's time. */
  clock?: CloudClock;
}

/** The one core of the emulator: every protocol adapter works on these parts and nothing else. */
export class LocalCloud {
  readonly envId: string;
  readonly database: Database;
  readonly storage: FileStorage;
  readonly outbox: Outbox;
  readonly faults = new FaultInjector();
  readonly stats = new RequestStats();
  readonly functions: FunctionHost;
  readonly clock: CloudClock;

  constructor(private readonly options: LocalCloudOptions) {
    this.envId = options.envId;
    this.clock = options.clock ?? new CloudClock();
    this.outbox = new Outbox(() => this.clock.now());
    this.database = new Database(options.store);
    this.storage = new FileStorage(options.storageDir, options.envId);
    this.functions = new FunctionHost({ ...options.functions, envId: options.envId, clock: this.clock });
  }

  /** A fresh environment: no collections, files or sent messages. Faults, stats and warm functions stay. */
  reset(): void {
    this.database.clear();
    this.storage.clear();
    this.outbox.clear();
  }

  async close(): Promise<void> {
    await this.functions.reload();
    this.options.store.close();
  }
}
