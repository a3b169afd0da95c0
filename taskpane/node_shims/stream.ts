/**
 * Node's `stream` as far as the safe workbook loader (src/xlsx) uses it, for the browser: `Readable.from` of an
 * iterable, piped into the inflater of the zlib shim, read with `for await`, stopped with `destroy()`.
 */

/** Something a readable can be piped into (the zlib shim's inflater). */
export interface PipeTarget {
  attach(source: AsyncIterable<Uint8Array>): void;
}

export class Readable implements AsyncIterable<Uint8Array> {
  private destroyed = false;
  private constructor(private readonly items: Iterable<Uint8Array> | AsyncIterable<Uint8Array>) {}

  /**
   * A readable of an iterable's items.
   * @example Readable.from([new Uint8Array(1)])
   */
  static from(items: Iterable<Uint8Array> | AsyncIterable<Uint8Array>): Readable {
    return new Readable(items);
  }

  /** Sends the items into `target` as it reads them; returns the target, as Node does. */
  pipe<T extends PipeTarget>(target: T): T {
    target.attach(this);
    return target;
  }

  destroy(): this {
    this.destroyed = true;
    return this;
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    for await (const item of this.items as AsyncIterable<Uint8Array>) {
      if (this.destroyed) return;
      yield item;
    }
  }
}
