import { rectangles } from "../../../taskpane/office/rectangles";

const cell = (row: number, col: number, k = "") => ({ row, col, k });

describe("rectangles", () => {
  it("makes one rectangle of a full block and keeps cells by position", () => {
    const cells = [cell(4, 1), cell(4, 2), cell(5, 1), cell(5, 2), cell(6, 1), cell(6, 2)];
    const rects = rectangles(cells);
    expect(rects).toHaveLength(1);
    expect(rects[0]).toMatchObject({ r0: 4, c0: 1, r1: 6, c1: 2 });
    expect(rects[0].cells[2][1]).toBe(cells[5]);
  });
  it("splits at gaps, at different spans and at a change of key", () => {
    const rects = rectangles([cell(1, 1), cell(1, 3), cell(2, 1), cell(2, 2), cell(3, 1, "x")], (c) => c.k);
    expect(rects.map((r) => [r.r0, r.c0, r.r1, r.c1])).toEqual([
      [1, 1, 1, 1],
      [1, 3, 1, 3],
      [2, 1, 2, 2],
      [3, 1, 3, 1],
    ]);
  });
  it("stacks a hidden list column into one rectangle beside rows of other widths", () => {
    const cells = [cell(4, 1), cell(4, 2), cell(4, 9), cell(5, 1), cell(5, 9), cell(6, 9)];
    const rects = rectangles(cells);
    expect(rects.find((r) => r.c0 === 9)).toMatchObject({ r0: 4, r1: 6 });
  });
  it("lets a later cell at the same position replace an earlier one", () => {
    const a = cell(1, 1, "a");
    const b = cell(1, 1, "b");
    expect(rectangles([a, b])[0].cells[0][0]).toBe(b);
  });
});
