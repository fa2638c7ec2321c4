/**
 * Article body → safe HTML and a table of contents. remark + GFM + remark-cjk-friendly (so bold next
 * to Chinese punctuation is bold), a few tree fixes for news exports, then remark-html with a
 * sanitizing schema: raw HTML is dropped, only http(s)/mailto links and http(s) images survive.
 */
import GithubSlugger from "github-slugger";
import { defaultSchema, type Schema } from "hast-util-sanitize";
import type { Heading, Parent, Root, RootContent, Strong, Text } from "mdast";
import { toString } from "mdast-util-to-string";
import { remark } from "remark";
import remarkCjkFriendly from "remark-cjk-friendly";
import remarkCjkFriendlyGfmStrikethrough from "remark-cjk-friendly-gfm-strikethrough";
import remarkGfm from "remark-gfm";
import remarkHtml from "remark-html";
import { visit } from "unist-util-visit";
import { isExternalUrl } from "./urls";

export interface TocEntry {
  id: string;
  text: string;
  depth: 2 | 3;
}

export interface RenderedBody {
  html: string;
  toc: TocEntry[];
}

/** Ids the page layout uses; headings never take them. */
const RESERVED_IDS = ["main", "content", "toc", "sidebar", "menu", "top", "footer", "search"];

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

const schema: Schema = {
  ...defaultSchema,
  // Ids come only from our own heading slugs and footnotes (raw HTML is dropped), so keep them as is.
  clobber: [],
  clobberPrefix: "",
  attributes: {
    ...defaultSchema.attributes,
    a: [...(defaultSchema.attributes?.a ?? []), "rel"],
    img: [...(defaultSchema.attributes?.img ?? []), "alt", "title", "loading", "decoding", "referrerPolicy"],
  },
};

/**
 * `**甲****乙**` in exports is one bold run that the HTML converter closed and reopened. As Markdown,
 * the `****` is ambiguous and can survive as literal asterisks, so glued runs are joined before
 * parsing (outside code). Lines inside fences and inline code spans are left alone.
 */
export function joinGluedBold(markdown: string): string {
  if (!markdown.includes("****")) return markdown;
  let fence: string | null = null;
  return markdown
    .split("\n")
    .map((line) => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
      if (f) {
        if (!fence) fence = f[1][0];
        else if (f[1][0] === fence) fence = null;
        return line;
      }
      if (fence) return line;
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, i) => (i % 2 ? part : part.replace(/(?<=\S)\*{4}(?=\S)/g, "")))
        .join("");
    })
    .join("\n");
}

/** Bold inside bold adds nothing; adjacent bold runs are one run. */
function mergeAdjacentStrong(tree: Root) {
  visit(tree, "strong", (node: Strong) => {
    node.children = node.children.flatMap((c) => (c.type === "strong" ? c.children : [c]));
  });
  visit(tree, (node) => {
    if (!("children" in node)) return;
    const parent = node as Parent;
    const out: RootContent[] = [];
    for (const child of parent.children) {
      const prev = out[out.length - 1];
      if (child.type === "strong" && prev?.type === "strong") {
        (prev as Strong).children.push(...(child as Strong).children);
      } else {
        out.push(child);
      }
    }
    parent.children = out;
  });
}

/** A soft line break between two CJK characters is not a space in Chinese. */
function joinCjkLines(tree: Root) {
  visit(tree, "text", (node: Text) => {
    if (!node.value.includes("\n")) return;
    node.value = node.value.replace(/(.)\n[ \t]*(.)/gsu, (all, a: string, b: string) =>
      CJK_CHAR.test(a) && CJK_CHAR.test(b) ? a + b : all,
    );
  });
}

export function renderMarkdown(markdown: string): RenderedBody {
  const toc: TocEntry[] = [];

  const articleTransforms = () => (tree: Root) => {
    mergeAdjacentStrong(tree);
    joinCjkLines(tree);

    const slugger = new GithubSlugger();
    for (const id of RESERVED_IDS) slugger.slug(id);
    visit(tree, "heading", (node: Heading) => {
      const text = toString(node).trim();
      const id = slugger.slug(text || "section");
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      if (node.depth === 2 || node.depth === 3) toc.push({ id, text, depth: node.depth });
    });

    visit(tree, "image", (node) => {
      node.data = {
        ...node.data,
        hProperties: { loading: "lazy", decoding: "async", referrerPolicy: "no-referrer" },
      };
    });
    visit(tree, "link", (node) => {
      if (isExternalUrl(node.url)) node.data = { ...node.data, hProperties: { rel: ["noopener", "noreferrer"] } };
    });
  };

  const html = String(
    remark()
      .use(remarkGfm)
      .use(remarkCjkFriendly)
      .use(remarkCjkFriendlyGfmStrikethrough)
      .use(articleTransforms)
      .use(remarkHtml, { sanitize: schema })
      .processSync(joinGluedBold(markdown)),
  );
  return { html, toc };
}
