import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleView } from "@/components/ArticleView";
import { PageShell } from "@/components/PageShell";
import { prebuildLimits, siteConfig } from "@/lib/config";
import { getIndex } from "@/lib/content";
import { getArticle, getArticleBody, neighbours } from "@/lib/content/queries";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown";
import { markdownToPlainText, readingStats } from "@/lib/text";
import { articleUrl } from "@/lib/urls";

type Props = { params: Promise<{ slug: string }> };

export function generateStaticParams() {
  // The newest articles (all of them in export mode); older ones render on first request, then are cached.
  return getIndex()
    .articles.slice(0, prebuildLimits().articles)
    .map((a) => ({ slug: a.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  if (!article) return {};
  return { title: article.title, description: article.summary, alternates: { canonical: articleUrl(article.slug) } };
}

export default async function ArticlePage({ params }: Props) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const { older, newer } = neighbours(article);
  const m = t(siteConfig.language);
  const markdown = getArticleBody(article);
  const body = renderMarkdown(markdown, { math: article.mathjax, footnoteLabel: m.footnotes, footnoteBackLabel: m.footnoteBack });
  return (
    <PageShell sidebar={article.sidebar} widgets={article.widgets}>
      <ArticleView article={article} body={body} stats={readingStats(markdownToPlainText(markdown))} older={older} newer={newer} />
    </PageShell>
  );
}
