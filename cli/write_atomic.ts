/**
 * Writing an output whole or not at all: the data goes to a temporary file in the same folder, is flushed to disk,
 * and only then renamed over the target (a rename within one folder is atomic). On any failure the temporary file
 * is removed and the target is left as it was; a person sees one Russian line saying what to do.
 */
import fs from "fs";
import path from "path";
import { randomBytes } from "crypto";
import { isMainThread } from "worker_threads";
import { CliError } from "./errors";

/** Temporary files being written, removed if the process is interrupted. */
const pending = new Set<string>();
let hooked = false;

function removePending(): void {
  for (const tmp of pending) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

/** Removes temporary files on Ctrl+C and on exit, once. */
function hookInterrupts(): void {
  // Signals reach the main thread only; a worker's files are removed by its own error handling.
  if (hooked || !isMainThread) return;
  hooked = true;
  process.once("exit", removePending);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      removePending();
      process.exit(130);
    });
  }
}

/** The Russian explanation of a failed write. */
function writeFailure(e: unknown, target: string): CliError {
  const code = (e as NodeJS.ErrnoException)?.code ?? "";
  const dir = path.dirname(target);
  const reasons: Record<string, string> = {
    EACCES: `нет прав на запись в папку «${dir}»`,
    EPERM: `запись запрещена: возможно, файл «${target}» открыт в Excel или другой программе — закройте его`,
    EBUSY: `файл «${target}» занят другой программой (например, открыт в Excel) — закройте его`,
    EROFS: `папка «${dir}» только для чтения`,
    ENOSPC: "на диске не хватает места",
    EDQUOT: "превышена квота диска",
    ENOTDIR: `часть пути «${dir}» — файл, а не папка`,
    EISDIR: `«${target}» — это папка, а не файл`,
    ENAMETOOLONG: "слишком длинное имя файла",
    EEXIST: `«${dir}» уже существует и это не папка`,
  };
  const reason = reasons[code] ?? (e instanceof Error ? e.message : String(e));
  return new CliError(`Не удалось записать «${target}»: ${reason}. Файл не создан и не изменён.`);
}

/**
 * Writes a file atomically, creating its folder if needed.
 * @param target the output path
 * @param data the contents
 * @throws {CliError} with a Russian message when the file cannot be written; nothing is left behind
 * @example writeFileAtomic("проверка/отчёт.json", reportJson(report))
 */
export function writeFileAtomic(target: string, data: Buffer | string): void {
  hookInterrupts();
  const dir = path.dirname(path.resolve(target));
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw writeFailure(e, target);
  }
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, "wx", 0o644);
    pending.add(tmp);
    const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(tmp, target);
    pending.delete(tmp);
  } catch (e) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // the error below matters more
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      // not created
    }
    pending.delete(tmp);
    throw writeFailure(e, target);
  }
}
