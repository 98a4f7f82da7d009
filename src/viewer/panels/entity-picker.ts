// entity-picker: a text box with a list of matching entities grouped by kind (an ARIA combobox):
// arrows move, Enter or a click chooses, Esc closes. Used by the search box and the path ends.
import { el } from "../dom.js";
import { KIND_COLORS } from "../render/settings.js";
import { flatHits, type SearchHit, type SearchIndex } from "../state/search-index.js";

export interface PickerOptions {
  readonly input: HTMLInputElement;
  /** Where the results go (emptied and hidden when there are none). */
  readonly list: HTMLElement;
  readonly index: SearchIndex;
  readonly onChoose: (node: string) => void;
  /** Called with the text on every edit. */
  readonly onQuery?: (text: string) => void;
  /** Marks a hit, e.g. "(filtered out)". */
  readonly note?: (node: string) => string | null;
  /** Keep the text after choosing (the path ends show the chosen name). */
  readonly keepText?: boolean;
}

let pickers = 0;

export function mountEntityPicker(options: PickerOptions): () => void {
  const { input, list, index } = options;
  const id = `picker-${++pickers}`;
  list.id ||= `${id}-list`;
  list.setAttribute("role", "listbox");
  list.hidden = true;
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", list.id);
  input.setAttribute("aria-expanded", "false");
  input.autocomplete = "off";
  input.spellcheck = false;

  let hits: SearchHit[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
  };

  const setActive = (i: number) => {
    active = hits.length === 0 ? -1 : (i + hits.length) % hits.length;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, j) => {
      option.setAttribute("aria-selected", String(j === active));
      if (j === active) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    });
  };

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = options.keepText ? hit.label : "";
    options.onQuery?.(input.value);
    options.onChoose(hit.node);
  };

  const render = () => {
    const groups = index.search(input.value);
    hits = flatHits(groups);
    let i = 0;
    list.replaceChildren(
      ...groups.map((group) =>
        el(
          "div",
          { className: "picker-group", attrs: { role: "group", "aria-label": group.kind } },
          el("div", { className: "picker-kind", attrs: { "aria-hidden": "true" } }, group.kind),
          ...group.hits.map((hit) => {
            const n = i++;
            const note = options.note?.(hit.node) ?? null;
            const option = el(
              "div",
              {
                className: "picker-option",
                attrs: { role: "option", id: `${id}-option-${n}`, "aria-selected": "false" },
                dataset: { node: hit.node },
                vars: { "--swatch": KIND_COLORS[hit.kind] },
              },
              el("span", { className: "picker-label" }, hit.label),
              hit.alias && el("span", { className: "muted" }, hit.alias),
              note && el("span", { className: "muted" }, note),
            );
            // mousedown, not click: the box would lose focus (and close the list) first.
            option.addEventListener("mousedown", (e) => {
              e.preventDefault();
              choose(hit);
            });
            return option;
          }),
        ),
      ),
    );
    if (hits.length === 0 && input.value.trim() !== "")
      list.append(el("div", { className: "picker-empty muted" }, "No entity by that name"));
    const open = input.value.trim() !== "";
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open && hits.length > 0));
    setActive(0);
  };

  const onInput = () => {
    options.onQuery?.(input.value);
    render();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      if (list.hidden) render();
      else setActive(active + (e.key === "ArrowDown" ? 1 : -1));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (list.hidden) render();
      choose(hits[active] ?? hits[0]);
    } else if (e.key === "Escape") {
      // First Esc closes the list, the second empties the box; either way the page's Esc waits.
      e.preventDefault();
      if (!list.hidden) close();
      else if (input.value !== "") {
        input.value = "";
        options.onQuery?.("");
      } else input.blur();
    }
  };
  const onBlur = () => close();
  const onFocus = () => {
    if (input.value.trim() !== "" && !options.keepText) render();
  };
  input.addEventListener("input", onInput);
  input.addEventListener("keydown", onKeyDown);
  input.addEventListener("blur", onBlur);
  input.addEventListener("focus", onFocus);
  return () => {
    input.removeEventListener("input", onInput);
    input.removeEventListener("keydown", onKeyDown);
    input.removeEventListener("blur", onBlur);
    input.removeEventListener("focus", onFocus);
    list.replaceChildren();
    close();
  };
}
