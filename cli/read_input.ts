/**
 * Reading a submitted file: once, whole, read-only. The file is opened for reading only, so validation can never
 * change it; a file too large for a school form is not read at all.
 */
import fs from "fs";
import { MAX_SUBMITTED_FILE_BYTES } from "../src/xlsx/safety_limits";

/** Larger files are not school forms (a form with 200 rows is well under 1 MB); reading them would only cost memory. */
export const MAX_INPUT_BYTES = MAX_SUBMITTED_FILE_BYTES;

/** A file that could not be read, with the Russian reason. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * The contents of an input file.
 * @param file the path
 * @param maxBytes the size limit
 * @throws {InputError} (Russian reason) when the file is missing, not a file, unreadable or too large
 * @returns the bytes
 * @example readInput("школы/000101.xlsx").length // => 14210
 */
export function readInput(file: string, maxBytes = MAX_INPUT_BYTES): Buffer {
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw new InputError("это не файл");
    if (st.size > maxBytes) throw new InputError(`файл слишком большой (${Math.round(st.size / 1048576)} МБ; форма школы — меньше ${Math.round(maxBytes / 1048576)} МБ)`);
    return fs.readFileSync(fd);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: "файл не найден",
      EACCES: "нет прав на чтение файла",
      EPERM: "нет прав на чтение файла",
      EISDIR: "это папка, а не файл",
      EBUSY: "файл занят другой программой",
    };
    throw new InputError(reasons[code ?? ""] ?? (e instanceof Error ? e.message : String(e)));
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
