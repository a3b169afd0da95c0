/**
 * Calls of the server functions of Code.js from the sidebar, as promises over `google.script.run`, and the
 * Russian text of a failure.
 */

interface ScriptRun {
  withSuccessHandler(f: (value: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: unknown) => void): ScriptRun;
  [name: string]: unknown;
}
declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server function. One round trip.
 * @param name the top-level function of Code.js
 * @param args JSON-like arguments (no dates, no functions: google.script.run refuses them)
 * @returns its result
 */
export function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = google.script.run.withSuccessHandler((v) => resolve(v as T)).withFailureHandler(reject);
    const fn = run[name];
    if (typeof fn !== "function") {
      reject(new Error(`Функция ${name} не найдена в скрипте: обновите Code.gs из dist/sheets/Code.js.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(run, args);
  });
}

/**
 * What to tell the user about a failed call: the add-on's own messages are Russian sentences and are shown as
 * they are; anything else (a Google error) gets a Russian lead-in.
 * @param e what the failure handler received
 * @returns the text
 * @example failureText(new Error("Exception: Service error")) // => "Google Таблицы не выполнили действие: Service error"
 */
export function failureText(e: unknown): string {
  const raw = e instanceof Error ? e.message : typeof e === "string" ? e : String((e as { message?: unknown })?.message ?? e);
  const text = raw.replace(/^(?:(?:User)?Error|Exception|ScriptError):\s*/i, "").trim();
  if (/[а-яё]/i.test(text)) return text;
  return `Google Таблицы не выполнили действие: ${text || "неизвестная ошибка"}. Повторите попытку; если ошибка повторится, перезагрузите таблицу.`;
}
