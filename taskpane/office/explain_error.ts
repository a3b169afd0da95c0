/**
 * Errors in plain Russian for the pane: what happened and what to do. Office.js errors are told apart by
 * their `code` (Excel.ErrorCodes); a refused choice of the pane (ChoiceError, PaneError) already says what to do.
 */

export interface Explained {
  /** what happened */
  title: string;
  /** what to do */
  action: string;
  /** the technical code, shown small for support */
  code?: string;
}

const BY_CODE: Record<string, Omit<Explained, "code">> = {
  AccessDenied: {
    title: "Excel не разрешил изменить книгу: книга или лист защищены.",
    action: "Снимите защиту структуры книги («Рецензирование» → «Защитить книгу») и повторите.",
  },
  ItemAlreadyExists: {
    title: "Пока создавались таблицы, в книге появился лист с тем же именем.",
    action: "Нажмите кнопку ещё раз: панель подберёт свободное имя.",
  },
  ItemNotFound: {
    title: "Лист, с которым работала панель, не найден: его удалили или переименовали.",
    action: "Проверьте листы книги и повторите.",
  },
  InvalidOperationInCellEditMode: {
    title: "Excel занят: в ячейке идёт ввод.",
    action: "Закончите ввод в ячейке (Enter или Esc) и повторите.",
  },
  RequestPayloadSizeLimitExceeded: {
    title: "Слишком большой объём данных для одного обращения к Excel.",
    action: "Уменьшите число строк или разделите данные на несколько листов и повторите.",
  },
  ResponsePayloadSizeLimitExceeded: {
    title: "Лист слишком большой, чтобы прочитать его за одно обращение к Excel.",
    action: "Разделите данные на несколько листов и повторите.",
  },
  ApiNotFound: {
    title: "Эта версия Excel не поддерживает нужную возможность.",
    action: "Обновите Excel (Microsoft 365, Excel 2021 или новее) или откройте книгу в Excel в Интернете.",
  },
  FormulaLengthExceedsLimit: {
    title: "Формула получилась длиннее, чем допускает Excel.",
    action: "Создайте таблицу с меньшим числом лет или столбцов.",
  },
};

/**
 * The Russian explanation of an error thrown by the pane's work.
 * @param error anything caught
 * @returns title, action and the Office code when there is one
 * @example explainError({ code: "AccessDenied" }).action.startsWith("Снимите защиту") // => true
 */
export function explainError(error: unknown): Explained {
  const e = (error ?? {}) as { code?: unknown; name?: unknown; message?: unknown };
  const code = typeof e.code === "string" ? e.code : undefined;
  if (e.name === "ChoiceError" && typeof e.message === "string") return { title: e.message, action: "" };
  if (e.name === "PaneError" && typeof e.message === "string") return { title: e.message, action: String((e as { action?: unknown }).action ?? "") };
  if (code && BY_CODE[code]) return { ...BY_CODE[code], code };
  if (code === "InvalidOperation" && typeof e.message === "string" && /edit mode|редактирован/i.test(e.message)) {
    return { ...BY_CODE.InvalidOperationInCellEditMode, code };
  }
  if (code) {
    return {
      title: `Excel сообщил об ошибке (${code}).`,
      action: "Повторите действие. Если ошибка повторится, сохраните книгу, перезапустите Excel и попробуйте снова.",
      code,
    };
  }
  const message = typeof e.message === "string" && e.message ? e.message : String(error);
  return {
    title: `Не удалось выполнить действие: ${message}`,
    action: "Проверьте выбранные параметры и повторите. Если ошибка повторится, сообщите о ней разработчикам.",
  };
}
