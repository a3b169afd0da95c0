/**
 * Direction of an indicator: +1 when a higher value is better, −1 when a lower value is better.
 * Roadmaps write it in many ways ("рост", "снижение", "+", "-1"), so all of them are read.
 */
import { isBlank, describe } from "./coerce";
import { valueError } from "./errors";

export type Direction = 1 | -1;

const UP = new Set(["up", "+", "1", "+1", "рост", "повышение", "увеличение", "вверх", "↑"]);
const DOWN = new Set(["down", "-", "−", "–", "-1", "−1", "снижение", "понижение", "уменьшение", "вниз", "↓"]);

/** The direction given in a cell, or `undefined` when the text is not a direction. */
export function readDirection(v: unknown): Direction | undefined {
  if (v === 1 || v === -1) return v;
  if (typeof v !== "string") return undefined;
  const t = v.trim().toLowerCase().replace(/ё/g, "е");
  if (UP.has(t)) return 1;
  if (DOWN.has(t)) return -1;
  return undefined;
}

/** A direction argument; empty or omitted → `fallback`; anything unreadable → `#VALUE!`. */
export function parseDirection(v: unknown, fallback: Direction, argName: string): Direction {
  if (isBlank(v)) return fallback;
  const d = readDirection(v);
  if (d === undefined) {
    throw valueError(
      `аргумент «${argName}»: направление ${describe(v)} не распознано; ожидается "рост" (или "up", "+", 1) либо "снижение" (или "down", "-", -1)`,
    );
  }
  return d;
}
