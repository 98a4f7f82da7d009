// file-controls: open a GraphML, GEXF or graph.json file (button or drag-and-drop anywhere on the page),
// and download the whole graph or the current view as GraphML, GEXF or PNG (legend drawn in).
// A refused file leaves the current graph as it is and says why, as text.
import "../toolbar.css";
import { FORMAT_WRITERS, type NewsGraph } from "../../core/index.js";
import { el } from "../dom.js";
import { downloadBlob } from "./download-blob.js";
import type { NewsSigma } from "../render/create-renderer.js";
import { BROWSER_XML_READERS } from "./browser-xml-readers.js";
import { renderPng } from "./export-image.js";
import { legendSpec, type ExportScope } from "./legend-spec.js";
import { readGraphFile } from "./read-graph-file.js";
import { viewSubgraph } from "./view-subgraph.js";
import type { Settings } from "sigma/settings";
import type { ColorMode } from "../layout/color-mode.js";
import type { TimeState } from "../time/time-state.js";
import { articleDays } from "../time/time-index.js";

export interface FileControlsOptions {
  readonly graph: NewsGraph;
  readonly renderer: NewsSigma;
  /** What the view shows now. */
  readonly visible: () => { readonly nodes: ReadonlySet<string>; readonly edges: ReadonlySet<string> };
  readonly look: () => { readonly colorBy: ColorMode; readonly time: TimeState };
  /** Reducers that show the whole graph (no filter, no focus), for "whole graph" pictures. */
  readonly wholeGraphSettings: () => Partial<Settings>;
  /** The camera that shows every node of the view (not only the page's crop of it), for "current view" pictures. */
  readonly viewCamera?: () => { x: number; y: number; ratio: number; angle: number } | null;
  /** Called with a file's graph once it passed every check. */
  readonly onOpen: (graph: NewsGraph, name: string) => void;
  /** Where files may be dropped (the whole page by default). */
  readonly dropTarget?: HTMLElement;
}

export function mountFileControls(root: HTMLElement, options: FileControlsOptions): () => void {
  const { graph, renderer } = options;
  const picker = el("input", {
    attrs: { type: "file", accept: ".graphml,.gexf,.json,application/json,application/xml,text/xml", "aria-label": "Open a graph file" },
    className: "visually-hidden",
    dataset: { role: "open-file" },
  });
  const open = el("button", { attrs: { type: "button" }, dataset: { role: "open" } }, "Open…");
  const scope = el(
    "select",
    { attrs: { "aria-label": "What to download" }, dataset: { role: "export-scope" } },
    el("option", { attrs: { value: "view" } }, "current view"),
    el("option", { attrs: { value: "whole" } }, "whole graph"),
  );
  const button = (label: string, role: string) => el("button", { attrs: { type: "button" }, dataset: { role } }, label);
  const graphml = button("GraphML", "export-graphml");
  const gexf = button("GEXF", "export-gexf");
  const png = button("PNG", "export-png");
  const message = el("p", { className: "tool-message", attrs: { role: "status" }, dataset: { role: "file-message" } });
  message.hidden = true;
  root.replaceChildren(
    el(
      "div",
      { className: "tool-group", attrs: { role: "group", "aria-label": "Files" } },
      el("span", { className: "tool-name" }, "File"),
      open,
      picker,
      el("label", {}, "download", scope),
      graphml,
      gexf,
      png,
    ),
    message,
  );
  root.hidden = false;

  const say = (kind: "error" | "note", text: string) => {
    message.textContent = text;
    message.className = `tool-message is-${kind}`;
    message.setAttribute("role", kind === "error" ? "alert" : "status");
    message.hidden = false;
  };

  const openFile = async (file: File) => {
    say("note", `Opening ${file.name}…`);
    try {
      const { graph: opened } = await readGraphFile(file, BROWSER_XML_READERS);
      options.onOpen(opened, file.name);
    } catch (err) {
      say("error", `Could not open ${file.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };

  const currentScope = () => scope.value as ExportScope;
  /** The graph to write: the loaded one, or the view (visible nodes and edges, evidence inside the time window). */
  const graphToWrite = (): NewsGraph => {
    if (currentScope() === "whole") return graph;
    const visible = options.visible();
    const window = options.look().time.window;
    const days = window ? articleDays(graph) : null;
    return viewSubgraph(graph, {
      isNodeVisible: (n) => visible.nodes.has(n),
      isEdgeVisible: (e) => visible.edges.has(e),
      ...(window && days ? { evidenceDay: { dayOf: (a: string) => days.get(a), from: window.from, to: window.to } } : {}),
    });
  };
  const suffix = () => (currentScope() === "whole" ? "" : "-view");
  const download = (format: "graphml" | "gexf") => {
    try {
      for (const file of FORMAT_WRITERS[format].write(graphToWrite()))
        downloadBlob(new Blob([file.text], { type: file.mediaType }), file.name.replace(/^graph/, `graph${suffix()}`));
    } catch (err) {
      say("error", `Could not write ${format === "graphml" ? "GraphML" : "GEXF"}: ${(err as Error).message}`);
    }
  };
  const downloadPng = async () => {
    const whole = currentScope() === "whole";
    const { colorBy, time } = options.look();
    try {
      // The picture says what it shows: the whole graph at rest, or every node of the view (fitted, not the page's crop).
      const camera = whole ? { x: 0.5, y: 0.5, ratio: 1, angle: 0 } : (options.viewCamera?.() ?? null);
      const blob = await renderPng(renderer as never, {
        legend: legendSpec({ graph, scope: currentScope(), visible: options.visible(), colorBy, time }),
        ...(whole ? { sigmaSettings: options.wholeGraphSettings() } : {}),
        ...(camera ? { camera } : {}),
      });
      downloadBlob(blob, `graph${suffix()}.png`);
    } catch (err) {
      say("error", `Could not draw the PNG: ${(err as Error).message}`);
    }
  };

  const onOpenClick = () => picker.click();
  const onPicked = () => {
    const file = picker.files?.[0];
    picker.value = "";
    if (file) void openFile(file);
  };
  const target = options.dropTarget ?? document.body;
  const hasFiles = (event: DragEvent) => [...(event.dataTransfer?.types ?? [])].includes("Files");
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    target.classList.add("drop-target");
  };
  const onDragLeave = () => target.classList.remove("drop-target");
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    target.classList.remove("drop-target");
    const file = event.dataTransfer?.files[0];
    if (file) void openFile(file);
  };
  const onGraphml = () => download("graphml");
  const onGexf = () => download("gexf");
  const onPng = () => void downloadPng();
  open.addEventListener("click", onOpenClick);
  picker.addEventListener("change", onPicked);
  target.addEventListener("dragover", onDragOver);
  target.addEventListener("dragleave", onDragLeave);
  target.addEventListener("drop", onDrop);
  graphml.addEventListener("click", onGraphml);
  gexf.addEventListener("click", onGexf);
  png.addEventListener("click", onPng);
  return () => {
    target.removeEventListener("dragover", onDragOver);
    target.removeEventListener("dragleave", onDragLeave);
    target.removeEventListener("drop", onDrop);
    target.classList.remove("drop-target");
    root.replaceChildren();
    root.hidden = true;
  };
}
