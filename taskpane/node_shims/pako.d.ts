/**
 * The part of pako 1.x (inflate; shipped with exceljs's jszip) that the browser zlib shim uses.
 */
declare module "pako" {
  interface InflateOptions {
    raw?: boolean;
    chunkSize?: number;
  }
  export class Inflate {
    constructor(options?: InflateOptions);
    /** feeds input; `true` (Z_FINISH) for the last piece; false when the stream is broken */
    push(data: Uint8Array, mode?: boolean): boolean;
    onData(chunk: Uint8Array): void;
    /** 0 when fine, a zlib status otherwise */
    err: number;
    msg: string;
    ended: boolean;
  }
}
