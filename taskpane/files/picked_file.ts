/**
 * A file the person chose from disk (`<input type=file>`), as the pane's logic takes it: a name, a size and a way
 * to read its bytes. Tests make such files from bytes in memory; the pane from `File` objects.
 */

export interface PickedFile {
  /** the file's name as the person sees it (no folder: the browser gives none) */
  name: string;
  /** bytes */
  size: number;
  /** the contents */
  read(): Promise<Uint8Array>;
}

/** The contents of a browser `File`: `arrayBuffer()` where there is one, else a FileReader. */
function readBrowserFile(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("файл не прочитан"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * A picked file of a browser `File`.
 * @param file from an `<input type=file>`
 * @returns the picked file
 * @example pickedFromFile(input.files[0]).name // => "school1.xlsx"
 */
export function pickedFromFile(file: File): PickedFile {
  return { name: file.name, size: file.size, read: async () => new Uint8Array(await readBrowserFile(file)) };
}

/**
 * A picked file of bytes in memory (tests, the benchmark).
 * @example pickedFromBytes("a.xlsx", bytes).size // => bytes.length
 */
export function pickedFromBytes(name: string, bytes: Uint8Array): PickedFile {
  return { name, size: bytes.length, read: async () => bytes };
}
