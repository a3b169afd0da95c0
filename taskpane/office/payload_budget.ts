/**
 * Keeps each request under Office's payload limit. Excel on the web refuses a request or a response larger
 * than 5 MB ("Resource limits and performance optimization for Office Add-ins", section "Excel add-ins": payload
 * size for requests and responses). The writer counts what it queues and syncs early only when the next
 * command would pass the budget — so the usual sheet goes in one request, and a huge one in as few as fit.
 */

const encoder = new TextEncoder();

/** Default budget: 4 MB, a margin under the 5 MB limit for the request envelope. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** What one small command (a format, a merge) costs in a request, roughly. */
export const COMMAND_BYTES = 160;

/** Bytes of a value as JSON in UTF-8 (Cyrillic takes two bytes a letter). */
export function payloadBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

export class PayloadBudget {
  private used = 0;
  /** syncs this budget made */
  syncs = 0;
  constructor(
    private readonly context: { sync(): Promise<void> },
    readonly limit: number = DEFAULT_PAYLOAD_BUDGET,
  ) {}

  /** Counts a small command that is already queued. */
  add(bytes = COMMAND_BYTES): void {
    this.used += bytes;
  }

  /** Makes room for a command of `bytes` before it is queued: syncs what is queued if it would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.limit) await this.flush();
    this.used += bytes;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.used = 0;
  }

  get queued(): number {
    return this.used;
  }
}
