import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { JsonLd } from "@/components/JsonLd";
import { ArticleView } from "@/components/templates/ArticleView";
import { PageShell } from "@/components/templates/PageShell";
import { prebuildLimits } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { diagnostic, formatDiagnostic } from "@/lib/content/diagnostics";
import { relatedArticles } from "@/lib/content/related";
import { aliasTarget, getArticle, getArticleBody, neighbours, sameStory } from "@/lib/content/queries";
import { ui } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { cachedRender } from "@/lib/markdown/body-cache";
import { articleMetadata, newsArticleJsonLd } from "@/lib/seo";
import { markdownToPlainText, readingStats } from "@/lib/text";
import { articleUrl } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

/** A body an earlier build rendered is read back, not rendered again (lib/markdown/body-cache). */
const render = cachedRender(renderMarkdown);

export function generateStaticParams() {
  // The newest articles (all of them in export mode); older ones render on first request, then are cached.
  // Old URLs (renamed slugs, copies) are not among them: the static export writes their pages (lib/redirects).
  return getIndex()
    .articles.slice(0, prebuildLimits().articles)
    .map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) {
    // An old URL or a copy's: a permanent redirect to the article.
    const moved = aliasTarget(["posts", slug]);
    if (moved) permanentRedirect(articleUrl(moved.slug));
    notFound();
  }
  const { older, newer } = neighbours(article);
  const markdown = getArticleBody(article);
  const body = render(markdown, {
    math: article.mathjax,
    footnoteLabel: ui.footnotes,
    footnoteBackLabel: ui.footnoteBack,
  });
  if (body.report.failed) {
    console.warn(formatDiagnostic(diagnostic("render-failed", article.file, 1, { reason: body.report.failed })));
  }
  return (
    <PageShell sidebar={article.sidebar} widgets={article.widgets}>
      <JsonLd data={newsArticleJsonLd(article)} />
      <ArticleView
        article={article}
        body={body}
        stats={readingStats(markdownToPlainText(markdown))}
        older={older}
        newer={newer}
        related={relatedArticles(article, getIndex())}
        sameStory={sameStory(article)}
      />
    </PageShell>
  );
}
