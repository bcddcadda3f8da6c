import { randomBytes } from 'node:crypto';

/** One subscription message the local cloud accepted, as `subscribeMessage.send` received it. */
export interface OutboxMessage {
  id: string;
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: string;
  lang?: string;
  /** ISO time the emulator accepted it. */
  time: string;
}

export class Outbox {
  private messages: OutboxMessage[] = [];

  constructor(private readonly now: () => Date = () => new Date()) {}

  add(message: Omit<OutboxMessage, 'id' | 'time'>, now: Date = this.now()): OutboxMessage {
    const fields = Object.fromEntries(Object.entries(message).filter(([, value]) => value !== undefined)) as typeof message;
    const stored: OutboxMessage = { id: randomBytes(8).toString('hex'), ...fields, time: now.toISOString() };
    this.messages.push(stored);
    return stored;
  }

  list(): OutboxMessage[] {
    return this.messages.map((message) => ({ ...message, data: { ...message.data } }));
  }

  clear(): void {
    this.messages = [];
  }
}
