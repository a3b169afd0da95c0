import vm from "vm";
import { CATALOG, functionSpec, type FunctionSpec } from "../../src/core";
import { CELL_ERROR_NOTE, renderCustomFunction, renderTopLevel } from "../../sheets/render_top_level";

describe("renderCustomFunction", () => {
  it("writes a @customfunction JSDoc in Russian and a declaration forwarding all arguments", () => {
    const text = renderCustomFunction(functionSpec("ACHIEVEMENT"), "Lib");
    expect(text).toMatch(/^\/\*\*\n \* Степень достижения планового значения/);
    expect(text).toContain(" * В Excel: ОБР.СТЕПЕНЬ_ДОСТИЖЕНИЯ (EDU.ACHIEVEMENT).");
    expect(text).toContain(" * @param {Array<Array<*>>|*} fact факт: фактическое значение");
    expect(text).toContain(" * @param {Array<Array<*>>|*} direction направление (необязательный): направление:");
    expect(text).toContain("используйте EDU_PROGRESS");
    expect(text).toContain("#DIV/0!");
    expect(text).not.toMatch(/ОБР\.ПРОГРЕСС|#ДЕЛ\/0!/);
    expect(text).toMatch(/ \* @customfunction\n \*\/\nfunction EDU_ACHIEVEMENT\(fact, plan, direction, cap\) \{\n {2}return Lib\.functions\.EDU_ACHIEVEMENT\.apply\(null, arguments\);\n\}$/);
  });

  it("says how a per-cell error looks only where the result can have several cells", () => {
    expect(renderCustomFunction(functionSpec("SWI"), "Lib").replace(/\s+\*\s+/g, " ")).toContain(CELL_ERROR_NOTE);
    expect(renderCustomFunction(functionSpec("SHARE_BELOW"), "Lib")).not.toContain("текстом кода");
  });

  it("keeps comment lines readable", () => {
    for (const f of CATALOG) {
      for (const line of renderCustomFunction(f, "EduSheets").split("\n")) expect(line.length).toBeLessThanOrEqual(110);
    }
  });

  it("refuses help text that would break the comment or read as a tag", () => {
    const spec = functionSpec("DELTA");
    const closing: FunctionSpec = { ...spec, ru: { ...spec.ru, help: "конец */ комментария" } };
    expect(() => renderCustomFunction(closing, "Lib")).toThrow(/\*\//);
    const tag: FunctionSpec = { ...spec, params: [{ ...spec.params[0], ru: { name: "факт", description: "см. @return" } }, spec.params[1]] };
    expect(() => renderCustomFunction(tag, "Lib")).toThrow(/@/);
    const badName: FunctionSpec = { ...spec, params: [{ ...spec.params[0], name: "base-year" }, spec.params[1]] };
    expect(() => renderCustomFunction(badName, "Lib")).toThrow(/base-year/);
  });
});

describe("renderTopLevel", () => {
  it("renders a script that declares every custom function and each server function, calling the library", () => {
    const text = renderTopLevel({ library: "Lib", catalog: CATALOG, server: ["onOpen", "showSidebar"] });
    const calls: string[] = [];
    const Lib = {
      functions: Object.fromEntries(CATALOG.map((f) => [`EDU_${f.id}`, (...a: unknown[]) => calls.push(`${f.id}:${a.length}`)])),
      server: { onOpen: () => "открыто", showSidebar: (x: unknown) => x },
    };
    const context = vm.createContext({ Lib });
    vm.runInContext(text, context);
    expect(Object.keys(context).filter((k) => k !== "Lib")).toEqual([...CATALOG.map((f) => `EDU_${f.id}`), "onOpen", "showSidebar"]);
    context.EDU_SWI([[1]], "", "", "rank");
    expect(calls).toEqual(["SWI:4"]);
    expect(context.showSidebar(42)).toBe(42);
    expect(context.onOpen()).toBe("открыто");
    expect(text.startsWith("/**\n * «Дорожная карта: поддержка школ» для Google Таблиц")).toBe(true);
  });

  it("refuses a server function that would shadow a custom function or is not an identifier", () => {
    expect(() => renderTopLevel({ library: "Lib", catalog: CATALOG, server: ["EDU_SWI"] })).toThrow(/EDU_SWI/);
    expect(() => renderTopLevel({ library: "Lib", catalog: CATALOG, server: ["show sidebar"] })).toThrow(/show sidebar/);
  });
});
