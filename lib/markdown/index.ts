/**
 * Article body → safe HTML, a table of contents and a report of what was removed.
 * remark + GFM + remark-cjk-friendly (bold next to Chinese punctuation is bold), fixes for news
 * exports, KaTeX (MathML, at build time) when the article asks for math, then remark-html: raw HTML
 * is parsed and held to the allowlist in ./schema, code is highlighted, no script survives.
 */
import GithubSlugger from "github-slugger";
import type { Heading, Image, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkCjkFriendlyGfmStrikethrough from "remark-cjk-friendly-gfm-strikethrough";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import remarkMath from "remark-math";
import { visit } from "unist-util-visit";
import { joinCjkLines, mergeStrong, pairLeftoverStrong, prepareEmphasis, restoreEscapedStars } from "./cjk";
import { createHandlers, RESERVED_IDS, type RenderContext, type RenderReport } from "./handlers";
import { escapeXml } from "../xml";
import { limitMarkdown } from "./limits";
import { schema } from "./schema";

export { prepareEmphasis } from "./cjk";
export type { RenderReport } from "./handlers";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface RenderedBody {
  html: string;
  toc: TocEntry[];
  report: RenderReport;
}

export interface RenderOptions {
  /** `$…$` and `$$…$$` as math (front matter `mathjax: true`); off by default: news is full of dollars. */
  math?: boolean;
  /** Visually hidden heading of the footnotes section, and the back-link's label ("… 1"). */
  footnoteLabel?: string;
  footnoteBackLabel?: string;
}

function headings(toc: TocEntry[]) {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    for (const id of RESERVED_IDS) slugger.slug(id);
    visit(tree, "heading", (node: Heading) => {
      const text = toString(node).trim();
      const id = slugger.slug(text || "section");
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth === 2 || node.depth === 3) toc.push({ id, text, depth: node.depth });
      // A hover anchor for sharing a link to the section; hidden from screen readers (the heading says it all).
      node.children.push({
        type: "link",
        url: `#${id}`,
        children: [{ type: "text", value: "#" }],
        data: { hProperties: { className: ["anchor"], ariaHidden: "true", tabIndex: -1 } },
      });
    });
  };
}

/** External links, footnotes' included (they are rendered after the root): no opener, no referrer. */
function externalLinks(tree: Root) {
  visit(tree, "link", (node) => {
    if (/^https?:/i.test(node.url))
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, rel: ["noopener", "noreferrer"] } };
  });
}

/** An image with a title, alone in its paragraph, becomes a figure with a caption. */
function figures(tree: Root) {
  visit(tree, "paragraph", (node: Paragraph) => {
    const only = node.children.filter((c) => !(c.type === "text" && !c.value.trim()));
    if (only.length !== 1 || only[0].type !== "image" || !(only[0] as Image).title) return;
    const image = only[0] as Image;
    node.data = { ...node.data, hName: "figure" };
    node.children = [
      image,
      { type: "emphasis", data: { hName: "figcaption" }, children: [{ type: "text", value: image.title! }] },
    ];
  });
}

/** What the current render collects; processors are reused, so their plugins read and fill this. */
const ctx: RenderContext & { toc: TocEntry[] } = {
  report: { removedHtml: [], droppedUrls: [], literalEmphasis: [] },
  sawRaw: false,
  toc: [],
};

function createProcessor(math: boolean) {
  const processor = remark().use(remarkGfm).use(remarkCjkFriendly).use(remarkCjkFriendlyGfmStrikethrough);
  if (math) processor.use(remarkMath);
  return processor
    .use(() => (tree: Root) => {
      ctx.report.literalEmphasis.push(...pairLeftoverStrong(tree));
      restoreEscapedStars(tree);
      mergeStrong(tree);
      joinCjkLines(tree);
      figures(tree);
      externalLinks(tree);
      headings(ctx.toc)(tree);
    })
    .use(remarkHtml, { sanitize: schema, handlers: createHandlers(ctx) })
    .freeze();
}

const processors = { plain: createProcessor(false), math: createProcessor(true) };

export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedBody {
  // Rendering is synchronous, so one shared context is safe.
  const toc: TocEntry[] = [];
  const report: RenderReport = { removedHtml: [], droppedUrls: [], literalEmphasis: [] };
  ctx.toc = toc;
  ctx.report = report;
  ctx.sawRaw = false;
  let html: string;
  try {
    html = String(
      (options.math ? processors.math : processors.plain).processSync(prepareEmphasis(limitMarkdown(markdown).text)),
    );
  } catch (e) {
    // Whatever input defeats the limits (./limits) costs its formatting, never the page.
    report.failed = (e as Error).message || String(e);
    toc.length = 0;
    return { html: plainTextHtml(markdown), toc, report };
  }
  // mdast-util-to-hast's footnote labels are English and remark-html does not pass its options through.
  if (options.footnoteLabel)
    html = html.replace('id="footnote-label">Footnotes<', `id="footnote-label">${options.footnoteLabel}<`);
  if (options.footnoteBackLabel)
    html = html.replaceAll('aria-label="Back to reference ', `aria-label="${options.footnoteBackLabel} `);
  return { html, toc, report };
}

/** The body as escaped paragraphs: the fallback when Markdown rendering fails. */
export function plainTextHtml(markdown: string): string {
  return markdown
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeXml(p).replace(/\n/g, "<br>\n")}</p>`)
    .join("\n");
}
