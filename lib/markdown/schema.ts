/**
 * What an article body may contain after rendering. Raw HTML in Markdown is parsed, then held to
 * this allowlist: harmless elements kept, executable ones removed with their content, everything
 * else unwrapped (its text kept). Links may be http(s)/mailto/relative; images http(s)/relative or
 * `data:image/…`.
 */
import { defaultSchema, type Schema } from "hast-util-sanitize";

const MATHML = [
  "math",
  "semantics",
  "annotation",
  "mrow",
  "mi",
  "mo",
  "mn",
  "ms",
  "mtext",
  "mspace",
  "msup",
  "msub",
  "msubsup",
  "mfrac",
  "msqrt",
  "mroot",
  "mover",
  "munder",
  "munderover",
  "mtable",
  "mtr",
  "mtd",
  "mstyle",
  "mpadded",
  "mphantom",
  "menclose",
  "mlabeledtr",
  "mmultiscripts",
  "mprescripts",
  "none",
];
const MATHML_ATTRIBUTES = [
  "mathvariant",
  "display",
  "stretchy",
  "fence",
  "separator",
  "lspace",
  "rspace",
  "accent",
  "accentunder",
  "minsize",
  "maxsize",
  "movablelimits",
  "largeop",
  "symmetric",
  "encoding",
  "columnalign",
  "rowspacing",
  "columnspacing",
  "width",
  "height",
  "depth",
  "scriptlevel",
  "displaystyle",
  "linethickness",
  "notation",
  "xmlns",
  "voffset",
  "rowalign",
  "columnlines",
  "rowlines",
  "frame",
  "framespacing",
  "equalrows",
  "equalcolumns",
  "side",
  "minlabelspacing",
];

/** Elements removed together with their content. */
export const STRIPPED = [
  "script",
  "style",
  "iframe",
  "object",
  "embed",
  "applet",
  "frame",
  "frameset",
  "template",
  "noscript",
  "textarea",
  "select",
  "xmp",
  "title",
  "link",
  "meta",
  "base",
  "form",
  "button",
];

const base = defaultSchema.attributes ?? {};

export const schema: Schema = {
  ...defaultSchema,
  // Ids come from our heading slugs and footnotes; raw HTML ids that collide with the layout are removed earlier.
  clobber: [],
  clobberPrefix: "",
  strip: STRIPPED,
  tagNames: [
    // \`input\` stays for GFM task lists: the schema only lets it be a disabled checkbox.
    ...(defaultSchema.tagNames ?? []),
    "figure",
    "figcaption",
    "mark",
    "u",
    "small",
    "abbr",
    "cite",
    "time",
    "caption",
    ...MATHML,
  ],
  attributes: {
    ...base,
    a: [
      ...(base.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === "className")),
      ["className", "anchor", "data-footnote-backref"],
      "rel",
      "title",
      "tabIndex",
      "ariaHidden",
    ],
    div: [...(base.div ?? []), ["className", "math-display"]],
    img: [...(base.img ?? []), "alt", "title", "width", "height", "loading", "decoding", "referrerPolicy"],
    code: [["className", /^language-./, "hljs"]],
    span: [...(base.span ?? []), ["className", /^hljs-/, "katex", "katex-display"]],
    details: ["open"],
    time: ["dateTime"],
    abbr: ["title"],
    ...Object.fromEntries(MATHML.map((t) => [t, MATHML_ATTRIBUTES])),
  },
  protocols: { ...defaultSchema.protocols, href: ["http", "https", "mailto"], src: ["http", "https", "data"] },
};

/** `data:` is allowed only for images, and only image types. */
export function isSafeImageSrc(src: string): boolean {
  const s = src.trim().toLowerCase();
  if (s.startsWith("data:")) return /^data:image\/(png|jpe?g|gif|webp|avif|svg\+xml)[;,]/.test(s);
  return !/^[a-z][a-z0-9+.-]*:/.test(s) || s.startsWith("http:") || s.startsWith("https:");
}

export function isSafeHref(href: string): boolean {
  const s = href
    .trim()
    .toLowerCase()
    .replace(/[\u0000-\u001f\s]/g, "");
  return !/^[a-z][a-z0-9+.-]*:/.test(s) || /^(https?|mailto):/.test(s);
}

const allowedTags = new Set(schema.tagNames);
export function isAllowedTag(tagName: string): boolean {
  return allowedTags.has(tagName);
}
