import { getIndex } from "@/lib/content";
import { bundleFiles, readBundleFile } from "@/lib/content/bundle";
import { getArticle } from "@/lib/content/queries";
import { decodeParam } from "@/lib/urls";

export const dynamic = "force-static";
// As every page (app/layout.tsx): the content folder is live on `next start`.
export const revalidate = 15;

export function generateStaticParams() {
  const params = getIndex().articles.flatMap((a) => bundleFiles(a).map((file) => ({ slug: a.slug, file })));
  // A static export needs at least one entry; this one answers 404.
  return params.length ? params : [{ slug: "_", file: "_" }];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; file: string }> }) {
  const { slug, file } = await params;
  const article = getArticle(slug);
  const found = article ? readBundleFile(article, decodeParam(file)) : null;
  if (!found) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(found.body), {
    headers: { "Content-Type": found.type, "X-Content-Type-Options": "nosniff" },
  });
}
