import { explainError } from "../../../taskpane/office/explain_error";
import { ChoiceError } from "../../../taskpane/create/build_plans";

describe("explainError", () => {
  it.each([
    ["AccessDenied", "Снимите защиту"],
    ["ItemAlreadyExists", "ещё раз"],
    ["ApiNotFound", "Обновите Excel"],
    ["RequestPayloadSizeLimitExceeded", "Уменьшите число строк"],
    ["ResponsePayloadSizeLimitExceeded", "Разделите данные"],
    ["InvalidOperationInCellEditMode", "Закончите ввод"],
  ])("tells what to do for %s", (code, gist) => {
    const x = explainError({ code, message: "english text" });
    expect(x.code).toBe(code);
    expect(x.action).toContain(gist);
    expect(x.title).not.toContain("english");
  });
  it("keeps a refused choice's own Russian message", () => {
    expect(explainError(new ChoiceError("Отметьте хотя бы одну таблицу в списке.", "forms"))).toEqual({ title: "Отметьте хотя бы одну таблицу в списке.", action: "" });
  });
  it("names the code of an unknown Office error and anything else without one", () => {
    expect(explainError({ code: "GeneralException" }).title).toBe("Excel сообщил об ошибке (GeneralException).");
    expect(explainError(new Error("сбой")).title).toBe("Не удалось выполнить действие: сбой");
    expect(explainError(undefined).action).toContain("Проверьте");
  });
});
