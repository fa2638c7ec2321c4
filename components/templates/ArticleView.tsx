import { preload } from "react-dom";
import type { Article } from "@/lib/content/article";
import { siteConfig } from "@/lib/config";
import { ui } from "@/lib/i18n";
import type { RenderedBody } from "@/lib/markdown";
import type { ReadingStats } from "@/lib/text";
import { AuthorBox } from "../AuthorBox";
import { articleMetaHtml, thumbnailHtml } from "../markup";
import { Pager } from "../Pager";
import { SameStory } from "../SameStory";
import { RelatedArticles } from "../RelatedArticles";
import { TagLinks } from "../TagLinks";
import { Toc } from "../Toc";

interface Props {
  article: Article;
  body: RenderedBody;
  stats: ReadingStats;
  older: Article | null;
  newer: Article | null;
  related: Article[];
  /** The other members of the article's story (lib/content/stories). */
  sameStory?: Article[];
}

/** One article in the reference order: title, lead, meta, thumbnail, TOC, content, tags, author, pager. */
export function ArticleView({ article, body, stats, older, newer, related, sameStory = [] }: Props) {
  const thumb = article.thumbnail?.post ? article.thumbnail : null;
  const empty = body.html.trim() === "";
  // The thumbnail is written as HTML (components/markup): ask for it early, as React does for an
  // <img fetchPriority="high"> of its own (it is the page's largest paint).
  if (thumb) preload(thumb.src, { as: "image", fetchPriority: "high", referrerPolicy: "no-referrer" });
  return (
    <>
      <article lang={article.lang} className="rounded bg-paper p-4 shadow-sm sm:p-6" data-read-slug={article.slug}>
        <header>
          <h1 className="text-2xl leading-snug font-bold sm:text-3xl">{article.title}</h1>
          {article.lead && <p className="mt-2 text-muted italic">{article.lead}</p>}
          <div
            className="mt-2 border-b border-line pb-3"
            dangerouslySetInnerHTML={{ __html: articleMetaHtml(article, stats) }}
          />
        </header>
        {thumb && (
          <figure
            className="mt-4"
            dangerouslySetInnerHTML={{ __html: thumbnailHtml(thumb.src, article.title, "post") }}
          />
        )}
        {article.toc && body.toc.length >= 2 && <Toc entries={body.toc} title={ui.tableOfContents} />}
        <div
          className={
            "prose mt-5 max-w-none break-words prose-neutral sm:prose-lg dark:prose-invert " +
            "prose-a:text-accent-ink prose-img:mx-auto prose-img:rounded"
          }
        >
          {empty ? <p>{article.summary}</p> : <div dangerouslySetInnerHTML={{ __html: body.html }} />}
          {article.source && (
            <p className="border-t border-line pt-3 text-sm">
              {ui.source}：
              <a href={article.source.url} rel="noopener noreferrer external" className="break-all">
                {article.source.label}
              </a>
            </p>
          )}
        </div>
        <TagLinks tags={article.tags} />
        {article.authorbox && <AuthorBox author={siteConfig.author} />}
      </article>
      <SameStory articles={sameStory} />
      <RelatedArticles articles={related} />
      {article.pager && <Pager older={older} newer={newer} />}
    </>
  );
}
