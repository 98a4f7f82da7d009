// tabs: the side panel's tab bar (Details, Connections, List) bound to state.panel; ←/→ move between tabs.
import { el } from "../dom.js";
import { showPanel } from "../state/actions.js";
import type { Store } from "../state/store.js";
import type { PanelTab, ViewerState } from "../state/viewer-state.js";

export interface TabSpec {
  readonly tab: PanelTab;
  readonly label: string;
  readonly panel: HTMLElement;
}

export function mountTabs(bar: HTMLElement, tabs: readonly TabSpec[], store: Store<ViewerState>): () => void {
  bar.setAttribute("role", "tablist");
  const buttons = tabs.map(({ tab, label, panel }) => {
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", `tab-${tab}`);
    const button = el(
      "button",
      {
        className: "tab",
        attrs: { type: "button", role: "tab", id: `tab-${tab}`, "aria-controls": panel.id },
        dataset: { tab },
        onClick: () => store.update(showPanel(tab)),
      },
      label,
    );
    button.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowRight" && e.key !== "ArrowLeft") return;
      const i = tabs.findIndex((t) => t.tab === tab);
      const next = tabs[(i + (e.key === "ArrowRight" ? 1 : tabs.length - 1)) % tabs.length]!;
      store.update(showPanel(next.tab));
      bar.querySelector<HTMLButtonElement>(`#tab-${next.tab}`)?.focus();
    });
    return button;
  });
  bar.replaceChildren(...buttons);
  const render = (state: ViewerState) => {
    tabs.forEach(({ tab, panel }, i) => {
      const on = state.panel === tab;
      panel.hidden = !on;
      buttons[i]!.setAttribute("aria-selected", String(on));
      buttons[i]!.tabIndex = on ? 0 : -1;
    });
    bar.parentElement?.setAttribute("data-panel", state.panel);
  };
  render(store.get());
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.panel !== previous.panel) render(state);
  });
  return () => {
    unsubscribe();
    bar.replaceChildren();
  };
}
