/** Requests received, by action: the "round trips" a piece of code costs. */
export class RequestStats {
  private byAction = new Map<string, number>();

  record(action: string): void {
    this.byAction.set(action, (this.byAction.get(action) ?? 0) + 1);
  }

  counts(): Record<string, number> {
    return Object.fromEntries(this.byAction);
  }

  total(): number {
    let sum = 0;
    for (const count of this.byAction.values()) sum += count;
    return sum;
  }

  reset(): void {
    this.byAction = new Map();
  }
}
