// dom: el(tag, props, ...children), the one way the viewer builds elements.
// Text always goes in as text nodes (textContent), never through innerHTML, so data cannot inject markup.

export type Child = Node | string | number | null | undefined | false;

export interface ElProps {
  readonly className?: string;
  /** Plain attributes, set with setAttribute (e.g. { "aria-label": "…", type: "button" }). */
  readonly attrs?: Readonly<Record<string, string>>;
  /** data-* attributes, e.g. { node: "leader:ana-ruiz" } → data-node="leader:ana-ruiz". */
  readonly dataset?: Readonly<Record<string, string>>;
  /** CSS custom properties, e.g. { "--swatch": "#d62728" }; set through the CSSOM. */
  readonly vars?: Readonly<Record<string, string>>;
  readonly onClick?: (event: MouseEvent) => void;
}

/** Creates `<tag>` with `props` and `children`; strings become text nodes, falsy children are skipped. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: ElProps = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  for (const [name, value] of Object.entries(props.attrs ?? {})) node.setAttribute(name, value);
  for (const [name, value] of Object.entries(props.dataset ?? {})) node.dataset[name] = value;
  for (const [name, value] of Object.entries(props.vars ?? {})) node.style.setProperty(name, value);
  const onClick = props.onClick;
  if (onClick) node.addEventListener("click", (event) => onClick(event as MouseEvent));
  node.append(...toNodes(children));
  return node;
}

/** Children ready for append/replaceChildren: falsy ones dropped, numbers turned into text. */
export function toNodes(children: readonly Child[]): (Node | string)[] {
  const out: (Node | string)[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    out.push(typeof child === "number" ? String(child) : child);
  }
  return out;
}

/** The element with id `id`, or an error that names the missing id and the file to fix. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`newsgraph viewer: no #${id} element in the page. Check index.html.`);
  return found as T;
}
