/**
 * mdast → hast handlers handed to remark-html: raw HTML is parsed (not dropped) so the sanitizer can
 * keep its harmless parts; math becomes MathML at build time; code is highlighted at build time.
 * The root handler also applies the URL and image policy and notes what it removed, for the audit.
 */
import { fromHtml } from "hast-util-from-html";
import { raw } from "hast-util-raw";
import type { Element, ElementContent, Root as HastRoot } from "hast";
import katex from "katex";
import { common, createLowlight } from "lowlight";
import type { Code, Root as MdastRoot } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import { defaultHandlers, type Handlers, type State } from "mdast-util-to-hast";
import { visit, SKIP } from "unist-util-visit";
import { isAllowedTag, isSafeHref, isSafeImageSrc } from "./schema";

const lowlight = createLowlight(common);

export interface RenderReport {
  /** Raw HTML elements and attributes that were not allowed (`<iframe>`, `onerror`). */
  removedHtml: string[];
  /** Link and image URLs dropped as unsafe. */
  droppedUrls: string[];
  /** `**` that could not be paired and show as literal asterisks (escaped ones not counted). */
  literalEmphasis: string[];
  /** Why the body could not be rendered as Markdown and is shown as plain text (never expected). */
  failed?: string;
}

/** Ids the page layout uses; article content never takes them. */
export const RESERVED_IDS = [
  "main",
  "content",
  "toc",
  "toc-title",
  "sidebar",
  "main-menu",
  "menu",
  "top",
  "footer",
  "search",
  "sidebar-search",
];
const reserved = new Set(RESERVED_IDS);

function mathToHast(tex: string, display: boolean): ElementContent[] {
  const html = katex.renderToString(tex, {
    output: "mathml",
    displayMode: display,
    throwOnError: false,
    strict: "ignore",
  });
  return fromHtml(html, { fragment: true }).children as ElementContent[];
}

function highlight(node: Code): Element {
  const lang = node.lang?.toLowerCase().replace(/[^a-z0-9+#-]/g, "") || "";
  const value = node.value ? `${node.value}\n` : "";
  const known = lang !== "" && lowlight.registered(lang);
  const children = known
    ? (lowlight.highlight(lang, value).children as ElementContent[])
    : [{ type: "text" as const, value }];
  const className = known ? ["hljs", `language-${lang}`] : lang ? [`language-${lang}`] : [];
  return {
    type: "element",
    tagName: "pre",
    properties: {},
    children: [{ type: "element", tagName: "code", properties: className.length ? { className } : {}, children }],
  };
}

/** URL, image and id policy on the parsed tree, before the sanitizer's allowlist. */
function applyPolicy(tree: HastRoot, report: RenderReport): void {
  visit(tree, "element", (el, index, parent) => {
    const p = el.properties;
    if (!isAllowedTag(el.tagName)) report.removedHtml.push(`<${el.tagName}>`);
    for (const key of Object.keys(p))
      if (/^on/i.test(key)) report.removedHtml.push(`${key.toLowerCase()} on <${el.tagName}>`);
    if (typeof p.id === "string" && reserved.has(p.id)) delete p.id;
    if (el.tagName === "a" && typeof p.href === "string") {
      if (!isSafeHref(p.href)) {
        report.droppedUrls.push(p.href);
        delete p.href;
      } else if (/^https?:/i.test(p.href)) {
        p.rel = ["noopener", "noreferrer"];
      }
    }
    if (el.tagName === "img") {
      const src = typeof p.src === "string" ? p.src : "";
      if (!src || !isSafeImageSrc(src)) {
        if (src) report.droppedUrls.push(src.slice(0, 80));
        if (parent && typeof index === "number") {
          parent.children.splice(index, 1);
          return [SKIP, index];
        }
      }
      p.loading = "lazy";
      p.decoding = "async";
      p.referrerPolicy = "no-referrer";
    }
    return undefined;
  });
}

/** Per-render state: the processor is built once and reused, so its handlers read this object. */
export interface RenderContext {
  report: RenderReport;
  sawRaw: boolean;
}

export function createHandlers(ctx: RenderContext): Handlers {
  return {
    html(_state, node) {
      ctx.sawRaw = true;
      return { type: "raw", value: node.value };
    },
    inlineMath: (_state, node: InlineMath) => mathToHast(node.value, false),
    math: (_state, node: Math) => ({
      type: "element",
      tagName: "div",
      properties: { className: ["math-display"] },
      children: mathToHast(node.value, true),
    }),
    code: (_state, node: Code) => highlight(node),
    // The root handler may return a hast root (mdast-util-to-hast's own does); its type says otherwise.
    root: ((state: State, node: MdastRoot) => {
      const tree = defaultHandlers.root(state, node) as unknown as HastRoot;
      const parsed = ctx.sawRaw ? (raw(tree) as HastRoot) : tree;
      applyPolicy(parsed, ctx.report);
      return parsed;
    }) as unknown as Handlers["root"],
  };
}
