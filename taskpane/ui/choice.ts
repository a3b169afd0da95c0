/**
 * A drop-down choice (Fluent `fluent-dropdown`) with a label above, whose options can be replaced, and a file
 * chooser: a real `<input type=file>` behind a button-like label, with the chosen files listed as text.
 */
import { h, replace } from "./dom";
import { pickedFromFile, type PickedFile } from "../files/picked_file";

export interface ChoiceOption {
  value: string;
  label: string;
}

export interface Choice {
  /** the field (label + drop-down) to put into the tab */
  field: HTMLElement;
  dropdown: HTMLElement;
  /** the chosen value ("" when nothing is chosen) */
  value(): string;
  /** replaces the options; keeps the person's choice while it is offered, else takes `selected` or the first */
  setOptions(options: readonly ChoiceOption[], selected?: string): void;
}

/**
 * A labelled drop-down.
 * @param id the drop-down's id
 * @param label the label above it
 * @param options the options
 * @param selected the value chosen at first (default the first option)
 */
export function choice(id: string, label: string, options: readonly ChoiceOption[], selected?: string): Choice {
  const listbox = h("fluent-listbox", {});
  const dropdown = h("fluent-dropdown", { slot: "input", id, class: "choice", size: "small" }, listbox);
  const field = h("fluent-field", { "label-position": "above", class: "choice-field" }, h("label", { slot: "label", for: id }, label), dropdown);
  let current = selected ?? options[0]?.value ?? "";
  /** set once the person picks an option: a refresh keeps their choice while it is offered */
  let picked = false;
  /** true while the pane itself sets the value (a drop-down may announce that as a change too) */
  let setting = false;
  // While its options are being replaced, the drop-down may fail to tell its value: the last known one stands.
  const value = (): string => {
    try {
      return (dropdown as { value?: string | null }).value ?? current;
    } catch {
      return current;
    }
  };
  const setOptions = (opts: readonly ChoiceOption[], wanted?: string): void => {
    const keep = picked && opts.some((o) => o.value === value()) ? value() : undefined;
    current = keep ?? (wanted !== undefined && opts.some((o) => o.value === wanted) ? wanted : opts[0]?.value ?? "");
    replace(listbox, ...opts.map((o) => h("fluent-option", { value: o.value, selected: o.value === current }, o.label)));
    // Once the drop-down is on the page it takes the choice from its value (before that, from `selected`); the new
    // options reach it a moment later, so the value is set again then.
    if (dropdown.isConnected) {
      const choose = (): void => {
        if (value() === current) return;
        setting = true;
        try {
          (dropdown as { value?: string }).value = current;
        } catch {
          // Not ready yet: the second attempt, after the options arrived, sets it.
        } finally {
          setting = false;
        }
      };
      choose();
      setTimeout(choose, 0);
    }
  };
  dropdown.addEventListener("change", () => {
    if (setting) return;
    current = value();
    picked = true;
  });
  setOptions(options, selected);
  return { field, dropdown, value, setOptions };
}

export interface FileChooser {
  root: HTMLElement;
  input: HTMLInputElement;
  /** the chosen files, in the order the browser gives them */
  files(): PickedFile[];
  /** called after the choice changed */
  onChange(listener: () => void): void;
}

/**
 * A file chooser.
 * @param id the input's id
 * @param text the button's text («Выбрать файлы…»)
 * @param options `multiple`, `accept` (`.xlsx`), `hint` under the button
 */
export function fileChooser(id: string, text: string, options: { multiple?: boolean; accept: string; hint?: string }): FileChooser {
  const input = h<HTMLInputElement>("input", { type: "file", id, class: "file-input", accept: options.accept, multiple: options.multiple === true });
  const button = h("label", { for: id, class: "file-button" }, text);
  const list = h("ul", { class: "file-list", "aria-live": "polite" });
  const root = h("div", { class: "file-chooser" }, input, button, options.hint ? h("p", { class: "hint" }, options.hint) : null, list);
  const listeners: (() => void)[] = [];
  input.addEventListener("change", () => {
    const files = [...(input.files ?? [])];
    replace(list, ...files.map((f) => h("li", {}, f.name)));
    listeners.forEach((l) => l());
  });
  return {
    root,
    input,
    files: () => [...(input.files ?? [])].map(pickedFromFile),
    onChange: (l) => void listeners.push(l),
  };
}

/**
 * A vertical group of radio buttons with labels.
 * @param id the group's id (each radio's id is `<id>-<value>`)
 * @param labelledBy the id of the group's heading
 * @param options value and label of each radio; the first is chosen at first
 */
export function radios(id: string, labelledBy: string, options: readonly ChoiceOption[]): { root: HTMLElement; value(): string } {
  const root = h(
    "fluent-radio-group",
    { id, class: "variant", name: id, orientation: "vertical", "aria-labelledby": labelledBy, value: options[0]?.value ?? "" },
    ...options.map((o, i) =>
      h("fluent-field", { "label-position": "after" }, h("label", { slot: "label", for: `${id}-${o.value}` }, o.label), h("fluent-radio", { slot: "input", id: `${id}-${o.value}`, value: o.value, checked: i === 0 })),
    ),
  );
  return { root, value: () => (root as { value?: string }).value ?? options[0]?.value ?? "" };
}
